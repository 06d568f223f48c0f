// Words for the records the app set aside because they could not be read (a profile list, a history, a slot,
// the settings…): each is said once, calmly, as a toast; the record itself is kept, never deleted.
import type { SetAsideNotice } from '../app/storage-reports.ts';
import type { Words } from './i18n/catalogues.ts';

export function setAsideMessage(words: Words, notice: SetAsideNotice): string {
  const said = words.messages.storageCare;
  if (notice.record === 'profile-list') return said.profileListSetAside(notice.rebuiltProfiles ?? 0);
  if (notice.record === 'slot' && notice.slot !== undefined) return said.slotSetAside(notice.slot);
  return said.recordSetAside(said.records[notice.record]);
}
