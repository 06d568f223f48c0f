// What the audience and presenter views are given: the context, the session's controller, the message
// from the last "next" that could not go ahead, and the actions behind every button and key.
import type { FacilitatorController, Outcome } from '../../app/facilitator-controller.ts';
import type { Phase } from '../../core/facilitator/facilitator-state.ts';
import { optionLetter } from '../../core/facilitator/facilitator-state.ts';
import type { UiContext } from '../ui-context.ts';
import type { Command } from './facilitator-keys.ts';

export interface SessionActions {
  next(): void;
  back(): void;
  hand(option: number, change: 1 | -1): void;
  take(option: number): void;
  phase(phase: Phase): void;
  reveal(): void;
  blank(): void;
  map(): void;
  debrief(): void;
  timer(): void;
  timerReset(): void;
  timerLength(minutes: number): void;
  clearVotes(): void;
  goTo(path: readonly number[], upTo: number): void;
  fullscreen(): void;
  otherWindow(): void;
  keys(): void;
  guide(): void;
  /** The session menu (Escape): keys, the guide, the debrief, leaving. */
  menu(): void;
  finish(): void;
  leave(): void;
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
export function outcomeWords(outcome: Outcome, optionCount: number): string | undefined {
  if (outcome.ok) return undefined;
  switch (outcome.reason) {
    case 'no-votes':
      return `No clear choice yet: add hands with the number keys (1 for A${optionCount > 1 ? `, ${optionCount} for ${optionLetter(optionCount - 1)}` : ''}), or pick an option.`;
    case 'tie':
      return `The vote is tied between ${letters(outcome.leaders)}: ask the room again, or pick one.`;
    case 'pick-aside':
      return `Choose how to go on: ${Array.from({ length: optionCount }, (_, i) => optionLetter(i)).join(' or ')} (number keys, or click).`;
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

/** Carry out a key's command; a hand key at a "how to go on" point takes that option instead. */
export function runCommand(
  command: Command,
  actions: SessionActions,
  controller: Pick<FacilitatorController, 'point' | 'state'>,
): void {
  switch (command.kind) {
    case 'next': {
      actions.next();
      return;
    }
    case 'back': {
      actions.back();
      return;
    }
    case 'hand': {
      controller.point().kind === 'aside' ? actions.take(command.option) : actions.hand(command.option, command.change);
      return;
    }
    case 'reveal': {
      actions.reveal();
      return;
    }
    case 'blank': {
      actions.blank();
      return;
    }
    case 'fullscreen': {
      actions.fullscreen();
      return;
    }
    case 'keys': {
      actions.keys();
      return;
    }
    case 'other-window': {
      actions.otherWindow();
      return;
    }
    case 'map': {
      actions.map();
      return;
    }
    case 'timer': {
      actions.timer();
      return;
    }
    case 'discuss': {
      actions.phase('discuss');
      return;
    }
    case 'vote': {
      actions.phase('vote');
      return;
    }
    case 'escape':
      if (controller.state.blanked) {
        actions.blank();
        return;
      }
      {
        controller.state.showing === 'map' ? actions.map() : actions.menu();
        return;
      }
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}
