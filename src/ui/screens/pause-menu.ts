// The pause menu over play: resume, save or load (the one Save/Load dialog), notes for this stage, settings, a
// break, title.
import type { PlayController } from '../../app/play-controller.ts';
import { findCheckpoint, findPrinciple } from '../../core/principles/principle-lookup.ts';
import { button, h } from '../dom.ts';
import { openDialog } from '../dialog.ts';
import type { UiContext } from '../ui-context.ts';

/** Opens the Save/Load dialog for the playthrough on screen. */
export type SaveLoadOpener = (controller: PlayController) => void;

export function openPauseMenu(ctx: UiContext, saveLoad: SaveLoadOpener, controller: PlayController): void {
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
        button(
          ctx.words().messages.firstRun.saveLoadTitle,
          () => {
            close();
            saveLoad(controller);
          },
          { id: 'pause-save-load' },
        ),
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
