// "Open your own scenario": pick or drop .ink files (an entry file and what it INCLUDEs) or a compiled .json;
// the size limit is stated first, files that are not ink are named before anything is compiled, and the check
// runs in the background (a Web Worker) with progress and Cancel, so the page keeps answering.
import { MAX_OWN_SCENARIO_BYTES, screenFileSizes } from '../../app/own-scenario-files.ts';
import type { ImportResult, OwnScenarioChecks } from '../../app/own-scenario-import.ts';
import type { RunningJob } from '../../core/background-job.ts';
import { button, h, isolate, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import { checkProgressView } from './own-scenario-progress.ts';
import { fileProblemNodes, renderReport, type OwnScenarioShelf } from './own-scenario-report.ts';
import '../../styles/later.css';

export type { OwnScenarioShelf } from './own-scenario-report.ts';

export function ownScenarioScreen(ctx: UiContext, shelf: OwnScenarioShelf, checks: OwnScenarioChecks): Screen {
  ctx.setLocation('Open your own scenario', false);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', 'Open your own scenario');
  const report = h('div', { class: 'import-report', 'aria-live': 'polite' });
  const checker = new FileCheck(ctx, shelf, checks, report);
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
    dropZone(ctx, (files) => void checker.check(files)),
    report,
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading, dispose: () => checker.cancel() };
}

/** The file picker and drop area, with the size limit said before anything is chosen. */
function dropZone(ctx: UiContext, onFiles: (files: File[]) => void): HTMLElement {
  const input = h('input', {
    type: 'file',
    id: 'own-files',
    multiple: true,
    accept: '.ink,.json,.txt,text/plain,application/json',
    'aria-describedby': 'own-limit',
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
    h('p', { class: 'muted', id: 'own-limit', text: ctx.words().messages.ownScenario.limit(MAX_OWN_SCENARIO_BYTES) }),
    h('p', { class: 'muted', text: 'Or drop the files here. They are read on this device only.' }),
  );
  input.addEventListener('change', () => {
    if (input.files) onFiles([...input.files]);
    // Choosing the same file again (after fixing it) is a change too.
    input.value = '';
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    if (event.dataTransfer?.files) onFiles([...event.dataTransfer.files]);
  });
  return drop;
}

/** One check at a time: a new choice of files, Cancel or leaving the screen stops the one running. */
class FileCheck {
  private running: RunningJob<ImportResult> | undefined;

  constructor(
    private readonly ctx: UiContext,
    private readonly shelf: OwnScenarioShelf,
    private readonly checks: OwnScenarioChecks,
    private readonly report: HTMLElement,
  ) {}

  cancel(): void {
    this.running?.cancel();
  }

  async check(list: readonly File[]): Promise<void> {
    const { ctx } = this;
    const words = ctx.words().messages.ownScenario;
    this.cancel();
    this.running = undefined;
    if (list.length === 0) return;
    const sized = screenFileSizes(list.map((f) => ({ name: f.name, size: f.size })));
    if (sized.length > 0) {
      this.show(fileProblemNodes(ctx, sized));
      return;
    }
    const files = await Promise.all(list.map(async (f) => ({ name: f.name, text: await f.text() })));
    const names = files.map((f) => isolate(f.name)).join(', ');
    const progress = checkProgressView(ctx, names, () => this.cancel());
    this.report.replaceChildren(progress.element);
    const job = this.checks.run({ files, principleIds: ctx.principles.principles.map((p) => p.id) }, progress.update);
    this.running = job;
    const outcome = await job.outcome;
    if (this.running !== job) return;
    this.running = undefined;
    if (outcome.ok) this.show(renderReport(ctx, this.shelf, outcome.value));
    else {
      const text = outcome.cancelled ? words.cancelled : words.failed(outcome.message);
      this.show([h('p', { class: 'check-message notice', tabindex: -1, text })]);
    }
  }

  private show(nodes: Node[]): void {
    this.report.replaceChildren(...nodes);
    this.report.querySelector<HTMLElement>('h2, .check-message')?.focus();
  }
}
