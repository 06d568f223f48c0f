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
  'Practice Paths can be projected to a room of practitioners. The group follows one story together and stops at each decision to talk it through. This guide covers a session of 60 to 120 minutes. It assumes you know the subject, your organisation’s safeguarding procedures, and the people in the room.';

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
    heading: 'When to pause',
    list: [
      'At every decision, but not for the same length: early decisions often need longer, while people find their feet.',
      'When the room goes quiet after a difficult passage. Press B to blank the screen and give people a moment.',
      'When a story offers a full account or a short summary, choose with the room’s wellbeing in mind. The summary still carries what matters for practice.',
      'Halfway, for a short break. The session is saved on this device at every step, so you can close the windows and carry on later.',
    ],
  },
  {
    heading: 'Votes and reveal, without shaming anyone',
    list: [
      'A vote is the start of a conversation, never a test. Thank people for their reasons whichever way they vote.',
      'Ask for reasons before you reveal the mapping (R). Once the mapping is on screen, people tend to argue from it rather than from practice.',
      'Every option has trade-offs: the mappings show which principles an option supports and which it strains, and why. No option is simply right or wrong, and there is no score.',
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
    heading: 'A plan for 60 or 120 minutes',
    table: {
      caption: 'Suggested timings',
      head: ['Part', '60 minutes', '120 minutes'],
      rows: [
        ['Welcome, ground rules and support', '10 min', '15 min'],
        ['The warm-up scenario, “A first shift”, to learn the rhythm', '—', '15 min'],
        [
          'The main scenario: decisions with discussion pauses',
          '35 min (a few decisions in depth)',
          '60 min, with a break halfway',
        ],
        ['“What if?”: rewind and take another option', '—', '10 min'],
        ['Group debrief and closing, with support', '15 min', '20 min'],
      ],
    },
  },
  {
    heading: 'Keys',
    list: [
      'Page Down, →, ↓ or Space: next. Page Up, ← or ↑: back.',
      '1 to 9: add a hand for A to I. Shift and the number: take one away.',
      'R: reveal or hide the mapping. Q: discussion pause. V: vote. T: start or pause the timer.',
      'M: branch map. B or full stop: blank the screen. F: full screen. P: the other window. ?: all the keys.',
    ],
  },
];
