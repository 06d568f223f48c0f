// The simple commands of a group session, each one action on the shared state: hands cleared, a step chosen,
// reveal, timer, blank, map, debrief, finish. The controller carries them out (dispatch) and owns the rest.
import type { FacilitatorAction, TimerCommand } from '../core/facilitator/facilitator-actions.ts';
import {
  isRevealed,
  timerRunning,
  type FacilitatorState,
  type Phase,
  type Showing,
} from '../core/facilitator/facilitator-state.ts';

export abstract class FacilitatorCommands {
  abstract get state(): FacilitatorState;
  protected abstract now(): number;
  protected abstract dispatch(action: FacilitatorAction): void;

  clearVotes(): void {
    this.dispatch({ type: 'clear-votes', at: this.now() });
  }

  /** Go to a step of the decision; the discussion or the vote at a decision the trainer picks opens it for the room. */
  setPhase(phase: Phase): void {
    this.dispatch({ type: 'phase', phase, at: this.now() });
  }

  toggleReveal(): void {
    this.dispatch({ type: 'reveal', revealed: !isRevealed(this.state), at: this.now() });
  }

  timer(command: TimerCommand): void {
    this.dispatch({ type: 'timer', command, at: this.now() });
  }

  toggleTimer(): void {
    this.timer(timerRunning(this.state.timer, this.now()) ? 'pause' : 'start');
  }

  setTimerLength(minutes: number): void {
    this.dispatch({ type: 'timer-length', minutes, at: this.now() });
  }

  toggleBlank(): void {
    this.dispatch({ type: 'blank', blanked: !this.state.blanked, at: this.now() });
  }

  show(showing: Showing): void {
    this.dispatch({ type: 'show', showing, at: this.now() });
  }

  /** Open the branch map, or close it again. */
  toggleMap(): void {
    this.show(this.state.showing === 'map' ? 'play' : 'map');
  }

  /** Show one option large on the audience screen (undefined: all of them again). */
  zoom(option: number | undefined): void {
    this.dispatch({ type: 'zoom', option, at: this.now() });
  }

  /** The zoom key: A large, then B, and so on, then all the options again. */
  zoomNext(optionCount: number): void {
    const next = this.state.zoom === undefined ? 0 : this.state.zoom + 1;
    this.zoom(next < optionCount ? next : undefined);
  }

  finish(): void {
    this.dispatch({ type: 'finish', at: this.now() });
  }
}
