// Every decision in order: the situation, what was chosen with its mapping and reason, and the roads not
// taken with theirs, each with "try this path instead".
import type { Debrief } from '../../core/scoring/debrief-model.ts';
import { button, h } from '../dom.ts';
import { mappingList } from '../option-mapping.ts';
import { stageLabel } from '../principle-names.ts';
import type { UiContext } from '../ui-context.ts';

export function decisionTimeline(
  ctx: UiContext,
  debrief: Debrief,
  tryPath: (ordinal: number, optionIndex: number) => void,
): HTMLElement {
  return h(
    'ol',
    { class: 'decision-list' },
    ...debrief.decisions.map((d) =>
      h(
        'li',
        { class: 'feedback', id: `decision-${d.ordinal + 1}` },
        h('h3', { text: `Decision ${d.ordinal + 1}${d.stage ? ` · ${stageLabel(ctx.principles, d.stage)}` : ''}` }),
        d.situation.length ? h('p', { class: 'muted situation', text: d.situation.join(' ') }) : null,
        h('p', {}, h('strong', { text: 'You chose: ' }), d.chosen.text),
        mappingList(ctx.principles, d.chosen),
        d.chosen.why ? h('p', { text: d.chosen.why }) : null,
        d.notTaken.length
          ? h(
              'details',
              { class: 'roads' },
              h('summary', { text: `The roads not taken (${d.notTaken.length})` }),
              h(
                'ul',
                {},
                ...d.notTaken.map((o) =>
                  h(
                    'li',
                    {},
                    h('p', { class: 'road-text', text: o.text }),
                    mappingList(ctx.principles, o),
                    o.why ? h('p', { class: 'muted', text: o.why }) : null,
                    button(
                      h(
                        'span',
                        {},
                        'Try this path instead',
                        h('span', { class: 'visually-hidden', text: `: ${o.text}` }),
                      ),
                      () => tryPath(d.ordinal, o.index),
                      { class: 'small no-print', 'data-try': `${d.ordinal}-${o.index}` },
                    ),
                  ),
                ),
              ),
            )
          : null,
      ),
    ),
  );
}
