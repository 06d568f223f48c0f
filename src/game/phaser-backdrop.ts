// The drawn backdrop behind the HTML interface: creates the Phaser game in the #backdrop element and adapts its
// one scene to the UI's Backdrop port. Owns the canvas, the window listeners and tearing everything down.
import Phaser from 'phaser';
import type { Backdrop } from '../ui/backdrop-port.ts';
import { bundledArt, type ArtCatalogue } from './backdrop-art.ts';
import { drawingResolution, drawingSize, type Size } from './backdrop-layout.ts';
import { BackdropScene } from './backdrop-scene.ts';
import { catchVisibilityHandlers } from './phaser-leaks.ts';

export interface PhaserBackdropOptions {
  readonly reducedMotion: boolean;
  /** Where the art is; defaults to the art bundled with the build. */
  readonly art?: ArtCatalogue;
}

/** A Backdrop that can also report how many frames it has drawn (to check that it rests when idle). */
export interface PhaserBackdrop extends Backdrop {
  readonly framesDrawn: number;
}

function cssSizeOf(parent: HTMLElement): Size {
  const width = parent.clientWidth || window.innerWidth;
  const height = parent.clientHeight || window.innerHeight;
  return { width: Math.max(1, width), height: Math.max(1, height) };
}

/** What is drawn, on the element for tests and tools to read (`data-place`, `data-portrait`): art names or ''. */
function markShown(parent: HTMLElement, shown: { readonly place: string; readonly portrait: string }): void {
  parent.dataset.drawn = 'phaser';
  parent.dataset.place = shown.place;
  parent.dataset.portrait = shown.portrait;
}

function styleCanvas(canvas: HTMLCanvasElement): void {
  canvas.setAttribute('aria-hidden', 'true');
  canvas.removeAttribute('tabindex');
  Object.assign(canvas.style, {
    position: 'absolute',
    inset: '0',
    width: '100%',
    height: '100%',
    display: 'block',
    pointerEvents: 'none',
    userSelect: 'none',
  });
}

/**
 * WebGL drawn in software (SwiftShader, llvmpipe: no GPU, a blocklisted driver, many VMs and remote desktops)
 * costs 100 ms or more a frame at 1080p; Phaser's canvas renderer draws the same pictures many times cheaper.
 */
function softwareWebgl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

function gameConfig(
  parent: HTMLElement,
  scene: BackdropScene,
  size: Size,
  onBoot: () => void,
): Phaser.Types.Core.GameConfig {
  return {
    type: softwareWebgl() ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    scale: { mode: Phaser.Scale.NONE, width: size.width, height: size.height, autoRound: true, expandParent: false },
    backgroundColor: '#14202b',
    render: { antialias: true, powerPreference: 'low-power' },
    audio: { noAudio: true },
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    loader: { maxParallelDownloads: 4 },
    // Motion takes its time in the world, not in frames: a slow machine (a frame of up to a second) draws fewer
    // frames of a fade instead of playing it in slow motion for longer. Phaser still averages the last ten steps
    // and replaces any step longer than a second (a wake after a rest) with a recent one, so nothing jumps.
    fps: { min: 1, panicMax: 0 },
    callbacks: { postBoot: onBoot },
    scene,
  };
}

/** If Phaser has not started by then (no WebGL and no canvas, say), give up and let the UI carry on without it. */
const BOOT_TIMEOUT_MS = 15_000;

export async function createPhaserBackdrop(
  parent: HTMLElement,
  options: PhaserBackdropOptions,
): Promise<PhaserBackdrop> {
  const cssSize = cssSizeOf(parent);
  const devicePixelRatio = window.devicePixelRatio || 1;
  let releaseVisibilityHandlers: () => void = () => undefined;
  let game: Phaser.Game | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const scene = await new Promise<BackdropScene>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('The Phaser backdrop did not start in time.')), BOOT_TIMEOUT_MS);
      const backdropScene = new BackdropScene({
        art: options.art ?? bundledArt(),
        reducedMotion: options.reducedMotion,
        cssSize,
        devicePixelRatio,
        onReady: resolve,
        onShown: (shown) => markShown(parent, shown),
      });
      const onBoot = (): void => {
        releaseVisibilityHandlers = catchVisibilityHandlers();
      };
      const size = drawingSize(cssSize, drawingResolution(cssSize, devicePixelRatio));
      game = new Phaser.Game(gameConfig(parent, backdropScene, size, onBoot));
    });
    return attach(game!, scene, parent, () => releaseVisibilityHandlers());
  } catch (error) {
    releaseVisibilityHandlers();
    game?.destroy(true);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function attach(
  game: Phaser.Game,
  scene: BackdropScene,
  parent: HTMLElement,
  releasePhaserHandlers: () => void,
): PhaserBackdrop {
  const canvas = game.canvas;
  styleCanvas(canvas);
  const gl = game.renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? game.renderer.gl : undefined;
  const onResize = (): void => scene.resize(cssSizeOf(parent), window.devicePixelRatio || 1);
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') scene.redraw();
  };
  const onContextRestored = (): void => scene.redraw();
  // Frames drawn so far, for tests and tools to see that the loop sleeps (written only when a frame is drawn).
  const onFrame = (): void => {
    parent.dataset.frames = String(scene.framesDrawn);
    // Drawn what it was first asked for: only now does the canvas cover the first backdrop's picture (main.css).
    if (scene.answeredAShow) parent.dataset.canvas = 'drawn';
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, onFrame);
  window.addEventListener('resize', onResize);
  document.addEventListener('visibilitychange', onVisible);
  canvas.addEventListener('webglcontextrestored', onContextRestored);
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : undefined;
  observer?.observe(parent);
  let destroyed = false;
  return {
    show: (place, portrait, expression) => scene.show(place, portrait, expression),
    setReducedMotion: (on) => scene.setReducedMotion(on),
    setDimmed: (on) => scene.setDimmed(on),
    get framesDrawn() {
      return scene.framesDrawn;
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      window.removeEventListener('resize', onResize);
      document.removeEventListener('visibilitychange', onVisible);
      canvas.removeEventListener('webglcontextrestored', onContextRestored);
      game.events.off(Phaser.Core.Events.POST_RENDER, onFrame);
      observer?.disconnect();
      delete parent.dataset.canvas;
      releasePhaserHandlers();
      game.destroy(true);
      // Phaser destroys a game inside its next step, so the sleeping loop is woken once to run it.
      scene.stopBackdrop();
      // Phaser leaves its WebGL context to the garbage collector; browsers cap live contexts, so free it now.
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    },
  };
}
