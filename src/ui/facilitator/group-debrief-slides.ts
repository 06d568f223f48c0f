// The group debrief's five projector slides: the ending; the profile of the room's path; where the room split;
// the paths explored; closing questions and support. Each slide is one screen of the audience window, so the
// session's "next" key (Page Down, → or Space) moves a slide at a time, in both windows.
import { optionLetter } from '../../core/facilitator/facilitator-state.ts';
import type { GroupDebrief } from '../../core/facilitator/group-debrief.ts';
import type { PrincipleCatalogue } from '../../core/principles/principle-catalogue.ts';
import { endingLabel } from '../../core/session/scene-page.ts';
import { whereTheRoomSplit } from '../../app/debrief-service.ts';
import { FIRST_SUPPORT, SUPPORT_SERVICES } from '../../app/support-services.ts';
import { profileBars } from '../debrief/profile-bars.ts';
import type { DebriefWords } from '../debrief/debrief-words.ts';
import { h } from '../dom.ts';
import type { Messages } from '../i18n/catalogue.ts';

type Words = Messages['groupDebrief'];

export interface SlideInput {
  readonly group: GroupDebrief;
  readonly endingText: string | undefined;
  readonly closingQuestions: readonly string[];
  readonly principles: PrincipleCatalogue;
}

function slide(w: Words, index: number, of: number, id: string, title: string, ...body: HTMLElement[]): HTMLElement {
  return h(
    'section',
    { class: `fac-slide fac-slide-${id}`, 'aria-labelledby': `fac-slide-${id}`, 'data-slide': index },
    // Where "next" stops: the audience window scrolls a block at a time, and this marks the slide's top.
    h('span', { class: 'fac-slide-mark', 'data-block': '' }),
    h('h3', { id: `fac-slide-${id}`, text: title }),
    ...body,
    h('p', { class: 'fac-slide-count', text: w.slideOf(index + 1, of) }),
  );
}

export function groupSlides(w: Words, dw: DebriefWords, input: SlideInput): HTMLElement[] {
  const { group } = input;
  const current = group.branches.find((b) => b.current);
  const title = current ? endingLabel(current) : undefined;
  const of = 5;
  return [
    slide(
      w,
      0,
      of,
      'ending',
      w.endingHeading,
      h('p', { class: 'fac-slide-ending', text: title ?? w.noEnding }),
      input.endingText ? h('p', { class: 'fac-slide-meaning', text: input.endingText }) : h('span'),
      h('p', {
        class: 'fac-slide-small',
        text: w.pathLine(group.decisions.length, group.votedDecisions, group.followedRoom, group.branches.length),
      }),
    ),
    slide(
      w,
      1,
      of,
      'profile',
      w.profileHeading,
      group.debrief.mapped ? profileBars(dw, group.debrief.profile, 'fac-bars') : h('p', { text: w.unmapped }),
      h('p', { class: 'fac-slide-small', text: w.profileNote }),
    ),
    slide(w, 2, of, 'split', w.splitHeading, splitList(w, group)),
    slide(w, 3, of, 'branches', w.branchesHeading, branchList(w, group)),
    slide(
      w,
      4,
      of,
      'closing',
      w.closingHeading,
      h('ul', { class: 'fac-questions' }, ...input.closingQuestions.map((q) => h('li', { text: q }))),
      h('p', { class: 'fac-slide-small', text: w.care }),
      h(
        'ul',
        { class: 'fac-slide-support', 'aria-label': w.supportHeading },
        // The three most relevant services at projector size; the full list is in the record after the slides.
        ...SUPPORT_SERVICES.filter((s) => FIRST_SUPPORT.includes(s.name)).map((s) =>
          h('li', {}, h('strong', { text: s.name }), ` ${s.contact}`),
        ),
      ),
      h('p', { class: 'fac-slide-small', text: w.moreSupport }),
    ),
  ];
}

function splitList(w: Words, group: GroupDebrief): HTMLElement {
  const splits = whereTheRoomSplit(group.decisions);
  if (splits.length === 0) return h('p', { text: w.noSplits });
  return h(
    'ul',
    { class: 'fac-splits' },
    ...splits.map((s) => {
      const d = group.decisions.find((x) => x.ordinal === s.ordinal);
      const chosen = d?.options[s.chosen]?.text ?? '';
      return h(
        'li',
        {},
        h('strong', { text: `${w.splitDecision(s.ordinal)}: ` }),
        s.votes.map((v, i) => `${w.hands(optionLetter(i), v)}${i === s.chosen ? ` (${w.taken})` : ''}`).join(' · '),
        h('span', { class: 'fac-split-chosen', text: ` — ${optionLetter(s.chosen)}. ${chosen}` }),
      );
    }),
  );
}

function branchList(w: Words, group: GroupDebrief): HTMLElement {
  return h(
    'ul',
    { class: 'fac-slide-branches' },
    ...group.branches.map((b, i) => {
      const ended = endingLabel(b);
      return h('li', {
        text: `${w.branchLine(i + 1, b.current, b.decisions)}${ended ? w.endedAt(ended) : w.unfinished}`,
      });
    }),
  );
}
