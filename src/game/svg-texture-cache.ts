// Lazily rasterises SVG art into Phaser textures at a requested size, remembers failures, and evicts the
// least recently used textures of a kind beyond a small limit. Knows nothing about places or speakers.
import Phaser from 'phaser';
import type { Size } from './backdrop-layout.ts';

export interface SvgRequest {
  /** A stable name for the art, e.g. `place:park-day`; the texture key adds the size. */
  readonly name: string;
  readonly url: string;
  readonly size: Size;
}

/** A load that has not settled by then is given up, so a stuck file can never keep the loop awake. */
const LOAD_TIMEOUT_MS = 20_000;

/**
 * Vite inlines small files as `data:` URLs, often URL-encoded rather than base64, which Phaser's loader cannot
 * read (it assumes base64 and throws). Hand Phaser a blob: URL of the same text instead.
 */
function loadableUrl(url: string): { url: string; release: () => void } {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) return { url, release: () => undefined };
  const header = url.slice(0, comma);
  const payload = url.slice(comma + 1);
  const text = header.endsWith(';base64')
    ? new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)))
    : decodeURIComponent(payload);
  const blobUrl = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  return { url: blobUrl, release: () => URL.revokeObjectURL(blobUrl) };
}

interface Entry {
  readonly name: string;
  readonly size: Size;
  lastUsed: number;
}

export class SvgTextureCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<string | undefined>>();
  private readonly failedUrls = new Set<string>();
  private readonly cancels = new Set<() => void>();
  private useCounter = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onBusyChange: () => void,
  ) {}

  get loading(): boolean {
    return this.pending.size > 0;
  }

  /** A texture key already made for this art, if one is at least as large as asked; none otherwise. */
  existing(request: SvgRequest): string | undefined {
    let best: string | undefined;
    for (const [key, entry] of this.entries) {
      if (entry.name === request.name && entry.size.width >= request.size.width && this.scene.textures.exists(key)) {
        if (!best || entry.size.width < this.entries.get(best)!.size.width) best = key;
      }
    }
    return best;
  }

  /** Resolves to a texture key for the art (reusing a large-enough one), or undefined if it cannot be loaded. */
  ensure(request: SvgRequest): Promise<string | undefined> {
    const ready = this.existing(request);
    if (ready) return Promise.resolve(this.touch(ready));
    if (this.failedUrls.has(request.url)) return Promise.resolve(undefined);
    const key = `${request.name}@${request.size.width}x${request.size.height}`;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const promise = this.load(key, request).then((ok) => {
      this.pending.delete(key);
      this.onBusyChange();
      if (!ok) {
        this.failedUrls.add(request.url);
        return undefined;
      }
      this.entries.set(key, { name: request.name, size: request.size, lastUsed: 0 });
      return this.touch(key);
    });
    this.pending.set(key, promise);
    this.onBusyChange();
    return promise;
  }

  /** Removes the least recently used textures whose key starts with `prefix`, keeping `keep` and at most `limit`. */
  evict(prefix: string, limit: number, keep: ReadonlySet<string>): void {
    const candidates = [...this.entries]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([, a], [, b]) => b.lastUsed - a.lastUsed);
    for (const [key] of candidates.slice(limit)) {
      if (keep.has(key)) continue;
      this.entries.delete(key);
      if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
    }
  }

  private touch(key: string): string {
    const entry = this.entries.get(key);
    if (entry) entry.lastUsed = ++this.useCounter;
    return key;
  }

  /** Gives up every load in flight (the scene is going away); their promises resolve to undefined. */
  dispose(): void {
    [...this.cancels].forEach((cancel) => cancel());
  }

  private hasTexture(key: string): boolean {
    // A scene being destroyed has lost its systems, whatever Phaser's types say.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    return this.scene.sys?.textures?.exists(key) ?? false;
  }

  private load(key: string, request: SvgRequest): Promise<boolean> {
    const loader = this.scene.load;
    return new Promise((resolve) => {
      let source: { url: string; release: () => void };
      try {
        source = loadableUrl(request.url);
      } catch {
        resolve(false);
        return;
      }
      const fileEvent = `${Phaser.Loader.Events.FILE_KEY_COMPLETE}svg-${key}`;
      const done = (ok: boolean): void => {
        clearTimeout(timer);
        this.cancels.delete(cancel);
        source.release();
        loader.off(fileEvent, onDone);
        loader.off(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
        loader.off(Phaser.Loader.Events.COMPLETE, onBatchEnd);
        resolve(ok);
      };
      const cancel = (): void => done(false);
      const onDone = (): void => done(true);
      const onError = (file: Phaser.Loader.File): void => {
        if (file.key === key) done(false);
      };
      // A file that fails while being decoded ends the batch without an error event of its own.
      const onBatchEnd = (): void => done(this.hasTexture(key));
      const timer = setTimeout(() => done(this.hasTexture(key)), LOAD_TIMEOUT_MS);
      this.cancels.add(cancel);
      loader.once(fileEvent, onDone);
      loader.on(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
      loader.on(Phaser.Loader.Events.COMPLETE, onBatchEnd);
      loader.svg(key, source.url, { width: request.size.width, height: request.size.height });
      loader.start();
    });
  }
}
