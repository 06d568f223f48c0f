// The settings section for reading aloud: on or off (off by default), the voice (only the device's own
// voices are listed, and the section says so when there are none) and the speed.
import type { Settings } from '../../app/settings.ts';
import type { SpeechVoice } from '../../core/ports.ts';
import { h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';

const RATES = [0.75, 1, 1.25, 1.5] as const;

export function readAloudSettings(
  ctx: UiContext,
  voices: () => Promise<readonly SpeechVoice[]>,
  set: (patch: Partial<Settings>) => void,
): HTMLElement {
  const words = ctx.words().messages.readAloud;
  const s = ctx.settings();
  const on = h('input', { type: 'checkbox', id: 'read-aloud-on', checked: s.readAloud });
  on.addEventListener('change', () => set({ readAloud: on.checked }));
  const voice = h('select', { id: 'read-aloud-voice' }, h('option', { value: '', text: words.defaultVoice }));
  voice.addEventListener('change', () => set({ speechVoice: voice.value === '' ? undefined : voice.value }));
  const rate = h(
    'select',
    { id: 'read-aloud-rate' },
    ...RATES.map((r) => h('option', { value: String(r), text: words.speedValue(r), selected: r === s.speechRate })),
  );
  rate.addEventListener('change', () => set({ speechRate: Number(rate.value) }));
  const note = h('p', { class: 'setting-help', id: 'read-aloud-help', text: words.settingHelp });
  on.setAttribute('aria-describedby', 'read-aloud-help');
  const section = h(
    'fieldset',
    { class: 'read-aloud-settings' },
    h('legend', { text: words.settingsHeading }),
    h('div', { class: 'check' }, on, h('label', { for: 'read-aloud-on', text: words.settingOn })),
    note,
    h('div', { class: 'field' }, h('label', { for: 'read-aloud-voice', text: words.voice }), voice),
    h('div', { class: 'field' }, h('label', { for: 'read-aloud-rate', text: words.speed }), rate),
  );
  void voices().then((list) => {
    if (list.length === 0) {
      voice.disabled = true;
      note.after(h('p', { class: 'setting-help read-aloud-none', role: 'note', text: words.noVoices }));
      return;
    }
    for (const v of list)
      voice.append(h('option', { value: v.id, text: `${v.name} (${v.lang})`, selected: v.id === s.speechVoice }));
  });
  return section;
}
