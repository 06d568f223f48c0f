// An LmsConnection in memory, for tests of what a learning platform is told: keeps every call, holds a bookmark
// as a platform would, and can be told to be absent (connected: false), to fail opening, or to throw on record.
import type { LearningEvent, LmsConnection } from '../../src/core/ports.ts';

export class MemoryLmsConnection implements LmsConnection {
  readonly calls: string[] = [];
  readonly events: LearningEvent[] = [];
  readonly bookmarks: string[] = [];
  closed = 0;
  absent = false;
  failOpen = false;
  throwOnRecord = false;
  /** Resolve open() only when the test says (a slow platform). */
  private hold: Promise<void> | undefined;
  private release: (() => void) | undefined;

  constructor(public stored?: string) {}

  slow(): void {
    this.hold = new Promise((resolve) => (this.release = resolve));
  }

  answer(): void {
    this.release?.();
  }

  async open(): Promise<{ connected: boolean; bookmark: string | undefined }> {
    this.calls.push('open');
    if (this.hold) await this.hold;
    if (this.failOpen) throw new Error('The platform is down.');
    return { connected: !this.absent, bookmark: this.absent ? undefined : this.stored };
  }

  record(event: LearningEvent): void {
    this.calls.push(`record:${event.type}`);
    if (this.throwOnRecord) throw new Error('The platform refused.');
    this.events.push(event);
  }

  saveBookmark(bookmark: string): void {
    this.calls.push('bookmark');
    this.bookmarks.push(bookmark);
    this.stored = bookmark;
  }

  async close(): Promise<void> {
    this.calls.push('close');
    this.closed++;
  }
}
