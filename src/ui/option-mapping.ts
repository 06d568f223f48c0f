// Shows an option's principle mapping (supports / undermines) and its reason, as text and as labelled chips.
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import type { OptionRecord } from '../core/session/session-types.ts';
import { h } from './dom.ts';
import { findPrinciple } from '../core/principles/principle-lookup.ts';
import { principleName } from './principle-names.ts';

/**
 * The option's principle chips. With `shortNames`, each chip also carries the principle's short name, for a
 * screen that may draw the short one where space is tight (the projector's grid in short forms).
 */
export function mappingList(catalogue: PrincipleCatalogue, option: OptionRecord, shortNames = false): HTMLElement {
  const name = (id: string) =>
    shortNames
      ? [
          h('span', { class: 'name-full', text: principleName(catalogue, id) }),
          h('span', { class: 'name-short', text: findPrinciple(catalogue, id)?.short ?? id }),
        ]
      : [principleName(catalogue, id)];
  const items = [
    ...option.supports.map((id) => h('li', { class: 'supports' }, h('span', { text: 'Supports: ' }), ...name(id))),
    ...option.undermines.map((id) => h('li', { class: 'undermines' }, h('span', { text: 'Strains: ' }), ...name(id))),
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
