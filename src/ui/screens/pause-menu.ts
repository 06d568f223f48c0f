// The pause menu over play: resume, save to a named slot, notes for this stage, settings, a break, title.
import type { PlayController } from '../../app/play-controller.ts';
import type { PlayerProgress } from '../../app/player-progress.ts';
import { SLOT_COUNT } from '../../app/storage-keys.ts';
import { findCheckpoint, findPrinciple } from '../../core/principles/principle-lookup.ts';
import { button, formatDate, h } from '../dom.ts';
import { openDialog } from '../dialog.ts';
import type { UiContext } from '../ui-context.ts';

export type SlotList = Pick<PlayerProgress, 'slots'>;

export function openPauseMenu(ctx: UiContext, slots: SlotList, controller: PlayController): void {
  ctx.audio.playEffect('ui-open');
  ctx.backdrop().setDimmed(true);
  openDialog(
    'Paused',
    (close) => [
      h('p', {
        class: 'muted',
        text: `${controller.scenario.title}. Your progress is saved automatically at every decision.`,
      }),
      h(
        'div',
        { class: 'button-column' },
        button('Resume', close, { class: 'primary' }),
        button('Save to a slot…', () => {
          close();
          openSaveSlots(ctx, slots, controller);
        }),
        button('Notes for this stage…', () => {
          close();
          openNotes(ctx, controller);
        }),
        button('Settings', () => {
          close();
          ctx.go.settings();
        }),
        button(
          'Take a break',
          () => {
            close();
            ctx.go.takeBreak();
          },
          { class: 'break-button' },
        ),
        button('Back to title', () => {
          close();
          ctx.go.title();
        }),
      ),
    ],
    { onClose: () => ctx.backdrop().setDimmed(false) },
  );
}

function openSaveSlots(ctx: UiContext, slotList: SlotList, controller: PlayController): void {
  openDialog('Save to a slot', (close) => {
    const status = h('p', { role: 'status' });
    const labelInput = h('input', {
      type: 'text',
      id: 'slot-label',
      maxlength: 40,
      value: `${controller.scenario.title}, ${formatDate(ctx.clock.now())}`,
    });
    const rows = h('div', { class: 'button-column' });
    void slotList.slots().then((slots) => {
      for (let slot = 1; slot <= SLOT_COUNT; slot++) {
        const info = slots[slot - 1];
        const label = info
          ? `Slot ${slot}: replace “${info.label ?? info.scenarioId}” (${formatDate(info.savedAt)})`
          : `Slot ${slot}: empty`;
        rows.append(
          button(label, () => {
            void controller.saveToSlot(slot, labelInput.value.trim() || `Slot ${slot}`).then((outcome) => {
              status.textContent = outcome.ok ? `Saved in slot ${slot}.` : outcome.message;
              if (outcome.ok) ctx.announce(`Saved in slot ${slot}.`);
            });
          }),
        );
      }
    });
    return [
      h('label', { class: 'field', for: 'slot-label' }, h('span', { text: 'Name for this save' }), labelInput),
      rows,
      status,
      h('div', { class: 'button-row' }, button('Done', close, { class: 'primary' })),
    ];
  });
}

/** Notes against the current stage's reflective questions, saved with the playthrough. */
export function openNotes(ctx: UiContext, controller: PlayController, noteKey?: string, onDone?: () => void): void {
  const key = noteKey ?? controller.view().stage ?? 'general';
  const principle = findPrinciple(ctx.principles, key);
  const checkpoint = findCheckpoint(ctx.principles, key);
  const title = principle ? `Notes: ${principle.name}` : checkpoint ? `Notes: ${checkpoint.name}` : 'Notes';
  const questions = principle?.questions ?? checkpoint?.questions ?? [];
  openDialog(
    title,
    (close) => {
      const area = h('textarea', { id: 'notes-text', 'aria-describedby': 'notes-help' });
      area.value = controller.note(key);
      const save = () => controller.setNote(key, area.value);
      area.addEventListener('input', save);
      return [
        questions.length ? h('p', { text: 'Questions to think about:' }) : null,
        questions.length ? h('ul', { class: 'questions' }, ...questions.map((q) => h('li', { text: q }))) : null,
        h('label', { class: 'field', for: 'notes-text' }, h('span', { text: 'Your notes' }), area),
        h('p', {
          class: 'muted',
          id: 'notes-help',
          text: 'Notes are saved as you type, on this device only. They appear in your summary at the end and in anything you export.',
        }),
        h(
          'div',
          { class: 'button-row' },
          button(
            'Done',
            () => {
              save();
              close();
            },
            { class: 'primary' },
          ),
        ),
      ];
    },
    { wide: true, onClose: onDone },
  );
}
