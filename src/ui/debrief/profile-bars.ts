// The principle profile as a chart drawn in HTML (strain to the left of a centre line, support to the right),
// so its words keep their size on a phone; a toggle shows the same as a table. Under it, for each principle,
// the decisions that moved it, each a link to that decision.
import type { PrincipleEvidence } from '../../core/scoring/principle-evidence.ts';
import type { PrincipleProfile } from '../../core/scoring/debrief-model.ts';
import { button, h } from '../dom.ts';
import type { DebriefWords } from './debrief-words.ts';
import '../../styles/later.css';

export function profileBars(w: DebriefWords, profile: readonly PrincipleProfile[], extraClass = ''): HTMLElement {
  const most = Math.max(1, ...profile.map((p) => Math.max(p.supported, p.undermined)));
  // Widths through the CSSOM: the page's content security policy refuses style attributes.
  const fill = (count: number) => {
    const bar = h('span', { class: 'bar-fill' });
    bar.style.width = `${String(Math.round((count / most) * 100))}%`;
    return bar;
  };
  return h(
    'div',
    { class: `profile-bars ${extraClass}` },
    h(
      'div',
      { class: 'bars-key', 'aria-hidden': 'true' },
      h('span', { class: 'key-strained', text: `◀ ${w.strainedKey}` }),
      h('span', { class: 'key-supported', text: `${w.supportedKey} ▶` }),
    ),
    h(
      'ul',
      { class: 'bars' },
      ...profile.map((p) =>
        h(
          'li',
          { class: 'bar-row' },
          h('span', { class: 'visually-hidden', text: w.chartLabel(p.name, p.supported, p.undermined) }),
          h('span', { class: 'bar-name', 'aria-hidden': 'true', text: p.short }),
          h(
            'span',
            { class: 'bar-track strained', 'aria-hidden': 'true' },
            h('span', { class: 'bar-count', text: String(p.undermined) }),
            fill(p.undermined),
          ),
          h(
            'span',
            { class: 'bar-track supported', 'aria-hidden': 'true' },
            fill(p.supported),
            h('span', { class: 'bar-count', text: String(p.supported) }),
          ),
        ),
      ),
    ),
  );
}

export function profileTable(w: DebriefWords, profile: readonly PrincipleProfile[]): HTMLElement {
  return h(
    'table',
    { class: 'tally profile-table' },
    h('caption', { class: 'visually-hidden', text: w.profileHeading }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', text: w.principle }),
        h('th', { scope: 'col', text: w.supportedKey }),
        h('th', { scope: 'col', text: w.strainedKey }),
      ),
    ),
    h(
      'tbody',
      {},
      ...profile.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', text: p.name }),
          h('td', { class: 'num', text: String(p.supported) }),
          h('td', { class: 'num', text: String(p.undermined) }),
        ),
      ),
    ),
  );
}

/** The chart, with a button that swaps it for the table and back. */
export function chartWithTable(w: DebriefWords, profile: readonly PrincipleProfile[]): HTMLElement {
  const chart = profileBars(w, profile);
  const table = h('div', { class: 'table-wrap', hidden: true }, profileTable(w, profile));
  const toggle = button(
    w.showTable,
    () => {
      const showTable = table.hidden;
      table.hidden = !showTable;
      chart.hidden = showTable;
      toggle.textContent = showTable ? w.showChart : w.showTable;
      toggle.setAttribute('aria-pressed', String(showTable));
    },
    { class: 'small no-print', id: 'profile-toggle', 'aria-pressed': 'false' },
  );
  return h('div', { class: 'chart-and-table' }, toggle, chart, table);
}

/** For each principle: the decisions whose choice supported and strained it, with what was chosen. */
export function principleSentences(w: DebriefWords, evidence: readonly PrincipleEvidence[]): HTMLElement {
  const cite = (moves: PrincipleEvidence['supportedBy']) =>
    h(
      'ul',
      { class: 'cited' },
      ...moves.map((m) =>
        h(
          'li',
          {},
          h('a', { href: `#decision-${m.ordinal + 1}`, 'data-open-decision': m.ordinal, text: w.decisionN(m.ordinal) }),
          `: “${m.chosenText}”`,
        ),
      ),
    );
  return h(
    'ul',
    { class: 'principle-sentences' },
    ...evidence.map((e) =>
      h(
        'li',
        { class: 'principle-evidence' },
        h('h3', { text: e.name }),
        e.supportedBy.length
          ? h('p', { class: 'supported-at', text: `${w.supportedAt(e.supportedBy.map((m) => m.ordinal))}:` })
          : null,
        e.supportedBy.length ? cite(e.supportedBy) : null,
        e.strainedBy.length
          ? h('p', { class: 'strained-at', text: `${w.strainedAt(e.strainedBy.map((m) => m.ordinal))}:` })
          : null,
        e.strainedBy.length ? cite(e.strainedBy) : null,
        e.supportedBy.length + e.strainedBy.length === 0 ? h('p', { class: 'muted', text: w.untouched }) : null,
      ),
    ),
  );
}
