// Screens a player does not need before the first story page, loaded when first opened so the entry script
// carries only the title, the content notice and play: the debrief, settings, about, profiles, the scenario
// list, own scenarios, Save/Load, the pause menu, a break and facilitator mode. Most bring the later words (`loadLaterWords`) with them.
import { loadLaterWords } from './i18n/catalogue.ts';

let laterTexts: () => Promise<void> = () => Promise.resolve();

/** What else the later screens show and the first page does not carry (the principles' texts): loaded with them. */
export function loadWithLaterScreens(load: () => Promise<void>): void {
  laterTexts = load;
}

/** The module `load` gives, once the later words (and texts) have arrived too. */
async function withWords<T>(load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([load(), loadLaterWords(), laterTexts()]);
  return module;
}

export const lazyScreens = {
  debrief: () =>
    withWords(async () => {
      const [{ debriefScreen }, { afterPlaythrough }] = await Promise.all([
        import('./screens/debrief-screen.ts'),
        import('./screens/after-playthrough.ts'),
      ]);
      return { debriefScreen, afterPlaythrough };
    }),
  settings: () => withWords(() => import('./screens/settings-screen.ts')),
  about: () => withWords(() => import('./screens/about-screen.ts')),
  profile: () => withWords(() => import('./screens/profile-screen.ts')),
  ownScenario: () => withWords(() => import('./screens/own-scenario-screen.ts')),
  facilitator: () => withWords(() => import('./facilitator/facilitator-screen.ts')),
  saveLoad: () => withWords(() => import('./screens/save-load-dialog.ts')),
  /** The pause menu and its notes (Esc, or a chapter card's "Write a note"), and a break. */
  pause: () => Promise.all([import('./screens/pause-menu.ts'), laterTexts()]).then(([module]) => module),
  takeBreak: () => import('./screens/break-screen.ts'),
  /** Every scenario, grouped: the title offers the ones a first visit needs itself. */
  menu: () => import('./screens/menu-screen.ts'),
};
