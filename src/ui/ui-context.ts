// What every screen may use: settings, sound, the backdrop, the clock, messages, and navigation between
// screens. Each screen is also handed the one or two app services it needs, never the shell.
import type { AudioPort, Clock } from '../core/ports.ts';
import type { LmsNotice } from '../app/lms-session.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import type { PlayController } from '../app/play-controller.ts';
import type { ScenarioEntry } from '../app/scenario-catalogue.ts';
import type { Settings } from '../app/settings.ts';
import type { StartMode } from '../app/start-or-resume.ts';
import type { Backdrop } from './backdrop-port.ts';
import type { Words } from './i18n/catalogues.ts';
import type { FacilitatorRoute } from './facilitator/facilitator-route.ts';

export interface Navigator {
  title(): void;
  profiles(): void;
  menu(): void;
  /** The content notice for a scenario, then play (a new start, or resume its autosave or a slot). */
  notice(scenario: ScenarioEntry, mode: StartMode): void;
  play(controller: PlayController): void;
  summary(controller: PlayController): void;
  settings(): void;
  takeBreak(): void;
  about(): void;
  /** Open a trainer's own .ink or .json scenario. */
  ownScenario(): void;
  /** Facilitator mode: set up a group session, the guide, or a session as the audience screen or presenter view. */
  facilitator(route: FacilitatorRoute): void;
  /** Return to the screen that was showing before settings, a break or about. */
  back(): void;
}

export interface UiContext {
  readonly settings: () => Settings;
  /** The words on screen in the player's language (from the message catalogue): `ctx.words().messages.common.continue`. */
  readonly words: () => Words;
  readonly updateSettings: (patch: Partial<Settings>) => void;
  readonly audio: AudioPort;
  readonly backdrop: () => Backdrop;
  /** Names at once; the longer texts (how it should feel, questions) once `principleTexts()` has resolved. */
  readonly principles: PrincipleCatalogue;
  readonly principleTexts: () => Promise<void>;
  readonly scenarios: readonly ScenarioEntry[];
  readonly clock: Clock;
  /** Say something politely to screen readers (and show nothing). */
  readonly announce: (message: string) => void;
  /** Show a short message on screen, also announced. */
  readonly toast: (message: string) => void;
  readonly go: Navigator;
  /** Set the top bar's "where am I" text and whether the pause menu is offered. */
  readonly setLocation: (label: string, pauseAvailable: boolean) => void;
  /** Called when story text and options are on screen: the pictures may load now, after the words. */
  readonly storyVisible: () => void;
  /** What an organisation's learning platform is told, when one launched the game (a SCORM or cmi5 package). */
  readonly lms?: LmsNotice | undefined;
}

/** A rendered screen: its element, and what to do when it is replaced. */
export interface Screen {
  readonly element: HTMLElement;
  /** The element that takes focus when the screen opens (usually its heading). */
  readonly focus?: HTMLElement;
  readonly dispose?: () => void;
  /** Keys the screen handles itself; return true when handled. */
  readonly onKey?: (event: KeyboardEvent) => boolean;
}
