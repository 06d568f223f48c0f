// What the audience and presenter views are given: the context, the session's controller, the message
// from the last "next" that could not go ahead, and the actions behind every button and key.
import type { FacilitatorController, Outcome } from '../../app/facilitator-controller.ts';
import type { Phase } from '../../core/facilitator/facilitator-state.ts';
import { optionLetter } from '../../core/facilitator/facilitator-state.ts';
import type { UiContext } from '../ui-context.ts';
import type { Command } from './facilitator-keys.ts';

export interface SessionActions {
  readonly next: () => void;
  readonly back: () => void;
  readonly hand: (option: number, change: 1 | -1) => void;
  readonly take: (option: number) => void;
  readonly phase: (phase: Phase) => void;
  readonly reveal: () => void;
  readonly blank: () => void;
  readonly map: () => void;
  readonly debrief: () => void;
  readonly timer: () => void;
  readonly timerReset: () => void;
  readonly timerLength: (minutes: number) => void;
  readonly clearVotes: () => void;
  readonly goTo: (path: readonly number[], upTo: number) => void;
  /** Show one option large (undefined: all again); `zoomNext` is the Z key's cycle. */
  readonly zoom: (option: number | undefined) => void;
  readonly zoomNext: () => void;
  readonly fullscreen: () => void;
  readonly otherWindow: () => void;
  readonly keys: () => void;
  readonly guide: () => void;
  /** The session menu (Escape): keys, the guide, the debrief, leaving. */
  readonly menu: () => void;
  readonly finish: () => void;
  readonly leave: () => void;
}

export interface SessionUi {
  readonly ctx: UiContext;
  readonly controller: FacilitatorController;
  readonly actions: SessionActions;
  /** Why the last "next" or "back" could not go ahead, in words; cleared when anything changes. */
  readonly hint: () => string | undefined;
}

const letters = (list: readonly number[]): string => list.map(optionLetter).join(' and ');

/** Words for an outcome that could not go ahead. */
export function outcomeWords(ctx: UiContext, outcome: Outcome, optionCount: number): string | undefined {
  if (outcome.ok) return undefined;
  switch (outcome.reason) {
    case 'no-votes':
      return `No clear choice yet: add hands with the number keys (1 for A${optionCount > 1 ? `, ${String(optionCount)} for ${optionLetter(optionCount - 1)}` : ''}), or pick an option.`;
    case 'tie':
      return `The vote is tied between ${letters(outcome.leaders)}: ask the room again, or pick one.`;
    case 'pick-aside':
      return `Choose how to go on: ${Array.from({ length: optionCount }, (_, i) => optionLetter(i)).join(' or ')} (number keys, or click).`;
    case 'trainer-picks':
      return ctx.words().messages.facilitator.trainerPicksHint;
    case 'stopped':
      return 'The story stopped with an error here: go back a step.';
    case 'session-end':
      return 'This is the end of the session.';
    case 'session-start':
      return 'This is the start of the session.';
    case 'invalid':
      return outcome.message ?? 'That is not possible here.';
  }
}

type Simple = Exclude<Command['kind'], 'hand' | 'escape' | 'discuss' | 'vote'>;

const SIMPLE: Record<Simple, keyof SessionActions> = {
  next: 'next',
  back: 'back',
  reveal: 'reveal',
  blank: 'blank',
  fullscreen: 'fullscreen',
  keys: 'keys',
  'other-window': 'otherWindow',
  map: 'map',
  timer: 'timer',
  zoom: 'zoomNext',
};

/** Carry out a key's command; a hand key where the trainer picks (or at "how to go on") takes that option. */
export function runCommand(
  command: Command,
  actions: SessionActions,
  controller: Pick<FacilitatorController, 'point' | 'state'>,
): void {
  switch (command.kind) {
    case 'hand': {
      const point = controller.point();
      const picks = point.kind === 'decision' && point.discussed === false && controller.state.phase === 'options';
      if (point.kind === 'aside' || picks) actions.take(command.option);
      else actions.hand(command.option, command.change);
      return;
    }
    case 'discuss':
    case 'vote':
      actions.phase(command.kind);
      return;
    case 'escape':
      escape(actions, controller.state);
      return;
    default:
      (actions[SIMPLE[command.kind]] as () => void)();
  }
}

function escape(actions: SessionActions, state: FacilitatorController['state']): void {
  if (state.blanked) actions.blank();
  else if (state.zoom !== undefined) actions.zoom(undefined);
  else if (state.showing === 'map') actions.map();
  else actions.menu();
}
