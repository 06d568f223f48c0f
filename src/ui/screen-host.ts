// Which screen is on the page, and the screens kept under it. A screen opened over another (settings, a break,
// about, a content notice) keeps the one below as it was, element and all, so back() returns to the exact page
// (the words already shown, the coach card, the focus) instead of building it again.
import type { SceneMemory, SceneState } from './scene-memory.ts';
import type { Screen } from './ui-context.ts';

export type ScreenFactory = () => Screen;

interface Kept {
  readonly factory: ScreenFactory;
  /** Undefined once it has gone stale (the language changed): back() then builds it afresh. */
  readonly screen: Screen | undefined;
  readonly scene: SceneState;
  readonly focused: HTMLElement | undefined;
}

export class ScreenHost {
  private currentScreen: Screen | undefined;
  private currentFactory: ScreenFactory | undefined;
  private kept: Kept[] = [];

  constructor(
    private readonly main: () => HTMLElement | undefined,
    private readonly memory: SceneMemory,
  ) {}

  get current(): Screen | undefined {
    return this.currentScreen;
  }

  show(factory: ScreenFactory, resetHistory = false): void {
    const main = this.main();
    if (!main) return;
    if (resetHistory) this.dropKept();
    this.currentScreen?.dispose?.();
    this.currentFactory = factory;
    this.currentScreen = factory();
    this.attach(main, this.currentScreen, this.currentScreen.focus, true);
  }

  /** Open a screen over the current one; back() brings the current one back exactly as it is. */
  showOver(factory: ScreenFactory): void {
    const screen = this.currentScreen;
    if (screen && this.currentFactory) {
      const active = document.activeElement;
      this.kept.push({
        factory: this.currentFactory,
        screen,
        scene: this.memory.snapshot(),
        focused: active instanceof HTMLElement && screen.element.contains(active) ? active : undefined,
      });
      this.currentScreen = undefined;
    }
    this.show(factory);
  }

  /** Return to the screen below; false when there is none. */
  back(): boolean {
    const main = this.main();
    const below = this.kept.pop();
    if (!main || !below) return false;
    if (!below.screen) {
      this.show(below.factory);
      return true;
    }
    this.currentScreen?.dispose?.();
    this.currentScreen = below.screen;
    this.currentFactory = below.factory;
    this.memory.replay(below.scene);
    this.attach(main, below.screen, below.focused ?? below.screen.focus, false);
    return true;
  }

  private attach(main: HTMLElement, screen: Screen, focus: HTMLElement | undefined, fresh: boolean): void {
    main.replaceChildren(screen.element);
    if (fresh) {
      main.scrollTop = 0;
      window.scrollTo(0, 0);
    }
    (focus?.isConnected ? focus : main).focus();
  }

  /** Screens kept below are built afresh when returned to (after a change they cannot follow, like the language). */
  rebuildKept(): void {
    for (const below of this.kept) below.screen?.dispose?.();
    this.kept = this.kept.map((below) => ({ ...below, screen: undefined }));
  }

  private dropKept(): void {
    for (const below of this.kept) below.screen?.dispose?.();
    this.kept = [];
  }
}
