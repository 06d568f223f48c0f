// One playthrough on screen: each page after a choice is read in beats (Continue between them, a chapter
// card where a stage ends), then the options in a tray that stays in view. Space or Enter shows all the
// words of the page at once; H opens the history of earlier pages. Coach mode explains each choice.
import type { PlayController } from '../../app/play-controller.ts';
import { charactersPerSecond } from '../../app/settings.ts';
import { linesBefore, pageBeats, speakerBlocks, type Beat } from '../../core/session/page-beats.ts';
import { scenePage } from '../../core/session/scene-page.ts';
import type { OptionRecord, SessionView } from '../../core/session/session-types.ts';
import { afterPaint, h, isTyping, screenHeading } from '../dom.ts';
import { TextReveal } from '../text-reveal.ts';
import type { UiContext } from '../ui-context.ts';
import { beatView } from './beat-view.ts';
import { chapterCard, stageTitle } from './chapter-card.ts';
import { leadIn } from './lead-in.ts';
import {
  bringTrayIntoView,
  moveAmongOptions,
  continueButton,
  offerInTray,
  endingControls,
  errorControls,
  historyButton,
  loadingNote,
  optionList,
  showAllButton,
} from './choice-tray.ts';

export class PlayPage {
  readonly heading: HTMLHeadingElement;
  readonly element: HTMLElement;
  private readonly stage = h('p', { class: 'stage-banner' });
  private readonly transcript = h('div', {
    class: 'transcript',
    role: 'log',
    'aria-live': 'polite',
    'aria-labelledby': 'story-heading',
  });
  private readonly tray = h('div', { class: 'controls choice-tray' });
  private reveal: TextReveal | undefined;
  private view: SessionView;
  private beats: Beat[] = [];
  private beatIndex = 0;
  private optionButtons: HTMLButtonElement[] = [];
  private lastChosen: OptionRecord | undefined;
  private decisionsBefore: number;
  private waiting: 'no' | 'yes' | 'failed' = 'no'; // for the rest of the story; once failed, no retry unasked

  constructor(
    private readonly ctx: UiContext,
    private readonly controller: PlayController,
  ) {
    this.heading = screenHeading('h1', controller.scenario.title, 'story-heading');
    this.heading.classList.add('visually-hidden');
    const history = historyButton(ctx, () => this.openHistory());
    const top = h('div', { class: 'play-top' }, this.stage, history);
    const panel = h(
      'section',
      { class: 'play-panel', 'aria-labelledby': 'story-heading' },
      this.heading,
      top,
      this.transcript,
      this.tray,
    );
    this.element = h('div', { class: 'screen play-screen' }, panel);
    this.view = controller.view();
    this.decisionsBefore = this.view.decisions.length;
  }

  /** Draw the page the story is on now, from its first beat. */
  render(focusStory: boolean): void {
    const { ctx } = this;
    this.view = this.controller.view();
    ctx.setLocation(this.controller.scenario.title, true);
    ctx.backdrop().setDimmed(false);
    this.beats = pageBeats(this.view);
    this.beatIndex = 0;
    const { decisions } = this.view; // the lead-in: what was chosen, and coach mode's reading of it
    const lead = leadIn(ctx, this.lastChosen, decisions.length > this.decisionsBefore ? decisions.at(-1) : undefined);
    this.decisionsBefore = decisions.length;
    for (const sound of scenePage(this.view).silentEffects) ctx.audio.playEffect(sound);
    if (focusStory) this.heading.focus();
    if (this.beats.length === 0) {
      this.transcript.replaceChildren(...lead);
      this.setBanner(this.view.stage);
      this.pageDone();
      return;
    }
    this.showBeat(lead);
  }

  onKey(event: KeyboardEvent): boolean {
    if (isTyping(event.target)) return false;
    const onButton = event.target instanceof HTMLButtonElement;
    const reading = this.reveal?.running === true || this.beatIndex < this.beats.length - 1;
    if (event.key === ' ' && !onButton && reading) return this.showAll();
    if (event.key === 'Enter' && !onButton && reading) return this.reveal?.running ? this.showAll() : this.nextBeat();
    if (event.key === 'h' || event.key === 'H') {
      this.openHistory();
      return true;
    }
    return this.optionKey(event.key);
  }

  dispose(): void {
    this.reveal?.dispose();
  }

  private optionKey(key: string): boolean {
    const buttons = this.optionButtons;
    if (/^[1-9]$/.test(key) && Number(key) - 1 < buttons.length) {
      this.take(Number(key) - 1);
      return true;
    }
    return moveAmongOptions(buttons, key);
  }

