// English (UK) words for looking after what is stored: records set aside because they could not be read, the
// rebuilt profile list, and checking, showing and confirming a backup import.
import { pluralFor } from '../plural.ts';

const plural = pluralFor('en-GB');

/** What each kind of stored record is called, in a sentence ("the profile list"). */
const records = {
  'profile-list': 'the profile list',
  settings: 'the settings',
  notice: 'the content-notice acknowledgement',
  'own-scenarios': 'the list of your own scenarios',
  autosave: 'a save',
  slot: 'a named save slot',
  history: 'a list of finished playthroughs',
  'set-aside': 'a record kept aside',
  'group-session': 'a group session',
  other: 'a record',
} as const;

const replacedRecords = {
  'profile-list': (n: number) => plural(n, { one: 'the profile list', other: '# profile lists' }),
  settings: (n: number) => plural(n, { one: 'the settings', other: '# sets of settings' }),
  notice: (n: number) => plural(n, { one: 'the content-notice acknowledgement', other: '# acknowledgements' }),
  'own-scenarios': (n: number) => plural(n, { one: 'the list of your own scenarios', other: '# scenario lists' }),
  autosave: (n: number) => plural(n, { one: '# save of a playthrough', other: '# saves of playthroughs' }),
  slot: (n: number) => plural(n, { one: '# named save slot', other: '# named save slots' }),
  history: (n: number) =>
    plural(n, { one: '# list of finished playthroughs', other: '# lists of finished playthroughs' }),
  'set-aside': (n: number) => plural(n, { one: '# record kept aside', other: '# records kept aside' }),
  'group-session': (n: number) => plural(n, { one: '# group session', other: '# group sessions' }),
  other: (n: number) => plural(n, { one: '# other record', other: '# other records' }),
} as const;

export const storageCare = {
  records,
  replacedRecords,
  recoveredProfile: (n: number): string => `Profile ${String(n)} (recovered)`,
  profileListSetAside: (profiles: number): string =>
    `The list of profiles on this device could not be read. It has been kept aside, not deleted, and rebuilt from the saves on this device: ${plural(profiles, { one: '# profile', other: '# profiles' })}.`,
  slotSetAside: (slot: number): string =>
    `Save slot ${String(slot)} held something that is not a save. It has been kept aside, not deleted, and the slot is free.`,
  recordSetAside: (record: string): string =>
    `${record.charAt(0).toUpperCase()}${record.slice(1)} could not be read. It has been kept aside, not deleted, and the game carries on without it.`,
  backupProblems: {
    notJson: 'The file is not valid JSON, so it is not a Practice Paths backup.',
    notBackup: 'The file is not a Practice Paths backup (made with "Export all my data").',
    wrongVersion: (version: string, readable: number): string =>
      `The backup is version ${version}; this Practice Paths reads version ${String(readable)}.`,
    noEntries: 'The backup has no entries.',
    tooMany: 'The backup has far more entries than Practice Paths ever writes.',
    unknownEntry: (key: string): string => `The backup holds an entry Practice Paths does not write ("${key}").`,
    unreadable: (record: string, key: string): string =>
      `The backup was refused: ${record} in it ("${key}") cannot be read.`,
    nothingChanged: 'Nothing was changed.',
  },
  importTitle: 'Import this backup?',
  importHolds: (total: number, added: number): string =>
    `The file holds ${plural(total, { one: '# record', other: '# records' })}; ${plural(added, { one: '# is', other: '# are' })} new to this device.`,
  importReplaces: 'Importing it will replace what this device holds now:',
  importReplacesNothing: 'Nothing on this device will be replaced.',
  importKeeps:
    'Everything else on this device is kept, and profiles the backup does not name stay listed. Export your data first if you may want today’s version back.',
  importConfirm: 'Replace and import',
  importConfirmNew: 'Import',
  imported: (total: number): string => `Imported ${plural(total, { one: '# record', other: '# records' })}.`,
  importCancelled: 'The backup was not imported. Nothing was changed.',
  importFailed: (message: string): string => `${message} Some data may not have been imported.`,
};
