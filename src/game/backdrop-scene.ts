// The one Phaser scene behind the HTML interface: place art covering the window, the light on it, the speaker's
// portrait, a dimming veil. It draws what it is told and holds no story rules; the loop sleeps whenever nothing moves.
import Phaser from 'phaser';
import type { ArtCatalogue } from './backdrop-art.ts';
import {
  PLACE_ART,
  coverRect,
  drawingResolution,
  drawingSize,
  placeTextureSize,
  portraitRect,
  portraitTextureSize,
  type Size,
} from './backdrop-layout.ts';
import { fillCorners } from './corner-fill.ts';
import { FadingLayer, type Picture } from './fading-layer.ts';
import { IdleLoop } from './idle-loop.ts';
import { MOTION, drawLight, enter, lightUp, settle } from './scene-motion.ts';
import { SvgTextureCache, type SvgRequest } from './svg-texture-cache.ts';

const FADE_MS = 400;
const DIM_FADE_MS = 250;
const DIM_ALPHA = 0.6;
const EXPRESSION_FADE_MS = 200;
const DEPTH = { place: 0, light: 5, portrait: 10, dim: 20 } as const;
const KEEP_TEXTURES = { place: 3, portrait: 4 } as const;
/** A calm slate-blue wash (top-left, top-right, bottom-left, bottom-right) for places without art. */
const FALLBACK_COLOURS = [0x3b5064, 0x2e4154, 0x1b2834, 0x141e28] as const;
const NO_ART = '';

export interface BackdropSceneSetup {
  readonly art: ArtCatalogue;
  readonly reducedMotion: boolean;
  readonly cssSize: Size;
  readonly devicePixelRatio: number;
  readonly onReady: (scene: BackdropScene) => void;
  /** Told what is on screen whenever it changes: art names (`park-day`, `kerry-worried`), or '' for none. */
  readonly onShown?: (shown: { readonly place: string; readonly portrait: string }) => void;
}

export class BackdropScene extends Phaser.Scene {
  /** Whether it has laid out what it was asked to show at least once (not only its opening wash). */
  answeredAShow = false;
  private idle!: IdleLoop;
  private textureCache!: SvgTextureCache;
  private places!: FadingLayer;
  private portraits!: FadingLayer;
  private veil!: Phaser.GameObjects.Rectangle;
  private light!: Phaser.GameObjects.Graphics;
  private view: Size = { width: 1, height: 1 };
  private resolution = 1;
  private reducedMotion: boolean;
  private dimmed = false;
  private wanted: { place?: string | undefined; portrait?: string | undefined; expression?: string | undefined } = {};
  private shown = { place: NO_ART, portrait: NO_ART };
  private request = 0;
  private lastPerson = '';
  private stopped = false;

  constructor(private readonly setup: BackdropSceneSetup) {
    super({ key: 'backdrop' });
    this.reducedMotion = setup.reducedMotion;
  }

  get framesDrawn(): number {
    return this.idle.framesDrawn;
  }

  create(): void {
    this.idle = new IdleLoop(this.game, () => this.tweens.getTweens().length > 0 || this.textureCache.loading);
    this.textureCache = new SvgTextureCache(this, () => this.idle.requestFrame());
    this.places = new FadingLayer(this, DEPTH.place, 'over');
    this.portraits = new FadingLayer(this, DEPTH.portrait, 'cross');
    this.veil = this.add.rectangle(0, 0, 1, 1, 0x000000).setOrigin(0).setDepth(DEPTH.dim).setAlpha(0).setVisible(false);
    this.light = this.add.graphics().setDepth(DEPTH.light);
    this.resize(this.setup.cssSize, this.setup.devicePixelRatio);
    this.applyPlace(undefined);
    this.setup.onReady(this);
  }

  show(place: string | undefined, portrait: string | undefined, expression?: string): void {
    if (this.stopped) return;
    this.wanted = { place, portrait, expression };
    const token = ++this.request;
    void Promise.all([this.placeTexture(place), this.portraitTexture(portrait, expression)]).then(
      ([placeKey, portraitKey]) => {
        if (this.stopped || token !== this.request) return;
        this.applyPlace(placeKey);
        this.applyPortrait(portraitKey);
        this.answeredAShow = true;
        this.evictUnused();
      },
    );
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
  }

  setDimmed(on: boolean): void {
    if (this.stopped || on === this.dimmed) return;
    this.dimmed = on;
    const veil = this.veil.setVisible(true);
    this.tweens.killTweensOf(veil);
    const alpha = on ? DIM_ALPHA : 0;
    if (this.reducedMotion) {
      veil.setAlpha(alpha).setVisible(on);
    } else {
      this.tweens.add({ targets: veil, alpha, duration: DIM_FADE_MS, onComplete: () => veil.setVisible(on) });
    }
    this.idle.requestFrame();
  }

  /** Matches the drawing buffer to the window, re-lays everything out and draws once (nothing if unchanged). */
  resize(cssSize: Size, devicePixelRatio: number): void {
    if (this.stopped) return;
    this.resolution = drawingResolution(cssSize, devicePixelRatio);
    const view = drawingSize(cssSize, this.resolution);
    if (view.width !== this.view.width || view.height !== this.view.height) {
      this.view = view;
      this.scale.resize(view.width, view.height);
      this.places.live.forEach((picture) => this.layoutPlace(picture));
      this.portraits.live.forEach((picture) => this.layoutPortrait(picture));
      this.veil.setSize(view.width, view.height);
      // A larger window may need sharper art: ask again (already-large-enough textures are reused).
      if (this.wanted.place !== undefined || this.wanted.portrait !== undefined)
        this.show(this.wanted.place, this.wanted.portrait, this.wanted.expression);
      this.drawLight();
      this.idle.requestFrame();
    }
  }

