// The keys of a group session, the same in the audience and presenter windows: clicker keys (Page Down /
// Page Up), arrows and space to move, number keys for hands, letters for the rest. And the "?" help.
import { button, h } from '../dom.ts';
import { openDialog } from '../dialog.ts';

export type Command =
  | { readonly kind: 'next' }
  | { readonly kind: 'back' }
  | { readonly kind: 'hand'; readonly option: number; readonly change: 1 | -1 }
  | {
      readonly kind:
        | 'reveal'
        | 'blank'
        | 'fullscreen'
        | 'keys'
        | 'other-window'
        | 'map'
        | 'timer'
        | 'discuss'
        | 'vote'
        | 'zoom'
        | 'escape';
    };

const SIMPLE: Record<string, Command['kind']> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageUp: 'back',
  ArrowLeft: 'back',
  ArrowUp: 'back',
  r: 'reveal',
  b: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  '?': 'keys',
  p: 'other-window',
  m: 'map',
  t: 'timer',
  q: 'discuss',
  v: 'vote',
  z: 'zoom',
  Escape: 'escape',
};

/** The command for a key press, if it is one of ours. Shift with a number key takes a hand away. */
export function commandFor(event: KeyboardEvent): Command | undefined {
  const digit = /^Digit([1-9])$/.exec(event.code) ?? /^Numpad([1-9])$/.exec(event.code);
  if (digit) return { kind: 'hand', option: Number(digit[1]) - 1, change: event.shiftKey ? -1 : 1 };
  const kind =
    SIMPLE[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? (event.key === '?' ? 'keys' : undefined);
  return kind ? ({ kind } as Command) : undefined;
}

export const KEY_HELP: readonly (readonly [string, string])[] = [
  [
    'Page Down, →, ↓ or Space',
    'Next: more text, then the options, the discussion pause, the vote, and the room’s choice',
  ],
  ['Page Up, ← or ↑', 'Back a step; from the start of a decision, back to the one before'],
  ['1 to 9', 'Add a hand for option A to I (at a “Continue” point: take that option)'],
  ['Shift + 1 to 9', 'Take a hand away'],
  ['R', 'Reveal or hide the principle mapping and the reasons'],
  ['Z', 'Show option A large, then B, and so on, then all the options again'],
  ['Q', 'Discussion pause: the stage’s questions and the timer'],
  ['V', 'The room’s vote'],
  ['T', 'Start or pause the timer'],
  ['M', 'Branch map: where the room has been; any point can be returned to'],
  ['B or .', 'Blank the screen, and back'],
  ['F', 'Full screen for this window'],
  ['P', 'Open the other window (presenter view, or the audience screen)'],
  ['?', 'These keys'],
];

export function openKeyHelp(): void {
  openDialog(
    'Keys for a group session',
    (close) => [
      h('p', { class: 'muted', text: 'Every key works in both windows, and every control also works with the mouse.' }),
      h(
        'table',
        { class: 'fac-keys' },
        h('caption', { class: 'visually-hidden', text: 'Keys and what they do' }),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col', text: 'Key' }), h('th', { scope: 'col', text: 'What it does' })),
        ),
        h(
          'tbody',
          {},
          ...KEY_HELP.map(([keys, what]) =>
            h('tr', {}, h('th', { scope: 'row' }, h('kbd', { text: keys })), h('td', { text: what })),
          ),
        ),
      ),
      h('div', { class: 'button-row' }, button('Close', close, { class: 'primary' })),
    ],
    { wide: true },
  );
}
