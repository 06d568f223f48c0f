// The card between two stages: the stage just finished, the next principle with a young person's "how it
// should feel" statement, and a way to write a note on the stage just finished (and at a checkpoint, on it).
import type { PlayController } from '../../app/play-controller.ts';
import type { Principle } from '../../core/principles/principle-catalogue.ts';
import { checkpointAfter, findPrinciple, stageNumber } from '../../core/principles/principle-lookup.ts';
import { button, h } from '../dom.ts';
import { lazyScreens } from '../lazy-screens.ts';
import type { UiContext } from '../ui-context.ts';

/** Where a stage sits: among the story's own stages when it lists them (a shorter story), else among all eight. */
function stageAt(
  ctx: UiContext,
  stage: string,
  storyStages: readonly string[],
): { readonly number: number; readonly of: number } | undefined {
  const own = ctx.principles.principles.filter((p) => storyStages.includes(p.id));
  const index = own.findIndex((p) => p.id === stage);
  return index === -1 ? stageNumber(ctx.principles, stage) : { number: index + 1, of: own.length };
}

/** "Stage 5 of 8: name", or the principle's name when it has no number. */
export function stageTitle(ctx: UiContext, stage: string, storyStages: readonly string[]): string {
  const name = findPrinciple(ctx.principles, stage)?.name ?? stage;
  const at = stageAt(ctx, stage, storyStages);
  return at ? ctx.words().messages.play.stage(at.number, at.of, name) : name;
}

export function chapterCard(ctx: UiContext, controller: PlayController, finished: string, next: string): HTMLElement {
  const words = ctx.words().messages.play;
  const done = stageAt(ctx, finished, controller.stages);
  const doneName = findPrinciple(ctx.principles, finished)?.name ?? finished;
  const principle = findPrinciple(ctx.principles, next);
  const checkpoint = checkpointAfter(ctx.principles, finished);
  return h(
    'section',
    { class: 'chapter-card', 'aria-label': words.chapterLabel, 'data-chapter': next },
    h('p', {
      class: 'chapter-done',
      text: done ? words.chapterEnd(done.number, done.of, doneName) : words.chapterEndUnnumbered(doneName),
    }),
    h('p', { class: 'chapter-next-label', text: words.chapterNext }),
    h('h2', { class: 'chapter-next', text: stageTitle(ctx, next, controller.stages) }),
    principle
      ? h(
          'figure',
          { class: 'chapter-feels' },
          h('figcaption', { text: words.chapterFeels }),
          h('blockquote', {}, feelsText(ctx, principle)),
        )
      : null,
    h('p', { class: 'muted chapter-note-hint', text: words.chapterNoteHint }),
    h(
      'div',
      { class: 'button-row' },
      button(words.writeNote, () => void lazyScreens.pause().then((m) => m.openNotes(ctx, controller, finished)), {
        class: 'small',
        'data-notes': finished,
      }),
      checkpoint
        ? button(
            words.checkpointNote(checkpoint.name),
            () => void lazyScreens.pause().then((m) => m.openNotes(ctx, controller, checkpoint.id)),
            {
              class: 'small',
              'data-notes': checkpoint.id,
            },
          )
        : null,
    ),
  );
}

/** The child's "how it should feel" statement; filled in when the principles' texts arrive, if they are not here yet. */
function feelsText(ctx: UiContext, principle: Principle): HTMLElement {
  const text = h('p', { text: principle.feels });
  if (principle.feels === '')
    void ctx.principleTexts().then(
      () => (text.textContent = principle.feels),
      () => undefined,
    );
  return text;
}
