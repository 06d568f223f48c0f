// Importing a backup from Settings: every record in the file is checked first (a bad file changes nothing and
// the message names the record), then a dialog shows what the import would replace and asks before writing.
import type { BackupPreview, BackupProblem } from '../../app/backup.ts';
import type { DeviceData } from '../../app/device-data.ts';
import { openDialog } from '../dialog.ts';
import { bidi, button, h } from '../dom.ts';
import type { Messages } from '../i18n/catalogue.ts';
import type { UiContext } from '../ui-context.ts';

export type BackupImport = Pick<DeviceData, 'checkImport' | 'applyImport'>;
type CareWords = Messages['storageCare'];

/** Check a chosen file, ask, and import; `report` is told the outcome in words. */
export async function importBackupFile(
  ctx: UiContext,
  data: BackupImport,
  file: { readonly name: string; text(): Promise<string> },
  report: (message: string) => void,
): Promise<void> {
  const words = ctx.words().messages.storageCare;
  const checked = await data.checkImport(await file.text());
  if (!checked.ok) {
    report(`${problemWords(words, checked.problem)} ${words.backupProblems.nothingChanged}`);
    return;
  }
  if (!(await confirmImport(words, ctx.words().messages.common.cancel, checked.preview, file.name))) {
    report(words.importCancelled);
    return;
  }
  const outcome = await data.applyImport(checked.preview);
  report(outcome.ok ? words.imported(checked.preview.total) : words.importFailed(outcome.message));
}

export function problemWords(words: CareWords, problem: BackupProblem): string {
  const said = words.backupProblems;
  switch (problem.kind) {
    case 'not-json':
      return said.notJson;
    case 'not-backup':
      return said.notBackup;
    case 'wrong-version':
      return said.wrongVersion(problem.version, problem.readable);
    case 'no-entries':
      return said.noEntries;
    case 'too-many-entries':
      return said.tooMany;
    case 'unknown-entry':
      return said.unknownEntry(problem.key);
    case 'unreadable-entry':
      return said.unreadable(words.records[problem.record], problem.key.slice(0, 80));
  }
}

/** Show what the import replaces and ask; true once the person agrees, false if they cancel or close. */
function confirmImport(words: CareWords, cancel: string, preview: BackupPreview, fileName: string): Promise<boolean> {
  return new Promise((resolve) => {
    let agreed = false;
    openDialog(
      words.importTitle,
      (close) => [
        h('p', { class: 'import-file-name' }, bidi(fileName)),
        h('p', { text: words.importHolds(preview.total, preview.added) }),
        ...replacedList(words, preview),
        h('p', { class: 'muted', text: words.importKeeps }),
        h(
          'div',
          { class: 'button-row' },
          button(
            preview.replaced.length > 0 ? words.importConfirm : words.importConfirmNew,
            () => {
              agreed = true;
              close();
            },
            { class: preview.replaced.length > 0 ? 'danger' : 'primary', id: 'confirm-import' },
          ),
          button(cancel, close, { id: 'cancel-import' }),
        ),
      ],
      { onClose: () => resolve(agreed) },
    );
  });
}

function replacedList(words: CareWords, preview: BackupPreview): HTMLElement[] {
  if (preview.replaced.length === 0) return [h('p', { text: words.importReplacesNothing })];
  return [
    h('p', { text: words.importReplaces }),
    h(
      'ul',
      { class: 'import-replaced' },
      ...preview.replaced.map(({ record, count }) => h('li', { text: words.replacedRecords[record](count) })),
    ),
  ];
}
