// The play screen: the place and speaker drawn behind, the words since the last choice revealed at the
// reader's pace, then the options as large buttons (number keys choose). Coach mode explains each choice.
import type { PlayController } from '../../app/play-controller.ts';
import { charactersPerSecond } from '../../app/settings.ts';
import { checkpointAfter } from '../../core/principles/principle-lookup.ts';
import { scenePage, type PageLine } from '../../core/session/scene-page.ts';
import type { OptionRecord, SessionView } from '../../core/session/session-types.ts';
import { button, h, isTyping, screenHeading } from '../dom.ts';
import { mappingBlock } from '../option-mapping.ts';
import { stageLabel } from '../principle-names.ts';
import { TextReveal, revealableText, type RevealItem } from '../text-reveal.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import { openNotes } from './pause-menu.ts';

export function playScreen(ctx: UiContext, controller: PlayController): Screen {
  const page = new PlayPage(ctx, controller);
  page.render(false);
  return {
    element: page.element,
    focus: page.heading,
    onKey: (event) => page.onKey(event),
    dispose: () => page.dispose(),
  };
}

/** One playthrough on screen: redrawn after every choice, revealing the new words, then the options. */
class PlayPage {
  readonly heading: HTMLHeadingElement;
  private readonly stage = h('p', { class: 'stage-banner' });
  private readonly transcript = h('div', {
    class: 'transcript',
    role: 'log',
    'aria-live': 'polite',
    'aria-labelledby': 'story-heading',
  });
  private readonly controls = h('div', { class: 'controls' });
  readonly element: HTMLElement;
  private reveal: TextReveal | undefined;
  private optionButtons: HTMLButtonElement[] = [];
  private lastChosen: OptionRecord | undefined;
  private decisionsBefore: number;
  private stageBefore: string | undefined;

  constructor(
    private readonly ctx: UiContext,
    private readonly controller: PlayController,
  ) {
    this.heading = screenHeading('h1', controller.scenario.title, 'story-heading');
    this.heading.classList.add('visually-hidden');
    const panel = h(
      'section',
      { class: 'play-panel', 'aria-labelledby': 'story-heading' },
      this.heading,
      this.stage,
      this.transcript,
      this.controls,
    );
    this.element = h('div', { class: 'screen play-screen' }, panel);
    this.decisionsBefore = controller.view().decisions.length;
    this.stageBefore = controller.view().stage;
  }

  render(focusStory: boolean): void {
    const { ctx } = this;
    this.reveal?.dispose();
    const view = this.controller.view();
    ctx.setLocation(this.controller.scenario.title, true);
    ctx.backdrop().setDimmed(false);
    this.stage.textContent = stageLabel(ctx.principles, view.stage);
    this.stage.hidden = !view.stage;
    this.optionButtons = [];
    this.controls.replaceChildren();
    this.transcript.replaceChildren(...this.leadIn(view));
    const page = scenePage(view);
    ctx.backdrop().show(page.scene, undefined);
    const items = page.lines.map((line) => lineItem(ctx, line, this.transcript));
    for (const sound of page.silentEffects) ctx.audio.playEffect(sound);
    const showAll = button('Show all the text', () => this.reveal?.finish(), { class: 'small quiet reveal-all' });
    this.controls.append(showAll);
    const speed = ctx.settings().textSpeed;
    this.reveal = new TextReveal(
      items,
      speed === 'instant' ? Number.POSITIVE_INFINITY : charactersPerSecond(speed),
      () => {
        showAll.remove();
        this.renderControls(view);
      },
    );
    if (focusStory) this.heading.focus();
    this.reveal.start();
  }

  onKey(event: KeyboardEvent): boolean {
    if (isTyping(event.target)) return false;
    if (this.reveal?.running && (event.key === ' ' || event.key === 'Enter')) {
      this.reveal.finish();
      return true;
    }
    const buttons = this.optionButtons;
    if (/^[1-9]$/.test(event.key) && !this.reveal?.running && Number(event.key) - 1 < buttons.length) {
      this.take(Number(event.key) - 1);
      return true;
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && buttons.length > 0) {
      const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next =
        event.key === 'ArrowDown' ? (current + 1) % buttons.length : (current - 1 + buttons.length) % buttons.length;
      buttons[current === -1 ? 0 : next]?.focus();
      return true;
    }
    return false;
  }

  dispose(): void {
    this.reveal?.dispose();
  }

