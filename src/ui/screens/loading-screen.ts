// The loading screen: a labelled progress bar while storage and settings are read.
import { h } from '../dom.ts';

export function showLoading(root: HTMLElement): { progress: (fraction: number) => void } {
  const fill = h('span');
  const bar = h(
    'div',
    {
      class: 'progress',
      role: 'progressbar',
      'aria-label': 'Loading Practice Paths',
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
    },
    fill,
  );
  root.replaceChildren(
    h(
      'main',
      { class: 'screen', style: undefined },
      h('div', { class: 'card' }, h('h1', { text: 'Practice Paths' }), h('p', { text: 'Loading…' }), bar),
    ),
  );
  return {
    progress: (fraction) => {
      const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
      fill.style.width = `${percent}%`;
      bar.setAttribute('aria-valuenow', String(percent));
    },
  };
}
