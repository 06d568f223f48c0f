// The session pack, opened from a group session: the answer cards, decision cards for the room and for the
// debrief, a run-sheet per session length and the checklists, laid out for A4 and printed with the browser.
import '../../styles/session-pack.css';
import { answerCardCodes, buildSessionPack, type SessionPack } from '../../app/session-pack.ts';
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import { MAX_CARDS } from '../../app/card-vote.ts';
import { button, h } from '../dom.ts';
import { openDialog } from '../dialog.ts';
import type { UiContext } from '../ui-context.ts';
import { answerCardSheet } from './session-pack-cards.ts';
import { checklists, decisionCards, runSheets } from './session-pack-parts.ts';

const OPEN_CLASS = 'pp-pack-open';
const CARDS_ONLY_CLASS = 'pp-cards-only';

export function openSessionPack(ctx: UiContext, controller: FacilitatorController): void {
  const words = ctx.words().messages.sessionPack;
  const writerPorts = controller.cardCodes;
  const body = h('div', { class: 'pp-pack', 'data-pack': 'making' }, h('p', { role: 'status', text: words.making }));
  const count = h('input', { type: 'number', min: 1, max: MAX_CARDS, value: MAX_CARDS, id: 'pp-pack-count' });
  const cardsOnly = h('input', { type: 'checkbox', id: 'pp-pack-cards-only' });
  const root = document.documentElement;
  root.classList.add(OPEN_CLASS);
  openDialog(
    words.title(controller.scenario.title),
    (close) => [
      h('p', { class: 'pp-screen-only', text: words.intro }),
      h(
        'div',
        { class: 'pp-pack-tools pp-screen-only' },
        h('label', { for: count.id }, h('span', { text: words.cardsPerSheet }), count),
        h('label', { for: cardsOnly.id, class: 'pp-check' }, cardsOnly, h('span', { text: words.cardsOnly })),
        button(words.print, () => window.print(), { class: 'primary', 'data-pack-print': '' }),
        button(words.close, close),
      ),
      body,
    ],
    { wide: true, onClose: () => root.classList.remove(OPEN_CLASS, CARDS_ONLY_CLASS) },
  );
  cardsOnly.addEventListener('change', () => root.classList.toggle(CARDS_ONLY_CLASS, cardsOnly.checked));
  void fill(ctx, controller, body, count).catch((error: unknown) => {
    body.dataset.pack = 'failed';
    body.replaceChildren(
      h('p', {
        class: 'error-text',
        role: 'alert',
        text: words.failed(error instanceof Error ? error.message : String(error)),
      }),
    );
  });
  if (!writerPorts) body.dataset.pack = 'failed';
}

async function fill(
  ctx: UiContext,
  controller: FacilitatorController,
  body: HTMLElement,
  count: HTMLInputElement,
): Promise<void> {
  const ports = controller.cardCodes;
  if (!ports) throw new Error('this game was built without the card writer.');
  const [writer, built] = await Promise.all([
    ports.loadWriter(),
    buildSessionPack({
      scenario: controller.scenario,
      principleIds: ctx.principles.ids,
      clock: ctx.clock,
      seed: controller.state.seed,
      timerMinutes: controller.state.timer.durationMs / 60_000,
    }),
  ]);
  if (!built.ok) throw new Error(built.error);
  const cards = h('div', { class: 'pp-cards-slot' });
  const drawCards = async () => {
    const codes = await answerCardCodes(writer, Number(count.value) || MAX_CARDS);
    cards.replaceChildren(answerCardSheet(ctx, codes));
    body.dataset.cards = String(codes.length);
  };
  await drawCards();
  count.addEventListener('change', () => void drawCards());
  body.replaceChildren(cards, ...packParts(ctx, built.pack));
  body.dataset.pack = 'ready';
}

function packParts(ctx: UiContext, pack: SessionPack): HTMLElement[] {
  return [decisionCards(ctx, pack, false), decisionCards(ctx, pack, true), runSheets(ctx, pack), checklists(ctx, pack)];
}
