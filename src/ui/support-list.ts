// The list of support services, as shown on the content notice, the break screen and the about page.
import { SUPPORT_CHECKED, SUPPORT_SERVICES } from '../app/support-services.ts';
import { h } from './dom.ts';

export function supportList(headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  return h(
    'section',
    { class: 'support', 'aria-labelledby': 'support-heading' },
    h(headingLevel, { id: 'support-heading', text: 'Where to get support' }),
    h(
      'ul',
      { class: 'support-list' },
      ...SUPPORT_SERVICES.map((s) =>
        h(
          'li',
          {},
          h('span', { class: 'name', text: s.name }),
          ' — ',
          h('span', { text: s.forWhom }),
          ' ',
          h('span', { class: 'contact', text: s.contact }),
        ),
      ),
    ),
    h('p', {
      class: 'muted',
      text: `Numbers last checked ${SUPPORT_CHECKED}. If a child is at risk, follow your own organisation's safeguarding procedures and contact your local children's social care.`,
    }),
  );
}
