// The debrief's first screen, made to fit 1280×720 without scrolling: where the path ended and what it means,
// the three turning points (each with "try this path instead"), the most supported and most strained principle
// shown through the player's own decision, the way to support, and the ways into the detail.
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
  const points = h('div', { class: 'turning-slot', 'aria-live': 'polite', 'aria-busy': 'true' });
  const status = h('p', { class: 'muted turning-status', text: w.turningFinding(0, debrief.debrief.decisions.length) });
  points.append(status);
  void debrief
    .turningPoints((done, total) => {
      status.textContent = w.turningFinding(done, total);
      return new Promise((resolve) => window.setTimeout(resolve, 0));
    })
    .then((found) => {
      points.removeAttribute('aria-busy');
      points.replaceChildren(
        found.length
          ? h('ol', { class: 'turning-points' }, ...found.map((t) => turningCard(w, t, actions)))
          : h('p', { class: 'muted', text: w.turningNone }),
      );
    });
  const grid = h(
    'div',
    { class: 'summary-grid' },
    endingCard(w, debrief),
    h(
      'section',
      { class: 'summary-turning', 'aria-labelledby': 'turning-heading' },
      h('h2', { id: 'turning-heading', text: w.turningHeading }),
      points,
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

function endingCard(w: DebriefWords, debrief: SoloDebrief): HTMLElement {
  if (!debrief.ended)
    return h(
      'section',
      { class: 'summary-ending', 'aria-labelledby': 'ending-heading' },
      h('h2', { id: 'ending-heading', text: w.notFinished }),
      h('p', { text: w.notFinishedText }),
    );
  const { text, label } = debrief.ending;
  return h(
    'section',
    { class: 'summary-ending', 'aria-labelledby': 'ending-heading' },
    h('h2', { id: 'ending-heading', text: w.endingHeading }),
    h('p', { class: 'ending-title', text: label ?? '' }),
    text ? h('p', { class: 'ending-meaning', text }) : null,
    h('p', { class: 'muted small-print', text: w.endingNote }),
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
    h('p', { class: 'turn-chosen' }, h('strong', { text: `${w.youChose}: ` }), t.chosen.text),
    h(
      'p',
      { class: 'turn-instead' },
      h('strong', { text: `${w.instead}: ` }),
      `“${t.instead.text}” `,
      where ? w.insteadEnds(where) : w.insteadSame,
    ),
    button(
      h('span', {}, w.tryInstead, h('span', { class: 'visually-hidden', text: `: ${t.instead.text}` })),
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
      s
        ? h(
            'p',
            {},
            h('a', {
              href: `#decision-${s.example.ordinal + 1}`,
              'data-open-decision': s.example.ordinal,
              text: w.standoutSentence(s.example.ordinal, s.example.chosenText, kind, s.name),
            }),
            s.example.why ? w.reason(s.example.why) : '.',
          )
        : h('p', { class: 'muted', text: none }),
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

/** A link to a decision opens it in the detail (the decisions view), not a jump within a hidden view. */
export function openFrom(event: Event, actions: Pick<SummaryActions, 'openDecision'>): void {
  const link = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-open-decision]') : null;
  if (!link) return;
  event.preventDefault();
  actions.openDecision(Number(link.dataset.openDecision));
}
