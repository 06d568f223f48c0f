// Wiring for a game launched by a learning platform (a SCORM or cmi5 package: its page carries an lms-launch
// element). Loaded by main.ts only then. Opens the platform's connection, reports through the app's LmsSession,
// carries the platform's bookmark onto this device before the title shows, and closes the attempt as the page goes.
import { lmsLaunchText } from './adapters/lms-launch-element.ts';
import { onPageExit } from './adapters/page-exit.ts';
import type { AppPorts } from './app/app-services.ts';
import { LmsSession, type LmsNotice } from './app/lms-session.ts';
import { readLaunchSettings } from './core/lms/launch-settings.ts';
import type { LmsConnection, LmsLaunchSettings, SaveStore } from './core/ports.ts';
import type { Navigator } from './ui/ui-context.ts';

/** How long the title waits for the platform's bookmark before play goes on without it. */
const BOOKMARK_WAIT_MS = 5000;

export interface LmsWiring {
  /** The app's ports as the package wants them: its scenarios, its learning records, saves that bookmark. */
  wire(ports: AppPorts): AppPorts;
  /** What the screens say about reporting. */
  readonly notice: LmsNotice;
  /** The first screen: once the bookmark (if any) is on this device, `then` (or the title). */
  first(then: ((go: Navigator) => void) | undefined, profileId: () => string): (go: Navigator) => void;
}

const NOT_CONNECTED: LmsConnection = {
  open: () => Promise.resolve({ connected: false, bookmark: undefined }),
  record: () => undefined,
  saveBookmark: () => undefined,
  close: () => Promise.resolve(),
};

async function connect(settings: LmsLaunchSettings): Promise<LmsConnection> {
  try {
    return settings.standard === 'cmi5'
      ? (await import('./adapters/cmi5-connection.ts')).openCmi5Connection(settings)
      : (await import('./adapters/scorm-connection.ts')).openScormConnection(settings);
  } catch (error) {
    console.debug('The learning platform connection could not load.', error);
    return NOT_CONNECTED;
  }
}

function waitAtMost<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    void promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => resolve(undefined),
    );
  });
}

/** The wiring for this page, or undefined when no (readable) lms-launch element is on it. */
export async function bootLms(): Promise<LmsWiring | undefined> {
  const settings = readLaunchSettings(lmsLaunchText());
  if (!settings) return undefined;
  const session = new LmsSession(await connect(settings), settings);
  const opened = session.open();
  onPageExit(() => void session.close());
  let deviceStore: SaveStore | undefined;
  return {
    notice: session.notice,
    wire(ports) {
      deviceStore = ports.store;
      return {
        ...ports,
        store: session.observe(ports.store),
        scenarios: session.scenarios(ports.scenarios),
        learning: session.learning,
      };
    },
    first: (then, profileId) => (go) => {
      void waitAtMost(opened, BOOKMARK_WAIT_MS)
        .then((bookmark) => (deviceStore ? session.restore(deviceStore, profileId(), bookmark) : false))
        .finally(() => (then ? then(go) : go.title()));
    },
  };
}
