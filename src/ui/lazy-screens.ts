// Screens a player does not need before the first story page, loaded when first opened so the entry script
// carries only the title, the content notice and play: the debrief (with the note after a playthrough),
// settings, about, profiles and a trainer's own scenario. Each import is fetched once and then cached.
export const lazyScreens = {
  debrief: async () => {
    const [{ debriefScreen }, { afterPlaythrough }] = await Promise.all([
      import('./screens/debrief-screen.ts'),
      import('./screens/after-playthrough.ts'),
    ]);
    return { debriefScreen, afterPlaythrough };
  },
  settings: () => import('./screens/settings-screen.ts'),
  about: () => import('./screens/about-screen.ts'),
  profile: () => import('./screens/profile-screen.ts'),
  ownScenario: () => import('./screens/own-scenario-screen.ts'),
};
