// The end of a playthrough: the ending reached, the principle profile as bars and as a table,
// and every decision with the option taken, its reason, and the roads not taken.
import type { PlayController } from '../../app/play-controller.ts';
import { buildDebrief, type DebriefDecision, type PrincipleProfile } from '../../core/scoring/debrief-model.ts';
import { button, h, screenHeading } from '../dom.ts';
import { mappingList } from '../option-mapping.ts';
import { stageLabel } from '../principle-names.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function summaryScreen(ctx: UiContext, controller: PlayController): Screen {
  ctx.setLocation(`${controller.scenario.title}: what your choices meant`, false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  ctx.audio.playAmbient('calm');
  const debrief = buildDebrief(controller.view(), ctx.principles);
  const heading = screenHeading('h1', 'What your choices meant');
  const finalLine = controller.view().transcript.filter((l) => l.text !== '').at(-1)?.text;
  const card = h('div', { class: 'card wide summary' },
    heading,
    h('p', { class: 'lead', text: `${controller.scenario.title}. ${debrief.decisions.length} decisions.` }),
    finalLine ? h('p', { class: 'notice' }, h('strong', { text: 'Where this path ended: ' }), finalLine) : null,
    debrief.mapped ? profileTable(debrief.profile) : h('p', { class: 'notice', text: 'This story has no principle mapping, so there is no profile: the decisions are shown alone.' }),
    h('h2', { text: 'Your decisions, and the roads not taken' }),
    h('ol', { class: 'decision-list' }, ...debrief.decisions.map((d) => decisionItem(ctx, d))),
    notesBlock(ctx, controller),
    h('div', { class: 'button-row no-print' },
      button('Choose another scenario', () => ctx.go.menu(), { class: 'primary' }),
      button('Back to title', () => ctx.go.title()),
    ),
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

function profileTable(profile: readonly PrincipleProfile[]): HTMLElement {
  const most = Math.max(1, ...profile.map((p) => Math.max(p.supported, p.undermined)));
  const bar = (n: number, kind: 'supports' | 'undermines') => h('span', { class: `bar ${kind}`, style: undefined, 'aria-hidden': 'true', 'data-width': String(n / most) });
  const table = h('table', { class: 'tally' },
    h('caption', { class: 'visually-hidden', text: 'How often your choices supported and strained each principle' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Principle' }), h('th', { scope: 'col', text: 'Supported' }), h('th', { scope: 'col', text: 'Strained' }), h('th', { scope: 'col', text: 'What it meant' }))),
    h('tbody', {}, ...profile.map((p) => h('tr', {},
      h('th', { scope: 'row' }, p.name, h('br'), h('span', { class: 'muted', text: `“${p.feels}”` })),
      h('td', { class: 'num' }, bar(p.supported, 'supports'), ` ${p.supported}`),
      h('td', { class: 'num' }, bar(p.undermined, 'undermines'), ` ${p.undermined}`),
      h('td', { text: p.reading }),
    ))),
  );
  for (const span of table.querySelectorAll<HTMLElement>('.bar')) span.style.width = `${Number(span.dataset.width) * 5}rem`;
  return h('section', {}, h('h2', { text: 'Your profile across the eight principles' }), h('p', { class: 'muted', text: 'The principles are of equal weight and work together: there is no total score.' }), h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Profile table' }, table));
}

function decisionItem(ctx: UiContext, decision: DebriefDecision): HTMLElement {
  return h('li', { class: 'feedback' },
    h('h3', { text: `Decision ${decision.ordinal + 1}${decision.stage ? ` · ${stageLabel(ctx.principles, decision.stage)}` : ''}` }),
    decision.situation.length ? h('p', { class: 'muted', text: decision.situation.join(' ') }) : null,
    h('p', {}, h('strong', { text: 'You chose: ' }), decision.chosen.text),
    mappingList(ctx.principles, decision.chosen),
    decision.chosen.why ? h('p', { text: decision.chosen.why }) : null,
    decision.notTaken.length ? h('details', {},
      h('summary', { text: `The roads not taken (${decision.notTaken.length})` }),
      h('ul', {}, ...decision.notTaken.map((o) => h('li', {}, h('p', { text: o.text }), mappingList(ctx.principles, o), o.why ? h('p', { class: 'muted', text: o.why }) : null))),
    ) : null,
  );
}

function notesBlock(ctx: UiContext, controller: PlayController): HTMLElement | null {
  const notes = Object.entries(controller.allNotes());
  if (notes.length === 0) return null;
  const title = (key: string) => ctx.principles.principles.find((p) => p.id === key)?.name ?? ctx.principles.checkpoints.find((c) => c.id === key)?.name ?? key;
  return h('section', {}, h('h2', { text: 'Your notes' }), ...notes.map(([key, text]) => h('div', { class: 'feedback' }, h('h3', { text: title(key) }), h('p', { text }))));
}
