// Words for screen readers when the view changes in a group session: said once per step, politely.
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import { majorityOf, optionLetter, votesAt } from '../../core/facilitator/facilitator-state.ts';

export function describeView(controller: FacilitatorController): string {
  const state = controller.state;
  if (state.blanked) return 'The screen is blank.';
  if (state.showing === 'welcome') return 'Welcome and ground rules.';
  if (state.showing === 'map') return 'The branch map.';
  if (state.showing === 'debrief') return 'The group debrief.';
  const point = controller.point();
  if (point.kind === 'end') return 'The end of this path.';
  if (point.kind !== 'decision' || state.phase === 'story') return 'The story.';
  const n = controller.view().decisions.length + 1;
  const letters = `${optionLetter(0)} to ${optionLetter(point.optionCount - 1)}`;
  switch (state.phase) {
    case 'options':
      return `Decision ${n}: options ${letters}.`;
    case 'discuss':
      return `Decision ${n}: discussion pause.`;
    case 'vote': {
      const majority = majorityOf(votesAt(state));
      return `Decision ${n}: the room’s vote.${majority !== undefined ? ` Most hands: ${optionLetter(majority)}.` : ''}`;
    }
  }
}
