// The principle profile drawn as a chart (support to the right, strain to the left of a centre line),
// beside an equivalent table for screen readers and print; earlier playthroughs shown for comparison.
import type { PrincipleProfile } from '../../core/scoring/debrief-model.ts';
import type { PrincipleComparison } from '../../core/scoring/profile-comparison.ts';
import { h } from '../dom.ts';
import { svgElement as svg } from '../svg.ts';

export function profileChart(profile: readonly PrincipleProfile[]): SVGSVGElement {
  const rowHeight = 44;
  const labelWidth = 300;
  const half = 260;
  const width = labelWidth + half * 2 + 40;
  const height = profile.length * rowHeight + 46;
  const most = Math.max(1, ...profile.map((p) => Math.max(p.supported, p.undermined)));
  const centre = labelWidth + half;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'profile-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  chart.append(
    svg('text', { x: centre - 12, y: 22, 'text-anchor': 'end', class: 'chart-key undermines' }, '◀ strained'),
    svg('text', { x: centre + 12, y: 22, class: 'chart-key supports' }, 'supported ▶'),
  );
  profile.forEach((p, i) => {
    const y = 36 + i * rowHeight;
    const scale = (n: number) => (n / most) * (half - 40);
    chart.append(
      svg('text', { x: labelWidth - 14, y: y + 25, 'text-anchor': 'end', class: 'chart-label' }, p.short),
      svg('rect', {
        x: centre - scale(p.undermined),
        y: y + 8,
        width: Math.max(scale(p.undermined), 0.001),
        height: 24,
        rx: 5,
        class: 'bar-undermines',
      }),
      svg('rect', {
        x: centre,
        y: y + 8,
        width: Math.max(scale(p.supported), 0.001),
        height: 24,
        rx: 5,
        class: 'bar-supports',
      }),
      svg(
        'text',
        { x: centre - scale(p.undermined) - 8, y: y + 26, 'text-anchor': 'end', class: 'chart-count' },
        String(p.undermined),
      ),
      svg('text', { x: centre + scale(p.supported) + 8, y: y + 26, class: 'chart-count' }, String(p.supported)),
    );
  });
  chart.append(svg('line', { x1: centre, x2: centre, y1: 30, y2: height - 4, class: 'chart-axis' }));
  return chart;
}

export function profileTable(
  profile: readonly PrincipleProfile[],
  comparison: readonly PrincipleComparison[] | undefined,
): HTMLElement {
  const withEarlier = comparison?.some((c) => c.before !== undefined) ?? false;
  const earlier = (id: string) => comparison?.find((c) => c.principle === id)?.before;
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Profile table' },
    h(
      'table',
      { class: 'tally' },
      h('caption', { class: 'visually-hidden', text: 'How often your choices supported and strained each principle' }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: 'Principle' }),
          h('th', { scope: 'col', text: 'Supported' }),
          h('th', { scope: 'col', text: 'Strained' }),
          withEarlier ? h('th', { scope: 'col', text: 'Earlier playthroughs (mean)' }) : null,
          h('th', { scope: 'col', text: 'What it meant' }),
        ),
      ),
      h(
        'tbody',
        {},
        ...profile.map((p) => {
          const before = earlier(p.principle);
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, p.name, h('br'), h('span', { class: 'muted', text: `“${p.feels}”` })),
            h('td', { class: 'num', text: String(p.supported) }),
            h('td', { class: 'num', text: String(p.undermined) }),
            withEarlier
              ? h('td', {
                  class: 'num',
                  text: before ? `${before.supported} supported, ${before.undermined} strained` : '—',
                })
              : null,
            h('td', { text: p.reading }),
          );
        }),
      ),
    ),
  );
}
