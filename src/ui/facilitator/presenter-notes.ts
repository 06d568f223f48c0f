// Words for the trainer in the presenter view: what "next" will do from here, and a facilitation tip for
// each step, in plain UK English.
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import type { PointKind } from '../../core/facilitator/facilitator-flow.ts';
import {
  optionLetter,
  timerRemaining,
  votesAt,
  type FacilitatorState,
} from '../../core/facilitator/facilitator-state.ts';
import type { UiContext } from '../ui-context.ts';
import { outcomeWords } from './session-ui.ts';

export function nextStepText(ctx: UiContext, controller: FacilitatorController): string {
  const state = controller.state;
  const point = controller.point();
  const plan = controller.nextPlan();
  const minutes = Math.round(state.timer.durationMs / 60_000);
  if (plan.kind === 'blocked')
    return outcomeWords(ctx, { ok: false, reason: plan.reason, leaders: plan.leaders }, point.optionCount) ?? '';
  if (plan.kind === 'choose') {
    const option = controller.view().options[plan.option];
    if (point.kind === 'aside') return `Next takes “${option?.text ?? ''}”.`;
    const hands = votesAt(state)[plan.option] ?? 0;
    return `Next goes with the room: ${optionLetter(plan.option)} (${hands} ${hands === 1 ? 'hand' : 'hands'}), “${option?.text ?? ''}”.`;
  }
  const action = plan.action;
  switch (action.type) {
    case 'scroll':
      return 'Next scrolls the audience screen down: there is more below.';
    case 'blank':
      return 'Next shows the audience screen again.';
    case 'show':
      return action.showing === 'debrief'
        ? 'Next opens the group debrief.'
        : state.showing === 'welcome'
          ? 'Next starts the story.'
          : 'Next goes back to the story.';
    case 'phase':
      if (action.phase === 'options')
        return `Next shows the options, ${Array.from({ length: point.optionCount }, (_, i) => optionLetter(i)).join(', ')}.`;
      if (action.phase === 'discuss')
        return `Next opens the discussion pause with the stage’s questions${minutes > 0 ? ` and a ${minutes}-minute countdown` : ''}.`;
      return 'Next shows the room’s vote: record hands with the + buttons or number keys.';
    default:
      return 'Next moves on.';
  }
}

export function phaseTip(state: FacilitatorState, kind: PointKind, now: number): string {
  if (state.showing === 'welcome')
    return 'Set ground rules and say where support is before the story starts. Check everyone can read the screen from the back.';
  if (state.showing === 'map')
    return 'Ask “what if we had…?” and return to any decision to take another option. The room’s earlier hands are kept.';
  if (state.showing === 'debrief')
    return 'Look at the pattern, not a score. Invite people to say what they will take back to practice, then close with the support list.';
  if (kind === 'end') return 'Let the ending land before moving to the debrief. Endings are not wins or losses.';
  if (kind !== 'decision')
    return 'Read the story aloud or give the room time to read. Where a full account and a summary are offered, choose with the room’s wellbeing in mind.';
  switch (state.phase) {
    case 'story':
      return 'Ask what the room notices before showing the options: who is involved, what is known and what is still a guess.';
    case 'options':
      return 'Read each option aloud. Ask people to say what each one would mean for the child, not which is “right”.';
    case 'discuss':
      return timerRemaining(state.timer, now) === 0 && state.timer.durationMs > 0
        ? 'Time is up: gather a few views, then move to the vote.'
        : 'Give small groups time to talk. Listen for practice reasons, and for anyone who has gone quiet.';
    case 'vote':
      return 'Hands up for each option in turn. A vote is a starting point for talk, never a test: thank people whichever way they vote, and reveal the mapping only after the reasons are out.';
  }
}
