// Small valid ink stories and the mutations the story-checker fuzz applies to them (shared with ad-hoc replays).
import { readFileSync } from 'node:fs';
import { TAG_RULES } from '../../src/core/story/tags.ts';
import type { Fuzz } from './fuzz-kit.ts';

export const SMALL_MAIN = `# title: A small test
# scenario: small-test
# summary: Two decisions and an ending.
# length: 2
VAR trust = 0
INCLUDE part.ink
-> start

=== start ===
You arrive at the youth centre. # scene: youth-centre # stage: children-first
"Have you got a minute?" # speaker: youth-worker
* [Ask what is going on # supports: curious-informed # why: Asking first gathers what is known.]
    He tells you about the new phone.
    ~ trust = trust + 1
* [Tell him to stop worrying # undermines: child-voice # why: It closes the conversation.]
    He shrugs and walks off. # sfx: door-close
* [Continue # aside]
    You wait.
- {trust > 0: He stays.|He goes.}
-> middle
`;

export const SMALL_PART = `=== middle ===
Later, in the office. # scene: office
* [Write it down # supports: children-first, safer-spaces # why: Facts, not labels.]
    -> done
* [Leave it # undermines: curious-informed # why: Nothing is written.]
    -> done

=== done ===
{trust > 0: The door stays open. # ending: open-door|It will take time. # ending: closed-door}
-> END
`;

export const FIRST_SHIFT = readFileSync('stories/first-shift/main.ink', 'utf8');

const KEYS = Object.keys(TAG_RULES);
const TAG_NOISE = [
  '# supports: not-a-principle',
  '# Supports: children-first',
  '# speaker: Jo',
  '# scene: nowhere-at-all',
  '# sfx: kaboom',
  '#',
  '# :',
  '# why:',
  '# aside: yes',
  '# length: ten',
  '# stage: children-first, child-voice',
  '# ending: Bad Ending',
  '# title: moved here',
  '# supports: children-first,, child-voice',
  '# undermines: children-first, children-first',
  '# differs: only here',
  '# # #',
];

export type Files = Record<string, string>;

export function mutate(f: Fuzz, files: Files): void {
  const names = Object.keys(files);
  const name = f.pick(names);
  const lines = files[name]!.split('\n');
  const at = f.int(0, Math.max(0, lines.length - 1));
  switch (f.int(0, 11)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines.splice(at, 0, lines[at] ?? '');
      break;
    case 2: {
      const other = f.int(0, Math.max(0, lines.length - 1));
      [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
      break;
    }
    case 3: // random tag text on a line (or inside a choice's brackets)
      lines[at] =
        (lines[at] ?? '').includes(']') && f.chance(0.5)
          ? lines[at]!.replace(']', ` ${f.pick(TAG_NOISE)}]`)
          : `${lines[at] ?? ''} ${f.chance(0.5) ? f.pick(TAG_NOISE) : `# ${f.pick(KEYS)}${f.pick([': ', ':', ' '])}${f.messyString(12).replace(/\n/g, ' ')}`}`;
      break;
    case 4: // break braces or brackets
      lines[at] = f.chance(0.5)
        ? `${lines[at] ?? ''}${f.pick(['{', '}', '[', ']', '{{', '|', '}}'])}`
        : (lines[at] ?? '').replace(/[{}[\]]/, '');
      break;
    case 5: // INCLUDE of a missing file, or of itself
      lines.splice(
        at,
        0,
        `INCLUDE ${f.pick(['missing.ink', `missing-${f.int(0, 99)}.ink`, '../outside.ink', 'sub/none.ink', name, ''])}`,
      );
      break;
    case 6: // a stray divert
      lines.splice(
        at,
        0,
        f.pick(['-> nowhere', '-> END', '-> DONE', '-> start', '-> middle', '->', '<- done', '-> done.stitch']),
      );
      break;
    case 7: // stray choice or gather
      lines.splice(
        at,
        0,
        f.pick([
          '* [Extra option]',
          '+ [Sticky # aside]',
          '- gathered',
          '* Unbracketed choice',
          '** [Nested]',
          '*',
          '-',
        ]),
      );
      break;
    case 8: // random text, sometimes ink syntax
      lines.splice(at, 0, f.messyString(30).replace(/\n/g, ' '));
      break;
    case 9: // truncate the file
      lines.length = at;
      break;
    case 10: // knot headers and variables
      lines.splice(
        at,
        0,
        f.pick([
          '=== start ===',
          '=== ===',
          '= stitch',
          'VAR trust = 1',
          'VAR = 0',
          '~ trust = trust +',
          'CONST x = 1',
          '~ return',
        ]),
      );
      break;
    default: // empty a file
      files[name] = '';
      return;
  }
  files[name] = lines.join('\n');
}
