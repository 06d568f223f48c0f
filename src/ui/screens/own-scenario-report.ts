// What the own-scenario check found, for the trainer: what a file is (too large, not ink, empty), errors that
// block play (with the option that leads to a loop), warnings that do not, and "Keep it and play", which asks
// "replace or keep both?" when a scenario of that title exists and says when storage will not keep it.
import type { DeviceData } from '../../app/device-data.ts';
import type { FileProblem } from '../../app/own-scenario-files.ts';
import { isBlocked, type ImportResult } from '../../app/own-scenario-import.ts';
import type { ScenarioEntry } from '../../app/scenario-catalogue.ts';
import type { PathProblem } from '../../core/checker/exploration-types.ts';
import { openDialog } from '../dialog.ts';
import { button, h, isolate } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';
import '../../styles/later.css';

export type OwnScenarioShelf = Pick<DeviceData, 'keepOwnScenario' | 'scenarios'>;

type Words = ReturnType<UiContext['words']>['messages']['ownScenario'];

export function fileProblemNodes(ctx: UiContext, problems: readonly FileProblem[]): Node[] {
  const words = ctx.words().messages.ownScenario;
  return [
    h('h2', { tabindex: -1, text: words.notAFile }),
    h('ul', { class: 'problems' }, ...problems.map((p) => h('li', { text: fileProblemText(words, p) }))),
  ];
}

function fileProblemText(words: Words, p: FileProblem): string {
  switch (p.kind) {
    case 'too-large':
      return words.tooLarge(isolate(p.name), p.bytes, p.limit);
    case 'not-ink':
      return words.notInk(isolate(p.name));
    case 'empty':
      return words.empty(isolate(p.name));
    case 'no-story-file':
      return words.noStoryFile;
  }
}

const pathErrorText = (words: Words, p: PathProblem): string =>
  `${p.message} ${p.path.length ? words.afterChoosing(isolate(p.path.at(-1)!)) : words.atStart}`;

export function renderReport(ctx: UiContext, shelf: OwnScenarioShelf, result: ImportResult): Node[] {
  if (result.fileProblems.length > 0) return fileProblemNodes(ctx, result.fileProblems);
  const words = ctx.words().messages.ownScenario;
  const blocked = isBlocked(result);
  const title = result.title;
  const errors = [...result.errors, ...result.pathErrors.map((p) => pathErrorText(words, p))];
  const nodes: Node[] = [
    h('h2', {
      tabindex: -1,
      text: blocked ? words.cannotPlay(isolate(title)) : `“${isolate(title)}” is ready to play`,
    }),
  ];
  if (errors.length) {
    nodes.push(
      h('p', { class: 'error-text', text: 'Fix these in your file and open it again:' }),
      h('ul', { class: 'problems' }, ...errors.map((e) => h('li', { text: e }))),
    );
  }
  if (result.warnings.length) {
    nodes.push(
      h('p', {
        class: 'notice',
        text: blocked ? 'Also worth a look:' : 'Worth a look, though you can play it anyway:',
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
  if (!blocked && result.json) nodes.push(keepButton(ctx, shelf, result, result.json));
  return nodes;
}

function keepButton(ctx: UiContext, shelf: OwnScenarioShelf, result: ImportResult, json: string): HTMLElement {
  const scenario = {
    title: result.title,
    summary: result.meta?.summary ?? 'A scenario written by a trainer.',
    contentNote: result.meta?.contentNote,
    lengthMinutes: result.meta?.lengthMinutes,
    json,
    files: [result.entry],
  };
  const keep = (replaces?: string) =>
    void shelf.keepOwnScenario(scenario, replaces).then((kept) => {
      if (!kept.kept) ctx.toast(ctx.words().messages.ownScenario.notKept(isolate(result.title)));
      ctx.go.notice(kept.entry, 'new');
    });
  const play = () => {
    const same = sameTitle(shelf.scenarios, result.title);
    if (same) askReplaceOrKeepBoth(ctx, result.title, same, keep);
    else keep();
  };
  const label = result.warnings.length ? 'Keep it and play anyway' : 'Keep it and play';
  return h('div', { class: 'button-row' }, button(label, play, { class: 'primary', id: 'play-own' }));
}

const sameTitle = (scenarios: readonly ScenarioEntry[], title: string): ScenarioEntry | undefined =>
  scenarios.find((s) => s.own && s.title.trim().toLocaleLowerCase() === title.trim().toLocaleLowerCase());

function askReplaceOrKeepBoth(
  ctx: UiContext,
  title: string,
  existing: ScenarioEntry,
  keep: (replaces?: string) => void,
): void {
  const words = ctx.words().messages.ownScenario;
  openDialog(words.sameTitle, (close) => [
    h('p', { text: words.sameTitleAsk(isolate(title)) }),
    h(
      'div',
      { class: 'button-row' },
      button(
        words.replace,
        () => {
          close();
          keep(existing.id);
        },
        { id: 'replace-own' },
      ),
      button(
        words.keepBoth,
        () => {
          close();
          keep();
        },
        { id: 'keep-both-own', class: 'primary' },
      ),
      button(ctx.words().messages.common.cancel, close),
    ),
  ]);
}