  /** Before the new words: what was chosen, coach mode's reading of it, and the end of a stage. */
  private leadIn(view: SessionView): HTMLElement[] {
    const lead: HTMLElement[] = [];
    const newDecision = view.decisions.length > this.decisionsBefore ? view.decisions.at(-1) : undefined;
    this.decisionsBefore = view.decisions.length;
    if (this.lastChosen)
      lead.push(
        h('p', { class: 'echo' }, h('span', { class: 'visually-hidden', text: 'You chose: ' }), this.lastChosen.text),
      );
    const chosen = newDecision?.options[newDecision.chosen];
    if (chosen && this.ctx.settings().coachMode)
      lead.push(mappingBlock(this.ctx.principles, chosen, 'Coach: what that choice meant'));
    if (this.stageBefore && view.stage !== this.stageBefore)
      lead.push(stageEndCard(this.ctx, this.controller, this.stageBefore));
    this.stageBefore = view.stage;
    return lead;
  }

  private renderControls(view: SessionView): void {
    const { ctx, controller } = this;
    if (view.error) {
      this.controls.replaceChildren(
        h('p', { class: 'error-text', role: 'alert', text: `Something went wrong in the story itself: ${view.error}` }),
        button(
          'Go back to the last decision',
          () => {
            const last = view.decisions.length - 1;
            if (last >= 0) controller.rewindToDecision(last);
            this.render(true);
          },
          { class: 'primary' },
        ),
      );
      return;
    }
    if (view.ended) {
      this.controls.replaceChildren(
        h('p', { class: 'muted', text: 'This is where this path ends.' }),
        h(
          'div',
          { class: 'button-row' },
          button('See what your choices meant', () => ctx.go.summary(controller), {
            class: 'primary',
            id: 'see-summary',
          }),
          button('Back to title', () => ctx.go.title()),
        ),
      );
      return;
    }
    this.renderOptions(view);
    // Sound and pictures follow the words: they start only once the options have been painted.
    afterPaint(() => {
      ctx.audio.playAmbient(view.scene);
      ctx.storyVisible();
    });
  }

  private renderOptions(view: SessionView): void {
    const list = h('ol', { class: 'choices', 'aria-label': 'Your options' });
    view.options.forEach((option, index) => {
      const choose = button(
        h(
          'span',
          {},
          h('span', { class: 'key', 'aria-hidden': 'true', text: String(index + 1) }),
          h('span', { text: option.text }),
        ),
        () => this.take(index),
        { 'data-option': index },
      );
      this.optionButtons.push(choose);
      list.append(h('li', { class: option.aside ? 'aside-choice' : 'decision-choice' }, choose));
    });
    const hint = view.options.some((o) => !o.aside)
      ? h('p', { class: 'muted', id: 'choice-hint', text: 'Choose with the mouse, or press the number of an option.' })
      : null;
    this.controls.replaceChildren(list, ...(hint ? [hint] : []));
  }

  private take(index: number): void {
    const option = this.controller.view().options[index];
    if (!option) return;
    this.ctx.audio.playEffect('ui-confirm');
    const problem = this.controller.choose(index);
    if (problem) {
      this.ctx.toast(problem);
      return;
    }
    this.lastChosen = option.aside ? undefined : option;
    this.render(true);
  }
}

/** Run after the browser has painted what is on screen now (and a moment more), so loading waits for the words. */
function afterPaint(action: () => void): void {
  window.requestAnimationFrame(() => window.setTimeout(action, 300));
}

/** Between stages, as the case study does: a pause to note thoughts, and "taking stock" halfway. */
function stageEndCard(ctx: UiContext, controller: PlayController, finished: string): HTMLElement {
  const checkpoint = checkpointAfter(ctx.principles, finished);
  return h(
    'aside',
    { class: 'stage-end', 'aria-label': 'End of a stage' },
    h(
      'p',
      {},
      h('strong', { text: `End of ${stageLabel(ctx.principles, finished).replace(/^Stage/, 'stage')}. ` }),
      'You can note your thoughts on it now, or later from the menu.',
    ),
    h(
      'div',
      { class: 'button-row' },
      button('Write notes on this stage', () => openNotes(ctx, controller, finished), {
        class: 'small',
        'data-notes': finished,
      }),
      checkpoint
        ? button(`${checkpoint.name}: notes`, () => openNotes(ctx, controller, checkpoint.id), {
            class: 'small',
            'data-notes': checkpoint.id,
          })
        : null,
    ),
  );
}

function lineItem(ctx: UiContext, line: PageLine, into: HTMLElement): RevealItem {
  const { element: words, words: spans } = revealableText(line.text);
  const speaker = line.speaker;
  const paragraph = h(
    'p',
    { class: `${speaker ? 'speech' : 'narration'}${line.ending ? ' ending-line' : ''}` },
    speaker ? h('span', { class: 'who', text: speaker.name }) : null,
    words,
  );
  into.append(paragraph);
  return {
    element: paragraph,
    words: spans,
    onShown: () => {
      ctx.backdrop().show(line.scene, speaker?.id);
      if (line.sfx) ctx.audio.playEffect(line.sfx);
      paragraph.scrollIntoView({ block: 'nearest' });
    },
  };
}
