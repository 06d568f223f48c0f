// A playthrough reported to the learning platform that launched the game (SCORM, cmi5), through an LmsConnection:
// started and finished always, each decision and the principle profile only when the package opted in, never a
// note. Saves the bookmark as play moves on; says once when progress isn't being recorded. Never blocks play.
import type { LearningEvent, LearningRecordPort, LmsConnection, LmsLaunchSettings, SaveStore } from '../core/ports.ts';
import { decodeBookmark, encodeBookmark, type Bookmark } from '../core/lms/suspend-data.ts';
import { bookmarkingStore, restoreBookmark } from './lms-bookmarks.ts';

/** What the learner is told is reported (before play, and in settings). */
export type LmsReporting = 'completion' | 'decisions';

/** What the screens show about the learning platform. */
export interface LmsNotice {
  readonly reports: LmsReporting;
  /** A learner resuming may go past the content notice (the package's choice; never by default). */
  readonly skipNoticeOnResume: boolean;
  /** Calls `listener` once if progress isn't being recorded (at once, when that is already known). */
  onNotRecording(listener: () => void): void;
}

type State = 'opening' | 'connected' | 'not-recording';

export class LmsSession {
  private state: State = 'opening';
  private queue: (() => void)[] = [];
  private listeners: (() => void)[] = [];
  private lastBookmark = '';
  private opened: Promise<Bookmark | undefined> | undefined;
  readonly learning: LearningRecordPort = { record: (event) => this.forward(event) };
  readonly notice: LmsNotice;

  constructor(
    private readonly connection: LmsConnection,
    private readonly settings: LmsLaunchSettings,
  ) {
    this.notice = {
      reports: settings.reportDecisions ? 'decisions' : 'completion',
      skipNoticeOnResume: settings.skipNoticeOnResume,
      onNotRecording: (listener) => {
        if (this.state === 'not-recording') listener();
        else this.listeners.push(listener);
      },
    };
  }

  /** Starts the attempt once; the platform's bookmark (when it holds one this game can read) comes back. */
  open(): Promise<Bookmark | undefined> {
    this.opened ??= this.connect();
    return this.opened;
  }

  /** The store the game should write through: each save that moves the learner on updates the bookmark. */
  observe(store: SaveStore): SaveStore {
    return bookmarkingStore(store, (bookmark) => this.saveBookmark(bookmark));
  }

  /** Carry the platform's bookmark onto this device unless the device has a newer place; true when it did. */
  async restore(store: SaveStore, profileId: string, bookmark: Bookmark | undefined): Promise<boolean> {
    if (!bookmark || !this.offers(bookmark.scenarioId)) return false;
    return restoreBookmark(store, profileId, bookmark);
  }

  /** The scenarios the package offers (all of them when it names none, or none it names exist). */
  scenarios<T extends { readonly id: string }>(all: readonly T[]): T[] {
    const offered = all.filter((s) => this.offers(s.id));
    return offered.length > 0 ? offered : [...all];
  }

  /** Session time, commit and the end of the attempt; safe to call more than once. */
  async close(): Promise<void> {
    if (this.state === 'not-recording') return;
    try {
      await this.connection.close();
    } catch (error) {
      console.debug('The learning platform could not be told the session ended.', error);
    }
  }

  private offers(scenarioId: string): boolean {
    return this.settings.scenarios.length === 0 || this.settings.scenarios.includes(scenarioId);
  }

  private async connect(): Promise<Bookmark | undefined> {
    try {
      const { connected, bookmark } = await this.connection.open();
      if (!connected) {
        this.notRecording();
        return undefined;
      }
      this.state = 'connected';
      const queued = this.queue;
      this.queue = [];
      for (const send of queued) send();
      return decodeBookmark(bookmark);
    } catch (error) {
      console.debug('The learning platform could not be reached.', error);
      this.notRecording();
      return undefined;
    }
  }

  private notRecording(): void {
    this.state = 'not-recording';
    this.queue = [];
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
  }

  /** What the package reports: decisions and the profile only when opted in, notes never. */
  private forward(event: LearningEvent): void {
    switch (event.type) {
      case 'note-written':
        return;
      case 'decision-taken':
        if (this.settings.reportDecisions) this.send(() => this.connection.record(event));
        return;
      case 'playthrough-finished': {
        const sent = this.settings.reportDecisions ? event : { ...event, profile: [] };
        this.send(() => this.connection.record(sent));
        return;
      }
      case 'playthrough-started':
        this.send(() => this.connection.record(event));
        return;
    }
  }

  private saveBookmark(bookmark: Bookmark): void {
    if (!this.offers(bookmark.scenarioId)) return;
    let text: string;
    try {
      text = encodeBookmark(bookmark);
    } catch (error) {
      console.debug('This place cannot be bookmarked on the learning platform.', error);
      return;
    }
    // A note written (or settings saved) moves no one on: only a new place is sent.
    const place = text.replace(/^((?:[^|]*\|){5})[^|]*/, '$1');
    if (place === this.lastBookmark) return;
    this.lastBookmark = place;
    this.send(() => this.connection.saveBookmark(text));
  }

  private send(call: () => void): void {
    const guardedCall = () => {
      try {
        call();
      } catch (error) {
        console.debug('The learning platform refused a record; play carries on.', error);
      }
    };
    if (this.state === 'connected') guardedCall();
    else if (this.state === 'opening') this.queue.push(guardedCall);
  }
}
