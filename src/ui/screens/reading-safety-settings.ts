// The settings screen's "Reading and safety" group: summaries of distressing passages offered first.
import type { Settings } from '../../app/settings.ts';
import { h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';

export function readingSafetySettings(ctx: UiContext, set: (patch: Partial<Settings>) => void): HTMLElement {
  const words = ctx.words().messages.firstRun;
  const input = h('input', { type: 'checkbox', id: 'summaries-first', checked: ctx.settings().summariesFirst });
  input.addEventListener('change', () => set({ summariesFirst: input.checked }));
  return h(
    'fieldset',
    { class: 'reading-safety' },
    h('legend', { text: words.readingSafety }),
    h('div', { class: 'check-row' }, h('label', { for: 'summaries-first' }, input, words.summariesFirst)),
  );
}
