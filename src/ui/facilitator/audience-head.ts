// The audience screen's header line: the stage, where the room is ("Decision 7 of 24 · The options", or
// "Decision 3 of 24 · The trainer picks"), whether the countdown and the reveal and zoom buttons show,
// and the hint when "next" could not go ahead. Also sets the backdrop.
import { isRevealed, type Phase } from '../../core/facilitator/facilitator-state.ts';
import { h } from '../dom.ts';
import { stageLabel } from '../principle-names.ts';
import type { SessionUi } from './session-ui.ts';

const PHASE_NAMES: Record<Phase, string> = {
  story: 'The story',
  options: 'The options',
  discuss: 'Discussion pause',
  vote: 'The room’s vote',
};

export interface AudienceHead {
  readonly stage: HTMLElement;
  readonly where: HTMLElement;
  readonly clock: HTMLElement;
  readonly revealButton: HTMLButtonElement;
  readonly zoomButton: HTMLButtonElement;
  readonly hint: HTMLElement;
}

export function updateHead(ui: SessionUi, head: AudienceHead): void {
  const { ctx, controller } = ui;
  const state = controller.state;
  const view = controller.view();
  const point = controller.point();
  const atDecision = state.showing === 'play' && point.kind === 'decision' && state.phase !== 'story';
  ctx.backdrop().show(state.showing === 'play' ? view.scene : 'calm', undefined);
  ctx.backdrop().setDimmed(true);
  head.stage.textContent = state.showing === 'play' ? stageLabel(ctx.principles, view.stage) : '';
  head.where.textContent = whereText(ui);
  head.clock.hidden = !(atDecision && state.timer.durationMs > 0 && point.discussed !== false);
  head.revealButton.replaceChildren(
    h('span', {}, isRevealed(state) ? 'Hide mapping ' : 'Reveal ', h('kbd', { text: 'R' })),
  );
  head.revealButton.setAttribute('aria-pressed', String(isRevealed(state)));
  head.revealButton.hidden = !atDecision;
  head.zoomButton.hidden = !atDecision || state.phase === 'discuss';
  head.zoomButton.setAttribute('aria-pressed', String(state.zoom !== undefined));
  head.hint.textContent = ui.hint() ?? '';
  head.hint.hidden = head.hint.textContent === '';
}

function whereText(ui: SessionUi): string {
  const { ctx, controller } = ui;
  const words = ctx.words().messages.facilitator;
  const state = controller.state;
  const point = controller.point();
  if (state.showing === 'welcome') return 'Welcome';
  if (state.showing === 'map') return 'Branch map';
  if (state.showing === 'debrief') return 'Group debrief';
  if (point.kind === 'end') return 'The end of this path';
  if (point.kind !== 'decision') return 'The story';
  const pacing = controller.pacing();
  // The room sees which decision of how many; the minutes left are for the trainer's eyes (presenter view).
  const decision = pacing
    ? words.decisionOf(pacing.decision, pacing.of)
    : `Decision ${String(controller.view().decisions.length + 1)}`;
  const step = point.discussed === false && state.phase === 'options' ? words.trainerPicks : PHASE_NAMES[state.phase];
  return `${decision} · ${step}`;
}
