// The group debrief: the path the room followed with its votes, the branches explored, the principle profile
// of the room's path (the solo debrief's chart and table), closing words and support, and the exports.
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import { optionLetter } from '../../core/facilitator/facilitator-state.ts';
import type { GroupDebrief, GroupDecision } from '../../core/facilitator/group-debrief.ts';
import { checkpointAfter } from '../../core/principles/principle-lookup.ts';
import { profileChart, profileTable } from '../debrief/profile-chart.ts';
import { button, h } from '../dom.ts';
import { saveFile } from '../download.ts';
import { mappingList } from '../option-mapping.ts';
import { stageLabel } from '../principle-names.ts';
import { supportList } from '../support-list.ts';
import type { UiContext } from '../ui-context.ts';
import { branchMapView, type MapOptions } from './branch-map-view.ts';

const ROOM: Record<GroupDecision['withRoom'], string> = {
  followed: 'The group went with the room’s majority.',
  'chose-other': 'The group took another option than the most hands.',
  tie: 'The vote was tied; the group took one of the leading options.',
  'no-vote': 'No vote was recorded here.',
};

export function groupDebriefView(
  ctx: UiContext,
  controller: FacilitatorController,
  map: MapOptions,
  onFinish: () => void,
): HTMLElement {
  const group = controller.room.debrief(ctx.principles);
  const endingText = controller.room.endingText();
  const closing = checkpointAfter(ctx.principles, 'end');
  return h(
    'div',
    { class: 'fac-debrief' },
    h('h2', { 'data-block': '', text: 'Group debrief' }),
    h('p', { class: 'fac-lead', 'data-block': '', text: summary(group, controller.scenario.title) }),
    endingText
      ? h('p', { class: 'fac-ending', 'data-block': '', text: endingText })
      : h('p', { class: 'fac-ending', 'data-block': '', text: 'The room has not reached an ending on this path yet.' }),
    h(
      'section',
      { 'aria-labelledby': 'fac-profile-heading' },
      h('h3', { id: 'fac-profile-heading', 'data-block': '', text: 'The principle profile of the group’s path' }),
      group.debrief.mapped
        ? h(
            'div',
            {},
            h('p', {
              class: 'fac-note',
              'data-block': '',
              text: 'The principles are of equal weight and work together: there is no total score.',
            }),
            h('div', { class: 'fac-chart', 'data-block': '' }, profileChart(group.debrief.profile)),
            h(
              'details',
              { class: 'fac-table', 'data-block': '' },
              h('summary', { text: 'The profile as a table' }),
              profileTable(group.debrief.profile, undefined),
            ),
          )
        : h('p', { text: 'This story has no principle mapping, so there is no profile.' }),
    ),
    h(
      'section',
      { 'aria-labelledby': 'fac-path-heading' },
      h('h3', { id: 'fac-path-heading', 'data-block': '', text: 'The path the group followed' }),
      h('ol', { class: 'fac-path' }, ...group.decisions.map((d) => decisionItem(ctx, d))),
    ),
    h(
      'section',
      { 'aria-labelledby': 'fac-branches-heading' },
      h('h3', { id: 'fac-branches-heading', 'data-block': '', text: `Branches explored: ${group.branches.length}` }),
      branchMapView(controller, map),
    ),
    h(
      'section',
      { 'aria-labelledby': 'fac-closing-heading', class: 'fac-closing' },
      h('h3', { id: 'fac-closing-heading', 'data-block': '', text: 'Closing the session' }),
      closing
        ? h('ul', { class: 'fac-questions', 'data-block': '' }, ...closing.questions.map((q) => h('li', { text: q })))
        : null,
      h('p', {
        'data-block': '',
        text: 'Some of this may stay with you. Talk to someone you trust, use supervision, and look after yourself today.',
      }),
      h('div', { 'data-block': '' }, supportList('h3')),
    ),
    h(
      'section',
      { class: 'no-print fac-exports', 'aria-labelledby': 'fac-export-heading' },
      h('h3', { id: 'fac-export-heading', text: 'Keep a record' }),
      h('p', { class: 'fac-note', text: 'Saved to this device only: nothing is sent anywhere.' }),
      h(
        'div',
        { class: 'button-row' },
        button('Print or save as PDF', () => window.print(), { 'data-fid': 'print' }),
        button('Download as Markdown', () => saveFile(controller.room.debriefFile(ctx.principles, ctx.clock.now())), {
          id: 'fac-export-markdown',
          'data-fid': 'markdown',
        }),
        controller.state.finishedAt === null
          ? button('End the session', onFinish, { 'data-fid': 'finish', id: 'fac-finish' })
          : null,
      ),
    ),
  );
}

function summary(group: GroupDebrief, title: string): string {
  const n = group.decisions.length;
  const ties = group.decisions.filter((d) => d.withRoom === 'tie').length;
  const b = group.branches.length;
  return `${title}: ${n} ${n === 1 ? 'decision' : 'decisions'} on the path followed. The room’s hands were recorded at ${group.votedDecisions} of them; the group went with the most hands at ${group.followedRoom}${ties ? ` and chose between tied options at ${ties}` : ''}. ${b} ${b === 1 ? 'branch' : 'branches'} explored.`;
}

function decisionItem(ctx: UiContext, d: GroupDecision): HTMLElement {
  const chosen = d.options[d.chosen];
  return h(
    'li',
    { class: 'fac-path-item', 'data-block': '' },
    h('h4', { text: `Decision ${d.ordinal + 1}${d.stage ? ` · ${stageLabel(ctx.principles, d.stage)}` : ''}` }),
    h('p', {}, h('strong', { text: `${optionLetter(d.chosen)}. ` }), chosen?.text ?? ''),
    h('p', {
      class: 'fac-note',
      text: `Hands: ${d.votes.map((n, i) => `${optionLetter(i)} ${n}`).join(' · ')}. ${ROOM[d.withRoom]}`,
    }),
    chosen ? mappingList(ctx.principles, chosen) : null,
    chosen?.why ? h('p', { class: 'fac-why', text: chosen.why }) : null,
  );
}
