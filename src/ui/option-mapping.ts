// Shows an option's principle mapping (supports / undermines) and its reason, as text and as labelled chips.
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import type { OptionRecord } from '../core/session/session-types.ts';
import { h } from './dom.ts';
import { principleName } from './principle-names.ts';

export function mappingList(catalogue: PrincipleCatalogue, option: OptionRecord): HTMLElement {
  const items = [
    ...option.supports.map((id) =>
      h('li', { class: 'supports' }, h('span', { text: 'Supports: ' }), principleName(catalogue, id)),
    ),
    ...option.undermines.map((id) =>
      h('li', { class: 'undermines' }, h('span', { text: 'Strains: ' }), principleName(catalogue, id)),
    ),
  ];
  return items.length > 0
    ? h('ul', { class: 'mapping' }, ...items)
    : h('p', { class: 'muted', text: 'This option has no principle mapping.' });
}

export function mappingBlock(catalogue: PrincipleCatalogue, option: OptionRecord, heading: string): HTMLElement {
  return h(
    'section',
    { class: 'feedback' },
    h('h2', { text: heading }),
    h('p', { class: 'chosen-text', text: option.text }),
    mappingList(catalogue, option),
    option.why ? h('p', { class: 'why', text: option.why }) : null,
  );
}
