// Headless Chromium (156 here) builds the omnibox's hidden WebUI popups with every window: two extra renderer
// processes for each new browser context that no test can see, about 1.8 s of CPU per fresh context, half of
// what opening the game in one costs. It also starts a spare renderer with each context for a navigation that
// never comes (about 0.2 s more). The tests switch those features off; nothing a page does changes. Chromium
// reads only the last --disable-features switch, so the one switch carries Playwright's own list as well, read
// once per run from the command line Playwright gave a browser, and Playwright's switch is left out.
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../../tools/headless-chromium.ts';

export { CHROMIUM_PATH };
export const CHROMIUM_ARGS = [...HEADLESS_CHROMIUM_ARGS, '--mute-audio', '--autoplay-policy=no-user-gesture-required'];

/** The omnibox popups' WebUI, invisible in a headless browser, and the spare renderer kept for a next navigation. */
export const UNSEEN_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess'] as const;

export interface FeatureSwitches {
  /** Playwright's own --disable-features switch, to leave out. */
  readonly ignore: readonly string[];
  /** The one --disable-features switch to pass instead: Playwright's features and the unseen ones. */
  readonly disable: string;
}

/** Launches Chromium once and builds the switches from the command line Playwright gave it. */
export async function featureSwitches(): Promise<FeatureSwitches> {
  // --enable-automation lets this one probe browser tell its command line; the tests' browsers go without.
  const args = [...CHROMIUM_ARGS, '--enable-automation'];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
  try {
    const session = await browser.newBrowserCDPSession();
    const { arguments: given } = await session.send('Browser.getBrowserCommandLine');
    const playwrights = given.filter((arg) => arg.startsWith('--disable-features='));
    const features = playwrights.flatMap((arg) => arg.slice('--disable-features='.length).split(','));
    return {
      ignore: playwrights,
      disable: `--disable-features=${[...new Set([...features, ...UNSEEN_FEATURES])].join(',')}`,
    };
  } finally {
    await browser.close();
  }
}
