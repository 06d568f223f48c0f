// Where this path ended, and, on request, which decisions led there: worked out a decision at a time
// between frames so the page stays responsive.
import type { PlayController } from '../../app/play-controller.ts';
import { influenceOf, type EndingInfluence } from '../../core/scoring/ending-influences.ts';
import { systemClock } from '../../core/testing-ports.ts';
import { button, h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';

export function endingSection(ctx: UiContext, controller: PlayController, endingText: string | undefined, onFound: (found: EndingInfluence[]) => void): HTMLElement {
  const view = controller.view();
  const result = h('div', { 'aria-live': 'polite' });
  const find = button('Which decisions led here?', () => {
    find.disabled = true;
    const decisions = view.decisions;
    const found: EndingInfluence[] = [];
    const status = h('p', { class: 'muted', text: 'Playing the roads not taken to see where they lead…' });
    result.replaceChildren(status);
    const next = (ordinal: number) => {
      if (ordinal >= decisions.length) {
        onFound(found);
        render(found);
        return;
      }
      const influence = influenceOf(controller.storySource(), controller.snapshot(), decisions, ordinal, systemClock);
      if (influence) found.push(influence);
      status.textContent = `Playing the roads not taken to see where they lead… (${ordinal + 1} of ${decisions.length})`;
      window.setTimeout(() => next(ordinal + 1), 0);
    };
    next(0);
  }, { id: 'find-influences' });

  const render = (found: EndingInfluence[]) => {
    const mattered = found.filter((i) => i.changedBy.length > 0);
    result.replaceChildren(
      mattered.length === 0
        ? h('p', { text: 'No single decision changed this ending on its own: it came from the pattern of choices together.' })
        : h('div', {},
          h('p', { text: `Taking a different option at ${mattered.length === 1 ? 'this decision' : `these ${mattered.length} decisions`}, and choosing as you did everywhere else, would have led somewhere else:` }),
          h('ul', {}, ...mattered.map((i) => h('li', {},
            h('a', { href: `#decision-${i.ordinal + 1}`, text: `Decision ${i.ordinal + 1}` }),
            `: you chose “${i.chosenText}”. Instead, “${i.changedBy[0]!.optionText}” would have ended at “${i.changedBy[0]!.ending ?? 'a different point'}”.`,
          ))),
        ),
    );
  };

  if (!view.ended) {
    return h('section', { class: 'notice' }, h('h2', { text: 'Not finished yet' }), h('p', { text: 'This path has not reached an ending yet: the debrief so far shows the decisions made.' }));
  }
  return h('section', { 'aria-labelledby': 'ending-heading' },
    h('h2', { id: 'ending-heading', text: 'Where this path ended' }),
    endingText ? h('p', { class: 'notice', text: endingText }) : null,
    h('p', { class: 'muted', text: `Ending: ${view.ending ?? 'unnamed'}. Endings are not wins or losses; they show what life might look like for the young people a few months on.` }),
    find,
    result,
  );
}
