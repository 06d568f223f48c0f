// The debrief's first screen, made to fit 1280×720 and 390×844 without scrolling: where the path ended and what it
// means, the three turning points (each with "try this path instead"; short lines on phones), the most supported
// and most strained principle shown through the player's own decision, the way to support, the ways into the detail.
import type { SoloDebrief } from '../../app/debrief-service.ts';
import type { StandoutPrinciple } from '../../core/scoring/principle-evidence.ts';
import type { TurningPoint } from '../../core/scoring/turning-points.ts';
import { endingLabel } from '../../core/session/scene-page.ts';
import { button, h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';
import { debriefWords, type DebriefWords } from './debrief-words.ts';

export interface SummaryActions {
  readonly tryPath: (ordinal: number, authoredIndex: number) => void;
  readonly openDecision: (ordinal: number) => void;
  readonly openSupport: () => void;
}

export function debriefSummary(ctx: UiContext, debrief: SoloDebrief, actions: SummaryActions): HTMLElement {
  const w = debriefWords(ctx);
  const grid = h(
    'div',
    { class: 'summary-grid' },
    endingCard(w, debrief),
    h(
      'section',
      { class: 'summary-turning', 'aria-labelledby': 'turning-heading' },
      h('h2', { id: 'turning-heading', text: w.turningHeading }),
      turningSlot(w, debrief, actions),
    ),
    standoutsCard(w, debrief),
    h(
      'p',
      { class: 'summary-support' },
      h('a', { href: '#support-heading', id: 'summary-support', text: w.support }, ''),
      ` ${w.supportLead}`,
    ),
  );
  grid.addEventListener('click', (event) => openFrom(event, actions));
  grid.querySelector('#summary-support')?.addEventListener('click', (event) => {
    event.preventDefault();
    actions.openSupport();
  });
  return grid;
}

/**
 * The turning points: at once when this path's replays were done before, else a short line in their place while
 * the replays run a decision at a time (a frame between each, so the page stays live), replaced when they are
 * ready. Leaving the debrief stops them; what was replayed is kept for next time.
 */
function turningSlot(w: DebriefWords, debrief: SoloDebrief, actions: SummaryActions): HTMLElement {
  const slot = h('div', { class: 'turning-slot', 'aria-live': 'polite' });
  const fill = (found: readonly TurningPoint[]) =>
    slot.replaceChildren(
      found.length
        ? h('ol', { class: 'turning-points' }, ...found.map((t) => turningCard(w, t, actions)))
        : h('p', { class: 'muted', text: w.turningNone }),
    );
  const known = debrief.knownTurningPoints;
  if (known) {
    fill(known);
    return slot;
  }
  const status = h('p', { class: 'muted turning-status', text: w.turningFinding(0, debrief.debrief.decisions.length) });
  slot.setAttribute('aria-busy', 'true');
  slot.append(status);
  let shown = false;
  const nextFrame = () => new Promise<boolean>((go) => requestAnimationFrame(() => window.setTimeout(go, 0, true)));
  // The summary paints first; the replays start a frame later.
  void nextFrame()
    .then(() =>
      debrief.turningPoints((done, total) => {
        status.textContent = w.turningFinding(done, total);
        shown ||= slot.isConnected;
        return shown && !slot.isConnected ? Promise.resolve(false) : nextFrame();
      }),
    )
    .then((found) => {
      if (!found) return;
      slot.removeAttribute('aria-busy');
      fill(found);
    });
  return slot;
}

/** A "Read more" button for a part of the summary that phones show clamped (the CSS decides where it shows). */
function moreToggle(w: DebriefWords, target: HTMLElement): HTMLButtonElement {
  const toggle = button(
    w.readMore,
    () => {
      const open = target.classList.toggle('expanded');
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? w.readLess : w.readMore;
    },
    { class: 'more-toggle small', 'aria-expanded': 'false', 'aria-controls': target.id },
  );
  return toggle;
}

function endingCard(w: DebriefWords, debrief: SoloDebrief): HTMLElement {
  if (!debrief.ended)
    return h(
      'section',
      { class: 'summary-ending', 'aria-labelledby': 'ending-heading' },
      h('h2', { id: 'ending-heading', text: w.notFinished }),
      h('p', { text: w.notFinishedText }),
    );
  const { text, label } = debrief.ending;
  const more = h(
    'div',
    { class: 'clampable', id: 'ending-more' },
    text ? h('p', { class: 'ending-meaning clamp', text }) : null,
    h('p', { class: 'muted small-print on-demand', text: w.endingNote }),
  );
  return h(
    'section',
    { class: 'summary-ending', 'aria-labelledby': 'ending-heading' },
    h('h2', { id: 'ending-heading', text: w.endingHeading }),
    h('p', { class: 'ending-title', text: label ?? '' }),
    more,
    moreToggle(w, more),
  );
}

function turningCard(w: DebriefWords, t: TurningPoint, actions: SummaryActions): HTMLElement {
  const where = t.wouldEnd ? endingLabel(t.wouldEnd) : undefined;
  return h(
    'li',
    { class: 'turning-point', 'data-ordinal': t.ordinal },
    h(
      'h3',
      {},
      h('a', { href: `#decision-${t.ordinal + 1}`, 'data-open-decision': t.ordinal, text: w.decisionN(t.ordinal) }),
    ),
    h('p', { class: 'turn-short' }, where ? w.turnShortEnds(where) : w.turnShortSame),
    h('p', { class: 'turn-chosen' }, h('strong', { text: `${w.youChose}: ` }), t.chosen.text),
    h(
      'p',
      { class: 'turn-instead' },
      h('strong', { text: `${w.instead}: ` }),
      `“${t.instead.text}” `,
      where ? w.insteadEnds(where) : w.insteadSame,
    ),
    button(
      h(
        'span',
        {},
        w.tryShort,
        h('span', { class: 'wide-only', text: w.tryRest }),
        h('span', { class: 'visually-hidden', text: `: ${t.instead.text}` }),
      ),
      () => actions.tryPath(t.ordinal, t.instead.index),
      { class: 'small', 'data-turn': t.ordinal },
    ),
  );
}

function standoutsCard(w: DebriefWords, debrief: SoloDebrief): HTMLElement {
  const { supported, strained } = debrief.standouts;
  const card = (kind: 'supported' | 'strained', s: StandoutPrinciple | undefined, heading: string, none: string) =>
    h(
      'div',
      { class: `standout standout-${kind}` },
      h('h3', { text: s ? `${heading}: ${s.name}` : heading }),
      ...(s ? standoutExample(w, kind, s) : [h('p', { class: 'muted', text: none })]),
    );
  return h(
    'section',
    { class: 'summary-standouts', 'aria-labelledby': 'standouts-heading' },
    h('h2', { id: 'standouts-heading', text: w.standoutsHeading }),
    debrief.debrief.mapped
      ? h(
          'div',
          { class: 'standout-pair' },
          card('supported', supported, w.mostSupported, w.noneSupported),
          card('strained', strained, w.mostStrained, w.noneStrained),
        )
      : h('p', { class: 'muted', text: w.unmapped }),
  );
}

/** The player's own decision behind a standout: one sentence, and on phones the story's reason on request. */
function standoutExample(w: DebriefWords, kind: 'supported' | 'strained', s: StandoutPrinciple): HTMLElement[] {
  const text = h(
    'p',
    { class: 'clampable', id: `standout-${kind}-more` },
    h('a', {
      href: `#decision-${s.example.ordinal + 1}`,
      'data-open-decision': s.example.ordinal,
      text: w.standoutSentence(s.example.ordinal, s.example.chosenText, kind, s.name),
    }),
    s.example.why ? h('span', { class: 'on-demand', text: w.reason(s.example.why) }) : '.',
  );
  return s.example.why ? [text, moreToggle(w, text)] : [text];
}

/** A link to a decision opens it in the detail (the decisions view), not a jump within a hidden view. */
export function openFrom(event: Event, actions: Pick<SummaryActions, 'openDecision'>): void {
  const link = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-open-decision]') : null;
  if (!link) return;
  event.preventDefault();
  actions.openDecision(Number(link.dataset.openDecision));
}
