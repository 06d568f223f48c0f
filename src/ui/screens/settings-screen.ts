// Settings: text size, text speed, contrast, motion, sound and coach mode; each applies at once and is remembered.
import { TEXT_SCALES, TEXT_SPEEDS, type Settings, type TextSpeed } from '../../app/settings.ts';
import { button, h, screenHeading } from '../dom.ts';
import type { DeviceData } from '../../app/device-data.ts';
import { saveFile } from '../download.ts';
import { importBackupFile, type BackupImport } from './backup-import.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import { readingSafetySettings } from './reading-safety-settings.ts';
import { readAloudSettings } from '../read-aloud/read-aloud-settings.ts';
import { lmsReportingSection } from '../lms-reporting.ts';
import type { SpeechVoice } from '../../core/ports.ts';

const SPEED_LABELS: Record<TextSpeed, string> = {
  slow: 'Slow',
  normal: 'Normal',
  fast: 'Fast',
  instant: 'All at once',
};

/** Export, import and delete all the data on this device. */
export type DataControls = Pick<DeviceData, 'exportAll' | 'deleteAll'> & BackupImport;

export function settingsScreen(
  ctx: UiContext,
  data: DataControls,
  voices: () => Promise<readonly SpeechVoice[]> = () => Promise.resolve([]),
): Screen {
  ctx.setLocation('Settings', false);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', 'Settings');
  const s = ctx.settings();
  const set = (patch: Partial<Settings>) => ctx.updateSettings(patch);

  const form = h(
    'form',
    { class: 'settings-form' },
    radioGroup(
      'Text size',
      'text-scale',
      TEXT_SCALES.map((v) => ({ value: String(v), label: `${Math.round(v * 100)}%` })),
      String(s.textScale),
      (v) => set({ textScale: Number(v) }),
    ),
    radioGroup(
      'Text speed',
      'text-speed',
      TEXT_SPEEDS.map((v) => ({ value: v, label: SPEED_LABELS[v] })),
      s.textSpeed,
      (v) => set({ textSpeed: v as TextSpeed }),
    ),
    radioGroup(
      'Motion',
      'motion',
      [
        { value: 'system', label: 'Follow my device' },
        { value: 'reduce', label: 'Reduce motion' },
        { value: 'full', label: 'Allow motion' },
      ],
      s.motion,
      (v) => set({ motion: v as Settings['motion'] }),
    ),
    ...feedbackAndSound(ctx, s, set),
    readAloudSettings(ctx, voices, set),
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  const card = h(
    'div',
    { class: 'card' },
    h('div', { class: 'screen-title' }, heading),
    h('p', { class: 'muted', text: 'Changes apply straight away and are remembered on this device.' }),
    form,
    ...lmsReportingSection(ctx),
    dataSection(ctx, data),
    h(
      'div',
      { class: 'button-row' },
      button('Done', () => ctx.go.back(), { class: 'primary', id: 'settings-done' }),
    ),
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

/** Display and feedback, reading and safety, and sound. */
function feedbackAndSound(ctx: UiContext, s: Settings, set: (patch: Partial<Settings>) => void): HTMLElement[] {
  return [
    h(
      'fieldset',
      {},
      h('legend', { text: 'Display and feedback' }),
      checkbox('high-contrast', 'High contrast', s.highContrast, (v) => set({ highContrast: v })),
      checkbox(
        'coach-mode',
        'Coach mode: after each choice, show which principles it supported or strained, and why',
        s.coachMode,
        (v) => set({ coachMode: v }),
      ),
    ),
    readingSafetySettings(ctx, set),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Sound' }),
      slider('music-volume', 'Background sound volume', s.musicVolume, (v) => set({ musicVolume: v })),
      slider('effects-volume', 'Effects volume', s.effectsVolume, (v) => set({ effectsVolume: v })),
      checkbox('muted', 'Mute all sound', s.muted, (v) => set({ muted: v })),
    ),
  ];
}

/** Export, import and delete everything Practice Paths keeps on this device. */
function dataSection(ctx: UiContext, data: DataControls): HTMLElement {
  const status = h('p', { role: 'status', class: 'data-status' });
  const file = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
    tabindex: -1,
    'aria-hidden': 'true',
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    file.value = '';
    void importBackupFile(ctx, data, chosen, (message) => (status.textContent = message));
  });
  return h(
    'fieldset',
    {},
    h('legend', { text: 'Your data' }),
    h('p', {
      class: 'muted',
      text: 'Everything is kept in this browser only. Browsers can clear their storage, so keep a backup of anything you want to keep.',
    }),
    h(
      'div',
      { class: 'button-row' },
      button(
        'Export all my data',
        () =>
          void data.exportAll().then((file) => {
            saveFile(file);
            status.textContent = 'Your data has been saved as a file on this device.';
          }),
        { id: 'export-all' },
      ),
      button('Import data from a file…', () => file.click(), { id: 'import-button' }),
      button(
        'Delete all my data',
        () => {
          if (
            !window.confirm(
              'Delete every profile, save, note and setting Practice Paths has stored in this browser? This cannot be undone.',
            )
          )
            return;
          void data.deleteAll().then((outcome) => {
            status.textContent = outcome.ok
              ? 'All Practice Paths data has been deleted from this browser.'
              : outcome.message;
            if (outcome.ok) ctx.announce('All data deleted.');
          });
        },
        { class: 'danger', id: 'delete-all' },
      ),
    ),
    h('div', { class: 'visually-hidden' }, file),
    status,
  );
}

function radioGroup(
  legend: string,
  name: string,
  options: { value: string; label: string }[],
  current: string,
  onChange: (value: string) => void,
): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', { text: legend }),
    h(
      'div',
      { class: 'choice-row' },
      ...options.map((option) => {
        const id = `${name}-${option.value}`.replace(/\./g, '-');
        const input = h('input', { type: 'radio', name, id, value: option.value, checked: option.value === current });
        input.addEventListener('change', () => input.checked && onChange(option.value));
        return h('label', { for: id }, input, option.label);
      }),
    ),
  );
}

function checkbox(id: string, label: string, checked: boolean, onChange: (value: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', id, checked });
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { class: 'check-row' }, h('label', { for: id }, input, label));
}

function slider(id: string, label: string, value: number, onChange: (value: number) => void): HTMLElement {
  const input = h('input', {
    type: 'range',
    id,
    min: 0,
    max: 100,
    step: 5,
    value: Math.round(value * 100),
    'aria-valuetext': `${Math.round(value * 100)}%`,
  });
  input.addEventListener('input', () => {
    input.setAttribute('aria-valuetext', `${input.value}%`);
    onChange(Number(input.value) / 100);
  });
  return h('label', { class: 'field', for: id }, h('span', { text: label }), input);
}
