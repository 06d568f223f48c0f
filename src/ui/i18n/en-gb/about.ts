// English (UK) words for the About screen.
export const about = {
  location: 'About',
  heading: 'About Practice Paths',
  intro:
    'Practice Paths is a training game for people who work with children: in social care, schools, health, the police and youth work. You make decisions in a fictional case and see, principle by principle, what your choices meant.',
  principlesHeading: 'The Practice Principles',
  principles:
    "The game is built on the eight Practice Principles for tackling child exploitation and extra-familial harm, developed for the Department for Education by the Tackling Child Exploitation (TCE) Support Programme: Research in Practice, The Children's Society and the University of Bedfordshire. The case of Cassie and Jo comes from the TCE Practice Tool. The principles' names and the children's \"how it should feel\" statements are quoted from the TCE materials.",
  notModelAnswers:
    "The scenes, choices and feedback are written for this game. They are informed by the TCE Practice Principles and by national guidance; they are not the TCE's own model answers. The principles are a compass, not a map: the feedback explains trade-offs rather than marking answers right or wrong.",
  privacyHeading: 'Your privacy',
  privacy:
    'Everything stays on this device. The game sends nothing anywhere: no accounts, no analytics, no fonts or scripts from other sites. Your notes and progress are stored in this browser only, unless you export them yourself.',
  creditsHeading: 'Credits',
  credits:
    'Illustrations and sound: original work made for Practice Paths. Built with Phaser, inkjs (the ink language by inkle), howler.js and localForage.',
};
