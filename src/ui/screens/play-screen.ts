// The play screen: the place and speaker drawn behind, the words since the last choice revealed at the
// reader's pace, then the options as large buttons (number keys choose). Coach mode explains each choice.
import type { PlayController } from '../../app/play-controller.ts';
import { charactersPerSecond } from '../../app/settings.ts';
import type { OptionRecord, SessionView, TranscriptLine } from '../../core/session/session-types.ts';
import { CHARACTERS, isKnownCharacter } from '../../core/story/known-ids.ts';
import { button, h, isTyping, screenHeading } from '../dom.ts';
import type { GameApp } from '../game-app.ts';
import { mappingBlock } from '../option-mapping.ts';
import { stageLabel } from '../principle-names.ts';
import { TextReveal, revealableText, type RevealItem } from '../text-reveal.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import { openNotes, openPauseMenu } from './pause-menu.ts';

export { openPauseMenu };

export function playScreen(ctx: UiContext, controller: PlayController): Screen {
  const heading = screenHeading('h1', controller.scenario.title, 'story-heading');
  heading.classList.add('visually-hidden');
  const stage = h('p', { class: 'stage-banner' });
  const transcript = h('div', { class: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-labelledby': 'story-heading' });
  const controls = h('div', { class: 'controls' });
  const panel = h('section', { class: 'play-panel', 'aria-labelledby': 'story-heading' }, heading, stage, transcript, controls);
  const element = h('div', { class: 'screen play-screen' }, panel);
  let reveal: TextReveal | undefined;
  let optionButtons: HTMLButtonElement[] = [];
  let lastChosen: OptionRecord | undefined;
  let decisionsBefore = controller.view().decisions.length;
  let stageBefore = controller.view().stage;

  const render = (focusStory: boolean) => {
    reveal?.dispose();
    const view = controller.view();
    ctx.setLocation(controller.scenario.title, true);
    ctx.backdrop().setDimmed(false);
    stage.textContent = stageLabel(ctx.principles, view.stage);
    stage.hidden = !view.stage;
    optionButtons = [];
    controls.replaceChildren();
    transcript.replaceChildren();

    const newDecision = view.decisions.length > decisionsBefore ? view.decisions.at(-1) : undefined;
    decisionsBefore = view.decisions.length;
    if (lastChosen) transcript.append(h('p', { class: 'echo' }, h('span', { class: 'visually-hidden', text: 'You chose: ' }), lastChosen.text));
    if (newDecision && ctx.settings().coachMode) {
      const chosen = newDecision.options[newDecision.chosen];
      if (chosen) transcript.append(mappingBlock(ctx.principles, chosen, 'Coach: what that choice meant'));
    }

    if (stageBefore && view.stage !== stageBefore) transcript.append(stageEndCard(ctx, controller, stageBefore));
    stageBefore = view.stage;

    const page = view.transcript.filter((line) => line.step === view.step && line.text !== '');
    const firstScene = view.transcript.filter((line) => line.step === view.step).find((l) => l.scene)?.scene ?? view.scene;
    ctx.backdrop().show(firstScene, undefined);
    const items = page.map((line) => lineItem(ctx, line, transcript));
    for (const line of view.transcript.filter((l) => l.step === view.step && l.text === '' && l.sfx)) ctx.audio.playEffect(line.sfx!);

    const showAll = button('Show all the text', () => reveal?.finish(), { class: 'small quiet reveal-all' });
    controls.append(showAll);
    reveal = new TextReveal(items, ctx.settings().textSpeed === 'instant' ? Number.POSITIVE_INFINITY : charactersPerSecond(ctx.settings().textSpeed), () => {
      showAll.remove();
      renderControls(view);
    });
    if (focusStory) heading.focus();
    reveal.start();
  };

  const renderControls = (view: SessionView) => {
    if (view.error) {
      controls.replaceChildren(
        h('p', { class: 'error-text', role: 'alert', text: `Something went wrong in the story itself: ${view.error}` }),
        button('Go back to the last decision', () => {
          const last = view.decisions.length - 1;
          if (last >= 0) controller.rewindToDecision(last);
          render(true);
        }, { class: 'primary' }),
      );
      return;
    }
    if (view.ended) {
      controls.replaceChildren(
        h('p', { class: 'muted', text: 'This is where this path ends.' }),
        h('div', { class: 'button-row' },
          button('See what your choices meant', () => ctx.go.summary(controller), { class: 'primary', id: 'see-summary' }),
          button('Back to title', () => ctx.go.title()),
        ),
      );
      return;
    }
    const list = h('ol', { class: 'choices', 'aria-label': 'Your options' });
    view.options.forEach((option, index) => {
      const choose = button(h('span', {}, h('span', { class: 'key', 'aria-hidden': 'true', text: String(index + 1) }), h('span', { text: option.text })), () => take(index), { 'data-option': index });
      optionButtons.push(choose);
      list.append(h('li', { class: option.aside ? 'aside-choice' : 'decision-choice' }, choose));
    });
    const hint = view.options.some((o) => !o.aside) ? h('p', { class: 'muted', id: 'choice-hint', text: 'Choose with the mouse, or press the number of an option.' }) : null;
    controls.replaceChildren(list, ...(hint ? [hint] : []));
    // Sound and pictures follow the words: they start only once the options have been painted.
    afterPaint(() => {
      ctx.audio.playAmbient(view.scene);
      ctx.storyVisible();
    });
  };

  const take = (index: number) => {
    const option = controller.view().options[index];
    if (!option) return;
    ctx.audio.playEffect('ui-confirm');
    const problem = controller.choose(index);
    if (problem) {
      ctx.toast(problem);
      return;
    }
    lastChosen = option.aside ? undefined : option;
    render(true);
  };

  const onKey = (event: KeyboardEvent): boolean => {
    if (isTyping(event.target)) return false;
    if (reveal?.running && (event.key === ' ' || event.key === 'Enter')) {
      reveal.finish();
      return true;
    }
    if (/^[1-9]$/.test(event.key) && !reveal?.running) {
      const index = Number(event.key) - 1;
      if (index < optionButtons.length) {
        take(index);
        return true;
      }
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && optionButtons.length > 0) {
      const current = optionButtons.indexOf(document.activeElement as HTMLButtonElement);
      const next = event.key === 'ArrowDown' ? (current + 1) % optionButtons.length : (current - 1 + optionButtons.length) % optionButtons.length;
      optionButtons[current === -1 ? 0 : next]?.focus();
      return true;
    }
    return false;
  };

  render(false);
  return { element, focus: heading, onKey, dispose: () => reveal?.dispose() };
}

/** Run after the browser has painted what is on screen now (and a moment more), so loading waits for the words. */
function afterPaint(action: () => void): void {
  window.requestAnimationFrame(() => window.setTimeout(action, 300));
}

/** Between stages, as the case study does: a pause to note thoughts, and "taking stock" halfway. */
function stageEndCard(ctx: UiContext, controller: PlayController, finished: string): HTMLElement {
  const checkpoint = ctx.principles.checkpoints.find((c) => c.after === finished);
  return h('aside', { class: 'stage-end', 'aria-label': 'End of a stage' },
    h('p', {}, h('strong', { text: `End of ${stageLabel(ctx.principles, finished).replace(/^Stage/, 'stage')}. ` }), 'You can note your thoughts on it now, or later from the menu.'),
    h('div', { class: 'button-row' },
      button('Write notes on this stage', () => openNotes(ctx, controller, finished), { class: 'small', 'data-notes': finished }),
      checkpoint ? button(`${checkpoint.name}: notes`, () => openNotes(ctx, controller, checkpoint.id), { class: 'small', 'data-notes': checkpoint.id }) : null,
    ),
  );
}

function lineItem(ctx: UiContext, line: TranscriptLine, into: HTMLElement): RevealItem {
  const { element: words, words: spans } = revealableText(line.text);
  const speaker = line.speaker && line.speaker !== 'you' ? line.speaker : undefined;
  const name = speaker ? (isKnownCharacter(speaker) ? CHARACTERS[speaker] : speaker) : undefined;
  const paragraph = h('p', { class: `${speaker ? 'speech' : 'narration'}${line.ending ? ' ending-line' : ''}` }, name ? h('span', { class: 'who', text: name }) : null, words);
  into.append(paragraph);
  return {
    element: paragraph,
    words: spans,
    onShown: () => {
      ctx.backdrop().show(line.scene, speaker);
      if (line.sfx) ctx.audio.playEffect(line.sfx);
      paragraph.scrollIntoView({ block: 'nearest' });
    },
  };
}

export type { GameApp };
