// "Open your own scenario": pick or drop .ink files (an entry file and what it INCLUDEs) or a compiled
// .json; the checker reports before play. Errors block play with an explanation; warnings allow it.
import type { DeviceData } from '../../app/device-data.ts';
import { importOwnScenario, type GivenFile, type ImportResult } from '../../app/own-scenario-import.ts';
import { button, h, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export type OwnScenarioShelf = Pick<DeviceData, 'keepOwnScenario'>;

export function ownScenarioScreen(ctx: UiContext, shelf: OwnScenarioShelf): Screen {
  ctx.setLocation('Open your own scenario', false);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', 'Open your own scenario');
  const report = h('div', { class: 'import-report', 'aria-live': 'polite' });
  const input = h('input', {
    type: 'file',
    id: 'own-files',
    multiple: true,
    accept: '.ink,.json,text/plain,application/json',
  });
  const drop = h(
    'div',
    { class: 'drop-zone' },
    h(
      'label',
      { class: 'field', for: 'own-files' },
      h('span', {
        text: 'Choose your .ink files (the main file and every file it INCLUDEs), or one compiled .json file',
      }),
      input,
    ),
    h('p', { class: 'muted', text: 'Or drop the files here. They are read on this device only.' }),
  );

  const handle = async (fileList: FileList | File[]) => {
    const files: GivenFile[] = await Promise.all(
      [...fileList].map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    if (files.length === 0) return;
    report.replaceChildren(h('p', { text: `Checking ${files.map((f) => f.name).join(', ')}…` }));
    const result = await importOwnScenario(
      files,
      ctx.principles.principles.map((p) => p.id),
    );
    report.replaceChildren(...renderReport(ctx, shelf, result));
    report.querySelector<HTMLElement>('h2')?.focus();
  };
  input.addEventListener('change', () => input.files && void handle(input.files));
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    if (event.dataTransfer?.files) void handle(event.dataTransfer.files);
  });

  const card = h(
    'div',
    { class: 'card wide' },
    h(
      'div',
      { class: 'screen-title' },
      heading,
      button('Back to scenarios', () => ctx.go.menu(), { class: 'small' }),
    ),
    h('p', {
      class: 'lead',
      text: "Write a scenario in ink (for example in Inky, inkle's free editor) using the Practice Paths tags, and play it here with coach mode, the debrief and group sessions. It is kept on this device and listed with the other scenarios.",
    }),
    drop,
    report,
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

function renderReport(ctx: UiContext, shelf: OwnScenarioShelf, result: ImportResult): Node[] {
  const title = result.meta?.title ?? result.entry.replace(/\.(ink|json)$/i, '');
  const nodes: Node[] = [
    h('h2', {
      tabindex: -1,
      text: result.errors.length ? `“${title}” cannot be played yet` : `“${title}” is ready to play`,
    }),
  ];
  if (result.errors.length) {
    nodes.push(
      h('p', { class: 'error-text', text: 'Fix these in your file and open it again:' }),
      h('ul', { class: 'problems' }, ...result.errors.map((e) => h('li', { text: e }))),
    );
  }
  if (result.warnings.length) {
    nodes.push(
      h('p', {
        class: 'notice',
        text: result.errors.length ? 'Also worth a look:' : 'Worth a look, though you can play it anyway:',
      }),
      h('ul', { class: 'problems' }, ...result.warnings.slice(0, 40).map((w) => h('li', { text: w }))),
    );
  }
  if (result.report?.exploration) {
    const x = result.report.exploration;
    nodes.push(
      h('p', {
        class: 'muted',
        text: `${x.mode === 'exhaustive' ? `Played all ${x.paths} paths` : `Played a sample of ${x.paths} paths`}: ${result.report.decisionPoints} decision points, ${x.endings.size} ending(s) reached.`,
      }),
    );
  }
  if (!result.errors.length && result.json) {
    const json = result.json;
    nodes.push(
      h(
        'div',
        { class: 'button-row' },
        button(
          result.warnings.length ? 'Keep it and play anyway' : 'Keep it and play',
          () => {
            void shelf
              .keepOwnScenario({
                title,
                summary: result.meta?.summary ?? 'A scenario written by a trainer.',
                contentNote: result.meta?.contentNote,
                lengthMinutes: result.meta?.lengthMinutes,
                json,
                files: [result.entry],
              })
              .then((kept) => {
                if (kept.ok) ctx.go.notice(kept.entry, 'new');
                else ctx.toast(kept.message);
              });
          },
          { class: 'primary', id: 'play-own' },
        ),
      ),
    );
  }
  return nodes;
}
