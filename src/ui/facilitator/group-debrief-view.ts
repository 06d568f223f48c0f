// The group debrief: five slides sized for the projector (the ending, the profile of the room's path, where the
// room split, the paths explored, closing questions and support), then the full record for the trainer: the
// path the group followed with its votes, the branch map, and the exports.
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import { optionLetter } from '../../core/facilitator/facilitator-state.ts';
import type { GroupDecision } from '../../core/facilitator/group-debrief.ts';
import { checkpointAfter } from '../../core/principles/principle-lookup.ts';
import '../../styles/debrief.css';
import { button, h } from '../dom.ts';
import { saveFile } from '../download.ts';
import type { Messages } from '../i18n/catalogue.ts';
import { mappingList } from '../option-mapping.ts';
import { stageLabel } from '../principle-names.ts';
import type { UiContext } from '../ui-context.ts';
import { branchMapView, type MapOptions } from './branch-map-view.ts';
import { groupSlides } from './group-debrief-slides.ts';
import { supportList } from '../support-list.ts';
import '../../styles/later.css';

export function groupDebriefView(
  ctx: UiContext,
  controller: FacilitatorController,
  map: MapOptions,
  onFinish: () => void,
): HTMLElement {
  const w = ctx.words().messages.groupDebrief;
  const group = controller.room.debrief(ctx.principles);
  const slides = groupSlides(w, ctx.words().messages.debrief, {
    group,
    endingText: controller.room.endingText(),
    closingQuestions: checkpointAfter(ctx.principles, 'end')?.questions ?? [],
    principles: ctx.principles,
  });
  return h(
    'div',
    { class: 'fac-debrief' },
    h('h2', { class: 'visually-hidden', text: w.heading }),
    h('div', { class: 'fac-slides' }, ...slides),
    h(
      'section',
      { class: 'fac-record', 'aria-labelledby': 'fac-record-heading' },
      h('h3', { id: 'fac-record-heading', 'data-block': '', text: w.recordHeading }),
      h('h4', { 'data-block': '', text: w.pathHeading }),
      h('ol', { class: 'fac-path' }, ...group.decisions.map((d) => decisionItem(ctx, w, d))),
      h('h4', { 'data-block': '', text: w.mapHeading }),
      branchMapView(controller, map),
      supportList('h3'),
      h(
        'div',
        { class: 'no-print fac-exports', 'data-block': '' },
        h('h4', { text: w.exportsHeading }),
        h('p', { class: 'fac-note', text: w.exportsNote }),
        h(
          'div',
          { class: 'button-row' },
          button(w.print, () => window.print(), { 'data-fid': 'print' }),
          button(w.markdown, () => saveFile(controller.room.debriefFile(ctx.principles, ctx.clock.now())), {
            id: 'fac-export-markdown',
            'data-fid': 'markdown',
          }),
          controller.state.finishedAt === null
            ? button(w.finish, onFinish, { 'data-fid': 'finish', id: 'fac-finish' })
            : null,
        ),
      ),
    ),
  );
}

function decisionItem(ctx: UiContext, w: Messages['groupDebrief'], d: GroupDecision): HTMLElement {
  const chosen = d.options[d.chosen];
  return h(
    'li',
    { class: 'fac-path-item', 'data-block': '' },
    h('h5', { text: `${w.splitDecision(d.ordinal)}${d.stage ? ` · ${stageLabel(ctx.principles, d.stage)}` : ''}` }),
    h('p', {}, h('strong', { text: `${optionLetter(d.chosen)}. ` }), chosen?.text ?? ''),
    h('p', {
      class: 'fac-note',
      text: `${w.handsLine(d.votes.map((n, i) => `${optionLetter(i)} ${String(n)}`).join(' · '))} ${w.room[d.withRoom]}`,
    }),
    chosen ? mappingList(ctx.principles, chosen) : null,
    chosen?.why ? h('p', { class: 'fac-why', text: chosen.why }) : null,
  );
}
