// The facilitator's guide: a screen with a print button (also opened on its own with ?guide, for printing),
// and the same text in a dialog during a session. Support services are listed with it.
import { button, h, screenHeading } from '../dom.ts';
import { openDialog } from '../dialog.ts';
import { supportList } from '../support-list.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import { GUIDE, GUIDE_INTRO, GUIDE_TITLE, type GuideSection } from './guide-content.ts';
import { timingsSection, type GuideTimings } from './guide-timings.ts';
import '../../styles/later.css';

/** The guide's text; the timings section is filled in once the planner has read the scenario. */
export function guideBody(level: 'h2' | 'h3', timings?: Promise<GuideTimings | undefined>): HTMLElement {
  const keysAt = GUIDE.findIndex((section) => section.heading === 'Keys');
  const slot = h('div', { class: 'fac-guide-timings' }, sectionOf(timingsSection(undefined), level));
  void timings?.then((found) => {
    if (found) slot.replaceChildren(sectionOf(timingsSection(found), level));
  });
  return h(
    'div',
    { class: 'fac-guide-body' },
    h('p', { class: 'lead', text: GUIDE_INTRO }),
    ...GUIDE.slice(0, keysAt).map((section) => sectionOf(section, level)),
    slot,
    ...GUIDE.slice(keysAt).map((section) => sectionOf(section, level)),
    supportList(level),
  );
}

function sectionOf(section: GuideSection, level: 'h2' | 'h3'): HTMLElement {
  const list = section.list
    ? h(section.numbered ? 'ol' : 'ul', {}, ...section.list.map((item) => h('li', { text: item })))
    : null;
  const table = section.table
    ? h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'tally fac-guide-table' },
          h('caption', { text: section.table.caption }),
          h('thead', {}, h('tr', {}, ...section.table.head.map((cell) => h('th', { scope: 'col', text: cell })))),
          h(
            'tbody',
            {},
            ...section.table.rows.map((row) =>
              h(
                'tr',
                {},
                ...row.map((cell, i) => (i === 0 ? h('th', { scope: 'row', text: cell }) : h('td', { text: cell }))),
              ),
            ),
          ),
        ),
      )
    : null;
  return h(
    'section',
    { class: 'fac-guide-section' },
    h(level, { text: section.heading }),
    ...(section.paragraphs ?? []).map((p) => h('p', { text: p })),
    list,
    table,
  );
}

export function guideScreen(
  ctx: UiContext,
  onBack: () => void,
  timings?: () => Promise<GuideTimings | undefined>,
): Screen {
  ctx.setLocation('Facilitator’s guide', false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', GUIDE_TITLE);
  const card = h(
    'div',
    { class: 'card wide fac-guide' },
    heading,
    h(
      'div',
      { class: 'button-row no-print' },
      button('Print this guide', () => window.print(), { class: 'primary', id: 'fac-print-guide' }),
      button('Back', onBack, { id: 'fac-guide-back' }),
    ),
    guideBody('h2', timings?.()),
    h('div', { class: 'button-row no-print' }, button('Back', onBack)),
  );
  return { element: h('div', { class: 'screen fac-guide-screen' }, card), focus: heading };
}

/** The guide over a running session, so the trainer can check something without leaving it. */
export function openGuideDialog(): void {
  openDialog(
    GUIDE_TITLE,
    (close) => [guideBody('h3'), h('div', { class: 'button-row' }, button('Close', close, { class: 'primary' }))],
    { wide: true },
  );
}
