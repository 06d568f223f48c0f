// Where this path ended, and, on request, which decisions led there: the app plays the roads not taken a
// decision at a time, and this view lets the page breathe between them and shows how far it has got.
import type { DecisiveChoice, SoloDebrief } from '../../app/debrief-service.ts';
import { button, h } from '../dom.ts';

export function endingSection(debrief: SoloDebrief): HTMLElement {
  if (!debrief.ended) {
    return h(
      'section',
      { class: 'notice' },
      h('h2', { text: 'Not finished yet' }),
      h('p', { text: 'This path has not reached an ending yet: the debrief so far shows the decisions made.' }),
    );
  }
  const result = h('div', { 'aria-live': 'polite' });
  const find = button(
    'Which decisions led here?',
    () => {
      find.disabled = true;
      const status = h('p', { class: 'muted', text: 'Playing the roads not taken to see where they lead…' });
      result.replaceChildren(status);
      void debrief
        .findDecisive((done, total) => {
          status.textContent = `Playing the roads not taken to see where they lead… (${done} of ${total})`;
          return new Promise((resolve) => window.setTimeout(resolve, 0));
        })
        .then((decisive) => result.replaceChildren(decisiveList(decisive)));
    },
    { id: 'find-influences' },
  );
  const { text, label } = debrief.ending;
  return h(
    'section',
    { 'aria-labelledby': 'ending-heading' },
    h('h2', { id: 'ending-heading', text: 'Where this path ended' }),
    text ? h('p', { class: 'notice', text }) : null,
    h('p', {
      class: 'muted',
      text: `Ending: ${label ?? 'unnamed'}. Endings are not wins or losses; they show what life might look like for the young people a few months on.`,
    }),
    find,
    result,
  );
}

function decisiveList(decisive: readonly DecisiveChoice[]): HTMLElement {
  if (decisive.length === 0)
    return h('p', {
      text: 'No single decision changed this ending on its own: it came from the pattern of choices together.',
    });
  return h(
    'div',
    {},
    h('p', {
      text: `Taking a different option at ${decisive.length === 1 ? 'this decision' : `these ${decisive.length} decisions`}, and choosing as you did everywhere else, would have led somewhere else:`,
    }),
    h(
      'ul',
      {},
      ...decisive.map((d) =>
        h(
          'li',
          {},
          h('a', { href: `#decision-${d.ordinal + 1}`, text: `Decision ${d.ordinal + 1}` }),
          `: you chose “${d.chosenText}”. Instead, “${d.insteadText}” would have ended at “${d.wouldEndAt ?? 'a different point'}”.`,
        ),
      ),
    ),
  );
}
