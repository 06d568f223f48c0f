// The card vote's controls in a session window: start and close a camera vote (C), how many cards are seen
// ("23 of 26 cards seen", never who chose what), and the session pack. In the presenter view it sits at the
// top of the side column; on the audience screen, in the clicker bar along the bottom.
import '../../styles/card-vote.css';
import { CardVote, MAX_CARDS, type CardVoteStatus } from '../../app/card-vote.ts';
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import type { WindowRole } from '../../app/facilitator-sync.ts';
import { button, h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';
import { openSessionPack } from './session-pack-view.ts';

export interface CardVotePanel {
  readonly element: HTMLElement;
  /** Put the panel where it belongs after the view has drawn itself. */
  place(screen: HTMLElement): void;
  onKey(event: KeyboardEvent): boolean;
  dispose(): void;
}

interface Parts {
  readonly element: HTMLElement;
  readonly toggle: HTMLButtonElement;
  readonly count: HTMLElement;
  readonly note: HTMLElement;
  readonly expected: HTMLInputElement;
}

function panelParts(ctx: UiContext, controller: FacilitatorController, role: WindowRole, flip: () => void): Parts {
  const words = ctx.words().messages;
  const count = h('p', { class: 'pp-cv-count', 'aria-live': 'polite', 'data-testid': 'card-count' });
  const note = h('p', { class: 'pp-cv-note' });
  const expected = h('input', {
    type: 'number',
    min: 0,
    max: MAX_CARDS,
    inputmode: 'numeric',
    id: `pp-cv-expected-${role}`,
    'data-fid': 'cv-expected',
  });
  const toggle = button('', flip, { 'data-fid': 'cv-toggle', 'aria-keyshortcuts': 'c' });
  const pack =
    role === 'presenter'
      ? button(words.sessionPack.open, () => openSessionPack(ctx, controller), {
          class: 'small quiet',
          'data-fid': 'cv-pack',
        })
      : null;
  const element = h(
    'section',
    { class: `pp-cv pp-cv-${role}`, 'aria-label': words.cardVote.region, 'data-card-vote': 'idle' },
    h('div', { class: 'pp-cv-row' }, toggle, count),
    note,
    h(
      'div',
      { class: 'pp-cv-row' },
      h(
        'label',
        { class: 'pp-cv-expected', for: expected.id },
        h('span', { text: words.cardVote.handedOut }),
        expected,
      ),
      pack,
    ),
  );
  return { element, toggle, count, note, expected };
}

/** The panel, or undefined when this game has no card reader wired in. */
export function cardVotePanel(
  ctx: UiContext,
  controller: FacilitatorController,
  role: WindowRole,
): CardVotePanel | undefined {
  const ports = controller.cardCodes;
  if (!ports) return undefined;
  /** The other window's camera is reading cards here: a second camera would count every card twice. */
  const elsewhere = () => !vote.open && controller.cardsSeen()?.open === true;
  const flip = () => {
    if (vote.open) vote.close();
    else if (controller.point().kind === 'decision' && !elsewhere()) void vote.start();
  };
  const parts = panelParts(ctx, controller, role, flip);
  const { element, toggle, count, note, expected } = parts;
  let lastCount = '';
  const draw = (status: CardVoteStatus) => {
    element.dataset.cardVote = status.kind;
    element.dataset.frames = 'framesRead' in status ? String(status.framesRead) : '0';
    const atDecision = controller.point().kind === 'decision';
    const label = toggleLabel(ctx, vote.open, status.kind === 'closed', role === 'audience');
    toggle.replaceChildren(h('span', {}, label, ' ', h('kbd', { text: 'C' })));
    toggle.disabled = !vote.open && (!atDecision || elsewhere());
    toggle.classList.toggle('primary', vote.open);
    const handedOut = Math.min(MAX_CARDS, Math.max(0, Math.floor(Number(expected.value) || 0)));
    const text = countText(status, handedOut, ctx);
    if (text !== lastCount) count.textContent = lastCount = text;
    // The other window (the presenter's strip) shows the count too.
    controller.reportCards(
      vote.at,
      status.kind === 'reading' || status.kind === 'closed'
        ? { open: status.kind === 'reading', seen: status.seen, expected: handedOut }
        : undefined,
    );
    note.textContent = elsewhere() ? ctx.words().messages.cardVote.elsewhere : noteText(status, atDecision, ctx);
  };
  const vote = new CardVote(controller, { ports, onChange: draw });
  expected.addEventListener('input', () => {
    draw(vote.status);
  });
  draw(vote.status);
  return {
    element,
    place: (screen) => {
      placePanel(element, screen, role);
      draw(vote.status);
    },
    onKey: (event) => {
      if (event.key.toLowerCase() !== 'c' || event.ctrlKey || event.metaKey || event.altKey) return false;
      flip();
      return true;
    },
    dispose: () => {
      vote.dispose();
    },
  };
}

function placePanel(element: HTMLElement, screen: HTMLElement, role: WindowRole): void {
  if (role === 'audience') {
    // In the clicker bar, a row of the screen's layout: the fitted options always leave room for it.
    const bar = screen.querySelector('.fac-controls') ?? screen;
    if (element.parentElement !== bar) bar.append(element);
    return;
  }
  const side = screen.querySelector('.fac-p-side');
  if (side && side.firstElementChild !== element) side.prepend(element);
}

/** Start, close or again: shorter on the projector's clicker bar, where room is short. */
function toggleLabel(ctx: UiContext, open: boolean, closed: boolean, short: boolean): string {
  const w = ctx.words().messages.cardVote;
  if (open) return short ? w.closeShort : w.close;
  if (closed) return short ? w.againShort : w.again;
  return short ? w.startShort : w.start;
}

function countText(status: CardVoteStatus, expected: number, ctx: UiContext): string {
  const w = ctx.words().messages.cardVote;
  switch (status.kind) {
    case 'reading':
      return `${w.reading}: ${w.seen(status.seen, expected)}`;
    case 'closed':
      return w.closed(status.seen);
    case 'starting':
      return w.starting;
    case 'idle':
    case 'failed':
      return '';
  }
}

function noteText(status: CardVoteStatus, atDecision: boolean, ctx: UiContext): string {
  const w = ctx.words().messages.cardVote;
  switch (status.kind) {
    case 'failed':
      return {
        refused: w.refused,
        'no-camera': w.noCamera,
        unavailable: w.unavailable,
        decoder: w.decoder,
        'no-decision': w.notHere,
      }[status.reason];
    case 'reading':
      return status.seen === 0 && status.framesRead >= 10 ? w.noneYet : w.private;
    case 'idle':
    case 'closed':
      return atDecision ? w.startHint : w.notHere;
    case 'starting':
      return w.private;
  }
}
