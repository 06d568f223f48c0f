// The debrief: where this path ended and what led there, the principle profile (chart and table, with
// earlier playthroughs), the branch map, every decision with the roads not taken and "try this path
// instead", reflections notes, and exports (print, Markdown, JSON).
import type { PlayController } from '../../app/play-controller.ts';
import { buildDebrief, type Debrief } from '../../core/scoring/debrief-model.ts';
import { compareProfiles } from '../../core/scoring/profile-comparison.ts';
import { tallyPrinciples, type PrincipleTally } from '../../core/scoring/tallies.ts';
import { debriefJson, debriefMarkdown, minutesSpent, type DebriefExportInput } from '../../core/export/debrief-export.ts';
import type { EndingInfluence } from '../../core/scoring/ending-influences.ts';
import { button, formatDate, h, screenHeading } from '../dom.ts';
import { downloadText, fileStem } from '../download.ts';
import type { GameApp } from '../game-app.ts';
import { branchMap } from '../debrief/branch-map.ts';
import { decisionTimeline } from '../debrief/decision-timeline.ts';
import { endingSection } from '../debrief/ending-section.ts';
import { profileChart, profileTable } from '../debrief/profile-chart.ts';
import { reflectionNotes } from '../debrief/reflection-notes.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function debriefScreen(ctx: UiContext, app: GameApp, controller: PlayController): Screen {
  ctx.setLocation(`${controller.scenario.title}: debrief`, false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  ctx.audio.playAmbient('calm');
  const view = controller.view();
  const debrief = buildDebrief(view, ctx.principles);
  const branches = controller.branches();
  const heading = screenHeading('h1', 'Debrief: what your choices meant');
  const endingText = view.ended ? view.transcript.filter((l) => l.text !== '').at(-1)?.text : undefined;
  let influences: EndingInfluence[] | undefined;
  const exportInput = (): DebriefExportInput => ({
    scenarioId: controller.scenario.id,
    scenarioTitle: controller.scenario.title,
    exportedAt: Date.now(),
    startedAt: controller.snapshot().startedAt,
    lastChoiceAt: controller.snapshot().times.at(-1) ?? controller.snapshot().startedAt,
    endingText,
    debrief,
    notes: controller.allNotes(),
    branchCount: branches.length,
    influences,
  });

  const comparisonSlot = h('div', {}, profileTable(debrief.profile, undefined));
  void app.saves.finished(app.currentProfileId ?? 'guest').then((history) => {
    const earlier = history.filter((f) => f.scenarioId === controller.scenario.id && f.id !== controller.playthroughId).map((f) => f.profile as PrincipleTally[]);
    if (earlier.length === 0) return;
    const now = tallyPrinciples(view.decisions, ctx.principles.principles.map((p) => p.id));
    comparisonSlot.replaceChildren(
      h('p', { class: 'muted', text: `Compared with your ${earlier.length === 1 ? 'earlier playthrough' : `${earlier.length} earlier playthroughs`} of this scenario.` }),
      profileTable(debrief.profile, compareProfiles(now, earlier)),
    );
  });

  const card = h('div', { class: 'card wide debrief' },
    heading,
    h('p', { class: 'lead', text: `${controller.scenario.title} · ${formatDate(Date.now())} · about ${minutesSpent(exportInput())} minutes · ${debrief.decisions.length} decisions${branches.length > 1 ? ` · ${branches.length} branches explored` : ''}` }),
    endingSection(ctx, controller, endingText, (found) => (influences = found)),
    profileSection(debrief, comparisonSlot),
    h('section', { 'aria-labelledby': 'map-heading' }, h('h2', { id: 'map-heading', text: 'Your path as a map' }), branchMap(branches, 'current', ctx.principles)),
    differencesSection(debrief),
    h('section', { 'aria-labelledby': 'decisions-heading' },
      h('h2', { id: 'decisions-heading', text: 'Your decisions, and the roads not taken' }),
      h('p', { class: 'muted', text: '"Try this path instead" goes back to that decision and takes the other option. This path is kept, and both appear on the map.' }),
      decisionTimeline(ctx, debrief, (ordinal, optionIndex) => {
        const problem = controller.tryOtherPath(ordinal, optionIndex);
        if (problem) ctx.toast(problem);
        else ctx.go.play(controller);
      }),
    ),
    reflectionNotes(ctx, controller),
    h('section', { class: 'no-print', 'aria-labelledby': 'export-heading' },
      h('h2', { id: 'export-heading', text: 'Keep a copy' }),
      h('p', { class: 'muted', text: 'For your CPD record or supervision. Files are saved to this device only.' }),
      h('div', { class: 'button-row' },
        button('Print or save as PDF', () => window.print()),
        button('Download as Markdown', () => downloadText(`${fileStem(controller.scenario.id, Date.now())}-debrief.md`, debriefMarkdown(exportInput(), ctx.principles), 'text/markdown'), { id: 'export-markdown' }),
        button('Download as JSON', () => downloadText(`${fileStem(controller.scenario.id, Date.now())}-debrief.json`, debriefJson(exportInput()), 'application/json'), { id: 'export-json' }),
      ),
    ),
    h('div', { class: 'button-row no-print' },
      button('Choose another scenario', () => ctx.go.menu(), { class: 'primary' }),
      button('Back to title', () => ctx.go.title()),
    ),
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

function profileSection(debrief: Debrief, table: HTMLElement): HTMLElement {
  if (!debrief.mapped) return h('p', { class: 'notice', text: 'This story has no principle mapping, so there is no profile: the decisions are shown alone.' });
  return h('section', { 'aria-labelledby': 'profile-heading' },
    h('h2', { id: 'profile-heading', text: 'Your profile across the eight principles' }),
    h('p', { class: 'muted', text: 'The principles are of equal weight and work together: there is no total score. The chart and the table show the same thing.' }),
    h('div', { class: 'chart-wrap' }, profileChart(debrief.profile)),
    table,
  );
}

function differencesSection(debrief: Debrief): HTMLElement | null {
  const differing = debrief.decisions.filter((d) => d.chosen.differs || d.notTaken.some((o) => o.differs));
  if (differing.length === 0) return null;
  return h('section', { 'aria-labelledby': 'differs-heading' },
    h('h2', { id: 'differs-heading', text: 'What was different in this version' }),
    h('ul', {}, ...differing.map((d) => h('li', {}, h('strong', { text: `Decision ${d.ordinal + 1}: ` }), [d.chosen, ...d.notTaken].map((o) => o.differs).filter(Boolean).join(' ')))),
  );
}
