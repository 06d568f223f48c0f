// The facilitator's guide as plain data (UK English): how to run a 60–120 minute group session with
// Practice Paths, safely and without shaming anyone. Shown in the game and printed from the same text.

export interface GuideSection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly list?: readonly string[];
  readonly numbered?: boolean;
  readonly table?: {
    readonly caption: string;
    readonly head: readonly string[];
    readonly rows: readonly (readonly string[])[];
  };
}

export const GUIDE_TITLE = 'Running a group session: a facilitator’s guide';

export const GUIDE_INTRO =
  'Practice Paths can be projected to a room of practitioners. The group follows one story together and stops at the decisions that matter most to talk them through. This guide covers a session of 45 to 120 minutes. It assumes you know the subject, your organisation’s safeguarding procedures, and the people in the room.';

export const GUIDE: readonly GuideSection[] = [
  {
    heading: 'Before the day',
    list: [
      'Play the scenario through on your own first, including at least one road not taken, so nothing in it surprises you.',
      'Check the room: the projector, the sound, and that the words can be read from the back row. Press F on the audience screen for full screen.',
      'Use two windows if you can: the audience screen on the projector and the presenter view (press P) on your laptop. The presenter view shows each option’s principle mapping and reason, your notes, the timer and the vote.',
      'Decide how long each discussion pause will be. Two or three minutes suits most groups; the timer can be changed at any point.',
      'Tell people in advance what the session covers, so that anyone for whom it is too close to home can choose how to take part.',
      'Arrange a second facilitator or a named person people can go to if they need to step out.',
    ],
  },
  {
    heading: 'Opening: ground rules and support, before any of the story',
    paragraphs: [
      'The session opens on a welcome screen with the content note. Stay there until the room has agreed how it will work. Five to ten minutes here is time well spent.',
    ],
    list: [
      'Confidentiality: what is said in the room stays in the room, and nobody uses real names or details that could identify a child or family.',
      'Talk about practice, not about people: we can disagree with a choice without judging the person who made it.',
      'Anyone can step out at any time, without saying why. Say where they can go and who will check on them.',
      'Point to support: people’s own manager, supervision or Employee Assistance Programme, and the helplines listed at the end of the session and below.',
      'If anything said today raises a concern about a real child, follow your organisation’s safeguarding procedures, and say you will talk privately afterwards.',
    ],
  },
  {
    heading: 'The rhythm of each decision',
    paragraphs: [
      'Each press of Next (Page Down, or the clicker) moves one step. Long pages scroll a screen at a time first.',
    ],
    numbered: true,
    list: [
      'The story: read it aloud or give the room time to read. Ask what people notice before anything else.',
      'The options, labelled A, B, C and D. Read them aloud. The principle mappings stay hidden, so the room argues from practice, not from an answer key.',
      'The discussion pause: the stage’s reflective questions and, if set, a countdown. Small groups of two or three help quieter people speak.',
      'The vote: ask for hands for each option in turn and record them with the number keys (1 for A) or the + buttons. Shift and the number, or the − button, takes a hand away.',
      'The choice: Next goes with the option with the most hands. If the vote is tied, or you want to take the room another way, pick the option yourself.',
    ],
  },
  {
    heading: 'Pacing: the session length and key decisions',
    paragraphs: [
      'A scenario like Cassie and Jo has about 25 decisions on any path. Stopping at every one for a three-minute discussion would take well over an hour of timers alone, so at setup you choose the session’s length (45, 60, 90 or 120 minutes) and the game plans which decisions the room stops to discuss.',
      'Authors mark the decisions most worth discussing in each stage of a story (“key decisions”). The plan spreads its discussions over the stages: one in each stage first (spread from the first stage to the last when there is not time for all), then a second in some stages, as far as the time allows. At the other decisions you pick the option yourself: read the page, say which option you are taking and why in a sentence, and carry on. There is no pause and no vote unless you open one (Q, or the button in the presenter view).',
      'The presenter view shows where you are against the plan, for example “Decision 7 of 24 · about 38 minutes left · 3 minutes behind the plan”. If you fall behind, pick the next planned decision yourself; if you are ahead, open a discussion the plan left out.',
    ],
  },
  {
    heading: 'When to pause',
    list: [
      'At every decision, but not for the same length: early decisions often need longer, while people find their feet.',
      'When the room goes quiet after a difficult passage. Press B to blank the screen and give people a moment.',
      'When a story offers a full account or a short summary, choose with the room’s wellbeing in mind. The summary still carries what matters for practice.',
      'Halfway, for a short break. The session is saved on this device at every step, so you can close the windows and carry on later.',
    ],
  },
  {
    heading: 'If someone discloses their own abuse, or becomes distressed',
    paragraphs: [
      'This material is close to home for some people. A participant may become upset, or may say in the room that something like this happened to them or to someone they love. Plan for it before the day: agree with your co-facilitator or named person who will step out with someone, and where you will go.',
    ],
    numbered: true,
    list: [
      'Pause the room calmly. Press B to blank the screen and, if it helps, call a short break. You do not need to explain why to the group.',
      'Acknowledge the person briefly and kindly: “Thank you for telling me. I’d like to make sure you’re supported: can we talk at the break?” Do not ask for details in front of the group, and do not probe.',
      'If detail is being shared in the room, gently bring it to a stop for the person’s sake as much as the group’s, and offer to talk privately.',
      'Let the person choose: stay, step out with your co-facilitator or the named person, or leave for the day. They do not have to say why.',
      'In private, listen, and do not promise to keep everything confidential. If what you hear means a child, or the adult, is at risk now, follow your organisation’s safeguarding procedures; if anyone is in immediate danger, call 999.',
      'Before they leave, agree what happens next and point to support: their own manager, supervision or Employee Assistance Programme, and the services on the support list at the end of this guide (Samaritans, the Rape Crisis 24/7 Support Line and Shout are there day and night).',
      'Check in with the rest of the room when you come back, without naming anyone, and remind everyone they can step out at any time.',
      'Afterwards, record what your procedures require, and talk it through with your own supervisor: supporting a disclosure takes something out of you too.',
    ],
  },
  {
    heading: 'Running a card vote',
    paragraphs: [
      'A card vote lets people vote without the room seeing who chose what. Each person holds up a printed answer card with the letter of their choice at the top; the laptop’s camera reads the cards and only the totals are kept. No picture is stored or sent anywhere.',
    ],
    list: [
      'Print the answer cards from the session pack before the day: one numbered card each. Hand them out at random so that nobody’s number means anything.',
      'Turn the laptop, or a USB webcam, to face the room, not the screen. The game asks for the camera only when you start a card vote.',
      'Light the room from the front: cards lit from behind (a window at people’s backs) are hard to read. Lights on and blinds down over bright windows helps.',
      'Most cameras read cards well from one to five metres away. In a large room, ask the back rows to hold their cards high, or move the camera closer to them.',
      'Ask people to hold their card flat and still, facing the camera, with their letter at the top, and to keep it up until you close the vote. Turning the card changes the vote; a card seen twice counts once.',
      'Watch the count of cards seen (“23 of 26”), next to the camera’s button or in the presenter’s vote strip. Type how many cards you handed out to see it against that number. If some are missing, ask people to hold them higher or tilt them towards the camera. A card the camera cannot read counts as unseen, never as a wrong vote.',
      'Close the vote before you talk about the result, and never ask who held up which letter. Hands counted with the + buttons or number keys still work, and both can be combined.',
    ],
  },
  {
    heading: 'Votes and reveal, without shaming anyone',
    list: [
      'A vote is the start of a conversation, never a test. Thank people for their reasons whichever way they vote.',
      'Ask for reasons before you reveal the mapping (R). Once the mapping is on screen, people tend to argue from it rather than from practice.',
      'Every option has trade-offs: the mappings show which principles an option supports and which it strains, and why. No option is simply right or wrong, and there is no score.',
      'On a smaller projector (1280×720) the reveal shows each option and its reason in a few words, large enough for the back of the room. Press Z to show one option at a time with its full text and reason, and read the reason out before the room discusses it.',
      'Never ask who voted for a particular option once the mapping is shown. Talk about the option, not the people who chose it.',
      'If the room is split, that is useful: ask each side what the other side might be seeing.',
    ],
  },
  {
    heading: 'What if? Rewind and the branch map',
    list: [
      'Back (Page Up) steps back; from the start of a decision it goes to the one before, with the room’s hands as they were.',
      'The branch map (M) shows every branch explored, the hands at each decision and where the room is now. Click any decision, or use the buttons under “the map in words”, to go back there and take another option.',
      '“What if we had told Jo first?” is often the best question of the session. Leave time for one or two of these.',
    ],
  },
  {
    heading: 'Closing the session',
    list: [
      'Open the group debrief: the path the group followed, the branches explored, the votes and the principle profile of the group’s path. Look at the pattern together, not at a score.',
      'Ask each person for one thing they will take back to their practice, and one thing they want to learn more about.',
      'Come back to wellbeing: this material can stay with people. Show the support list again and say how people can reach you afterwards.',
      'Keep a record if you need one: print the debrief or download it as Markdown. Nothing is sent anywhere.',
    ],
  },
  {
    heading: 'Assigning it through your learning platform',
    list: [
      'Whoever looks after your learning platform builds the package with “npm run build:lms” (SCORM 1.2, SCORM 2004 or cmi5): see “Learning platforms” in the README.',
      'By default the platform is told only that each person started and finished. Each decision and the principle profile are sent only if the package is built with --decisions; notes are never sent. Learners are told which before they play.',
      'Choose the scenarios with --scenarios. Whether a returning learner may pass the content notice is --allow-skip-notice; leave it off unless you have a reason.',
    ],
  },
  {
    heading: 'Keys',
    list: [
      'Page Down, →, ↓ or Space: next. Page Up, ← or ↑: back.',
      '1 to 9: add a hand for A to I. Shift and the number: take one away.',
      'R: reveal or hide the mapping. Z: show one option large (again for the next, then all). Q: discussion pause (also opens one where you would pick). V: vote. T: start or pause the timer.',
      'M: branch map. B or full stop: blank the screen. F: full screen. P: the other window. ?: all the keys.',
    ],
  },
];
