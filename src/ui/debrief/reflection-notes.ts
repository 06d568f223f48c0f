// Reflect: the seed's reflective questions (the checkpoints: taking stock, overall reflections) with space for
// notes, saved as typed, plus every note written during play.
import type { PlayController } from '../../app/play-controller.ts';
import { findCheckpoint, noteTitle } from '../../core/principles/principle-lookup.ts';
import { h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';
import { debriefWords } from './debrief-words.ts';
import '../../styles/later.css';

/** Where the debrief keeps notes: the playthrough's, saved as typed. */
export type PlaythroughNotes = Pick<PlayController, 'note' | 'setNote' | 'allNotes'>;

export function reflectionNotes(ctx: UiContext, controller: PlaythroughNotes): HTMLElement {
  const w = debriefWords(ctx);
  const checkpoints = [...ctx.principles.checkpoints].sort(
    (a, b) => Number(b.after === 'end') - Number(a.after === 'end'),
  );
  const stageNotes = Object.entries(controller.allNotes()).filter(([key]) => !findCheckpoint(ctx.principles, key));
  return h(
    'section',
    { 'aria-labelledby': 'reflections-heading' },
    h('h2', { id: 'reflections-heading', text: w.reflectHeading }),
    h('p', { class: 'muted', text: w.reflectLead }),
    ...checkpoints.map((checkpoint) => {
      const id = `note-${checkpoint.id}`;
      const area = h('textarea', { id });
      area.value = controller.note(checkpoint.id);
      area.addEventListener('input', () => controller.setNote(checkpoint.id, area.value));
      return h(
        'div',
        { class: 'feedback reflection' },
        h('h3', { text: checkpoint.name }),
        h('ul', { class: 'questions' }, ...checkpoint.questions.map((q) => h('li', { text: q }))),
        h('label', { class: 'field', for: id }, h('span', { text: w.yourNotes(checkpoint.name) }), area),
      );
    }),
    stageNotes.length ? h('h3', { text: w.playNotes }) : null,
    ...stageNotes.map(([key, text]) =>
      h(
        'div',
        { class: 'feedback stage-note' },
        h('h4', { text: noteTitle(ctx.principles, key) }),
        h('p', { class: 'pre-wrap', text }),
      ),
    ),
  );
}