  /** Show the beat at beatIndex in place of the last one, revealing its words; `lead` goes first. */
  private showBeat(lead: HTMLElement[] = []): void {
    const beat = this.beats[this.beatIndex];
    this.reveal?.dispose();
    this.optionButtons = [];
    this.transcript.replaceChildren(...lead);
    if (!beat) return;
    if (beat.kind === 'chapter') {
      this.setBanner(beat.finished);
      this.transcript.append(chapterCard(this.ctx, this.controller, beat.finished, beat.next));
      this.beatDone();
      return;
    }
    this.setBanner(beat.stage ?? this.view.stage);
    const { elements, items } = beatView(this.ctx, beat.blocks);
    this.transcript.append(...elements);
    this.tray.replaceChildren(showAllButton(this.ctx, () => this.showAll()));
    const speed = this.ctx.settings().textSpeed;
    this.reveal = new TextReveal(
      items,
      speed === 'instant' ? Number.POSITIVE_INFINITY : charactersPerSecond(speed),
      () => this.beatDone(),
    );
    this.reveal.start();
  }

  private beatDone(): void {
    if (this.beatIndex >= this.beats.length - 1) {
      this.pageDone();
      return;
    }
    offerInTray(
      this.tray,
      continueButton(this.ctx, () => this.nextBeat()),
      showAllButton(this.ctx, () => this.showAll()),
    );
  }

  private nextBeat(): boolean {
    if (this.reveal?.running || this.beatIndex >= this.beats.length - 1) return false;
    this.beatIndex++;
    this.heading.focus();
    window.scrollTo({ top: 0, behavior: 'instant' });
    this.showBeat();
    return true;
  }

  /** Every word of the page at once: the rest of this beat and every beat after it, chapter cards included. */
  private showAll(): boolean {
    this.reveal?.finish();
    if (this.beatIndex >= this.beats.length - 1) return true;
    const rest = this.beats.slice(this.beatIndex + 1);
    this.beatIndex = this.beats.length - 1;
    for (const beat of rest) {
      if (beat.kind === 'chapter') {
        this.transcript.append(chapterCard(this.ctx, this.controller, beat.finished, beat.next));
        continue;
      }
      const { elements, items } = beatView(this.ctx, beat.blocks);
      this.transcript.append(...elements);
      new TextReveal(items, Number.POSITIVE_INFINITY, () => undefined).start();
    }
    if (this.heading !== document.activeElement && this.tray.contains(document.activeElement)) this.heading.focus();
    this.pageDone();
    return true;
  }

  private pageDone(): void {
    const { ctx, controller, view } = this;
    if (view.error) {
      this.tray.replaceChildren(...errorControls(ctx, view.error, () => this.goBack()));
      return;
    }
    if (view.ended) {
      this.tray.replaceChildren(...endingControls(ctx, controller));
      return;
    }
    const { elements, buttons } = optionList(ctx, view, (index) => this.take(index));
    this.optionButtons = buttons;
    offerInTray(this.tray, ...elements);
    bringTrayIntoView(this.tray);
    // Sound, pictures and the rest of the story follow the words: they load once the options have been painted.
    afterPaint(() => {
      ctx.audio.playAmbient(view.scene);
      ctx.storyVisible();
      if (!controller.ready && this.waiting === 'no') void controller.prepare();
    });
  }

  private goBack(): void {
    const last = this.view.decisions.length - 1;
    if (last >= 0) this.controller.rewindToDecision(last);
    this.render(true);
  }

  private setBanner(stage: string | undefined): void {
    this.stage.textContent = stage ? stageTitle(this.ctx, stage, this.controller.stages) : '';
    this.stage.hidden = !stage;
  }

  private openHistory(): void {
    const read = speakerBlocks(linesBefore(this.beats, this.beatIndex)); // the backlog loads when first opened
    void import('./backlog-dialog.ts').then((m) => m.openBacklog(this.ctx, this.controller, read));
  }

  private take(index: number): void {
    const option = this.view.options[index];
    if (!option || this.reveal?.running || this.waiting === 'yes') return;
    if (!this.controller.ready) return void this.prepareThenTake(index);
    this.ctx.audio.playEffect('ui-confirm');
    const problem = this.controller.choose(index);
    if (problem) {
      this.ctx.toast(problem);
      return;
    }
    this.lastChosen = option.aside ? undefined : option;
    window.scrollTo({ top: 0, behavior: 'instant' });
    this.render(true);
  }

  /** The first option taken waits for the rest of the story (the options' reasons), if it is not here yet. */
  private async prepareThenTake(index: number): Promise<void> {
    this.waiting = 'yes';
    this.tray.replaceChildren(loadingNote(this.ctx));
    const problem = await this.controller.prepare();
    this.waiting = problem ? 'failed' : 'no';
    this.view = this.controller.view();
    if (problem) this.ctx.toast(problem);
    if (problem) this.pageDone();
    else this.take(index);
  }
}