  /** Draws one frame now and then, e.g. after the tab comes back or the GPU context is restored. */
  redraw(): void {
    if (!this.stopped) this.idle.requestFrame();
  }

  /** Stops all work; the caller then destroys the game, whose next step must run to finish that. */
  stopBackdrop(): void {
    this.stopped = true;
    this.textureCache.dispose();
    this.idle.stop();
  }

  private texture(request: SvgRequest | undefined): Promise<string | undefined> {
    return request ? this.textureCache.ensure(request) : Promise.resolve(undefined);
  }

  private async placeTexture(place: string | undefined): Promise<string | undefined> {
    if (place === undefined) return undefined;
    const url = await this.setup.art.placeUrl(place);
    return this.texture(url ? { name: `place:${place}`, url, size: placeTextureSize(this.view) } : undefined);
  }

  private async portraitTexture(id: string | undefined, expression: string | undefined): Promise<string | undefined> {
    const name = id === undefined ? undefined : this.setup.art.portraitName(id, expression);
    if (id === undefined || name === undefined) return undefined;
    const url = await this.setup.art.portraitUrl(id, expression);
    const size = portraitTextureSize(this.view, this.resolution);
    return this.texture(url ? { name: `portrait:${name}`, url, size } : undefined);
  }

  /** The art's name from a texture key: `portrait:kerry-worried@600x800` → `kerry-worried`. */
  private static artName(key: string): string {
    return key === NO_ART ? '' : key.slice(key.indexOf(':') + 1).split('@')[0]!;
  }

  private reportShown(): void {
    this.setup.onShown?.({
      place: BackdropScene.artName(this.shown.place),
      portrait: BackdropScene.artName(this.shown.portrait),
    });
  }

  private drawLight(): void {
    drawLight(this.light, this.view, BackdropScene.artName(this.shown.place));
  }

  private fadeMs(from: string, to: string): number {
    // Swapping a texture for a sharper one of the same art is not a visible change.
    const sameArt = from !== NO_ART && to !== NO_ART && from.split('@')[0] === to.split('@')[0];
    return this.reducedMotion || sameArt ? 0 : FADE_MS;
  }

  private applyPlace(key: string | undefined): void {
    const shown = key ?? NO_ART;
    if (shown === this.shown.place && this.places.live.length > 0) return;
    const picture: Picture = key ? this.add.image(0, 0, key).setOrigin(0) : this.add.graphics();
    this.layoutPlace(picture);
    const first = this.places.live.length === 0;
    const fadeMs = first ? 0 : this.fadeMs(this.shown.place, shown);
    this.places.replace(picture, fadeMs);
    const newArt = BackdropScene.artName(this.shown.place) !== BackdropScene.artName(shown);
    this.shown.place = shown;
    if (key && newArt && !this.reducedMotion) {
      settle(this, picture, () => coverRect(this.view, PLACE_ART), MOTION.settleMs);
      this.drawLight();
      lightUp(this, this.light, MOTION.lightMs);
    } else if (newArt) {
      this.drawLight();
      lightUp(this, this.light, 0);
    }
    this.reportShown();
    this.idle.requestFrame();
  }

  private applyPortrait(key: string | undefined): void {
    const shown = key ?? NO_ART;
    if (shown === this.shown.portrait) return;
    const picture = key ? this.add.image(0, 0, key).setOrigin(0) : undefined;
    if (picture) this.layoutPortrait(picture);
    const person = (name: string): string => this.setup.art.personOf(BackdropScene.artName(name));
    const samePerson =
      shown !== NO_ART && this.shown.portrait !== NO_ART && person(shown) === person(this.shown.portrait);
    const fadeMs = this.fadeMs(this.shown.portrait, shown);
    this.portraits.replace(picture, samePerson ? Math.min(fadeMs, EXPRESSION_FADE_MS) : fadeMs);
    // Someone new steps in; someone who spoke last and speaks again after a line of narration just fades back.
    if (picture && person(shown) !== this.lastPerson && fadeMs > 0)
      enter(this, picture, () => portraitRect(this.view, this.resolution), MOTION.enterMs);
    if (picture) this.lastPerson = person(shown);
    this.shown.portrait = shown;
    this.reportShown();
    this.idle.requestFrame();
  }

  private layoutPlace(picture: Picture): void {
    if (picture instanceof Phaser.GameObjects.Graphics) {
      fillCorners(picture.clear(), FALLBACK_COLOURS, [1, 1, 1, 1]).fillRect(0, 0, this.view.width, this.view.height);
      return;
    }
    const rect = coverRect(this.view, PLACE_ART);
    picture.setPosition(rect.x, rect.y).setDisplaySize(rect.width, rect.height);
  }

  private layoutPortrait(picture: Picture): void {
    const rect = portraitRect(this.view, this.resolution);
    picture.setPosition(rect.x, rect.y);
    if (picture instanceof Phaser.GameObjects.Image) picture.setDisplaySize(rect.width, rect.height);
  }

  private evictUnused(): void {
    const inUse = new Set(
      [...this.places.live, ...this.portraits.live].flatMap((picture) =>
        picture instanceof Phaser.GameObjects.Image ? [picture.texture.key] : [],
      ),
    );
    this.textureCache.evict('place:', KEEP_TEXTURES.place, inUse);
    this.textureCache.evict('portrait:', KEEP_TEXTURES.portrait, inUse);
  }
}
