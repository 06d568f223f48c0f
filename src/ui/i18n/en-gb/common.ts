// English (UK) words shared by every screen.
import { pluralFor } from '../plural.ts';

const plural = pluralFor('en-GB');

export const common = {
  continue: 'Continue',
  back: 'Back',
  close: 'Close',
  cancel: 'Cancel',
  language: 'Language',
  minutes: (count: number): string => plural(count, { one: '# minute', other: '# minutes' }),
  decisions: (count: number): string => plural(count, { one: '# decision', other: '# decisions' }),
  stageOf: (number: number, of: number): string => `Stage ${String(number)} of ${String(of)}`,
};
