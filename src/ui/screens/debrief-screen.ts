// The debrief: where this path ended and what led there, the principle profile (chart and table, with
// earlier playthroughs), the branch map, every decision with the roads not taken and "try this path
// instead", reflections notes, and exports (print, Markdown, JSON). The model comes from the app's debrief.
import type { SoloDebrief } from '../../app/debrief-service.ts';
import type { PlayController } from '../../app/play-controller.ts';
import { button, formatDate, h, screenHeading } from '../dom.ts';
import { saveFile } from '../download.ts';
import { branchMap } from '../debrief/branch-map.ts';
import { decisionTimeline } from '../debrief/decision-timeline.ts';
import { endingSection } from '../debrief/ending-section.ts';
import { profileChart, profileTable } from '../debrief/profile-chart.ts';
import { reflectionNotes } from '../debrief/reflection-notes.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function debriefScreen(ctx: UiContext, debrief: SoloDebrief, controller: PlayController): Screen {
  ctx.setLocation(`${debrief.scenario.title}: debrief`, false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  ctx.audio.playAmbient('calm');
  const model = debrief.debrief;
  const branches = debrief.branches;
  const heading = screenHeading('h1', 'Debrief: what your choices meant');

  const comparisonSlot = h('div', {}, profileTable(model.profile, undefined));
  void debrief.comparison().then((compared) => {
    if (!compared) return;
    comparisonSlot.replaceChildren(
      h('p', {
        class: 'muted',
        text: `Compared with your ${compared.earlier === 1 ? 'earlier playthrough' : `${compared.earlier} earlier playthroughs`} of this scenario.`,
      }),
      profileTable(model.profile, compared.table),
    );
  });

  const card = h(
    'div',
    { class: 'card wide debrief' },
    heading,
    h('p', {
      class: 'lead',
      text: `${debrief.scenario.title} · ${formatDate(ctx.clock.now())} · about ${debrief.minutes} minutes · ${model.decisions.length} decisions${branches.length > 1 ? ` · ${branches.length} branches explored` : ''}`,
    }),
    endingSection(debrief),
    profileSection(debrief, comparisonSlot),
    h(
      'section',
      { 'aria-labelledby': 'map-heading' },
      h('h2', { id: 'map-heading', text: 'Your path as a map' }),
      branchMap(branches, debrief.currentBranchId, ctx.principles),
    ),
    differencesSection(debrief),
    h(
      'section',
      { 'aria-labelledby': 'decisions-heading' },
      h('h2', { id: 'decisions-heading', text: 'Your decisions, and the roads not taken' }),
      h('p', {
        class: 'muted',
        text: '"Try this path instead" goes back to that decision and takes the other option. This path is kept, and both appear on the map.',
      }),
      decisionTimeline(ctx, model, (ordinal, optionIndex) => {
        const problem = debrief.tryOtherPath(ordinal, optionIndex);
        if (problem) ctx.toast(problem);
        else ctx.go.play(controller);
      }),
    ),
    reflectionNotes(ctx, controller),
    h(
      'section',
      { class: 'no-print', 'aria-labelledby': 'export-heading' },
      h('h2', { id: 'export-heading', text: 'Keep a copy' }),
      h('p', { class: 'muted', text: 'For your CPD record or supervision. Files are saved to this device only.' }),
      h(
        'div',
        { class: 'button-row' },
        button('Print or save as PDF', () => window.print()),
        button('Download as Markdown', () => saveFile(debrief.markdownFile()), { id: 'export-markdown' }),
        button('Download as JSON', () => saveFile(debrief.jsonFile()), { id: 'export-json' }),
      ),
    ),
    h(
      'div',
      { class: 'button-row no-print' },
      button('Choose another scenario', () => ctx.go.menu(), { class: 'primary' }),
      button('Back to title', () => ctx.go.title()),
    ),
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

function profileSection(debrief: SoloDebrief, table: HTMLElement): HTMLElement {
  const model = debrief.debrief;
  if (!model.mapped)
    return h('p', {
      class: 'notice',
      text: 'This story has no principle mapping, so there is no profile: the decisions are shown alone.',
    });
  return h(
    'section',
    { 'aria-labelledby': 'profile-heading' },
    h('h2', { id: 'profile-heading', text: 'Your profile across the eight principles' }),
    h('p', {
      class: 'muted',
      text: 'The principles are of equal weight and work together: there is no total score. The chart and the table show the same thing.',
    }),
    h('div', { class: 'chart-wrap' }, profileChart(model.profile)),
    table,
  );
}

function differencesSection(debrief: SoloDebrief): HTMLElement | null {
  const differing = debrief.differing;
  if (differing.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'differs-heading' },
    h('h2', { id: 'differs-heading', text: 'What was different in this version' }),
    h(
      'ul',
      {},
      ...differing.map((d) =>
        h(
          'li',
          {},
          h('strong', { text: `Decision ${d.ordinal + 1}: ` }),
          [d.chosen, ...d.notTaken]
            .map((o) => o.differs)
            .filter(Boolean)
            .join(' '),
        ),
      ),
    ),
  );
}
