// The SCORM 1.2 and 2004 runtime: finds the LMS's API (API / API_1484_11, up the parents then the opener's),
// reports incomplete → completed (never a score or pass/fail), session time, bookmark and exit, and, when the app
// sends them, decisions as interactions and the profile as objectives. Every call is guarded; nothing throws.
import type { LearningEvent, LmsConnection, LmsLaunchSettings } from '../core/ports.ts';

/** The calls both versions share, by their 2004 names (1.2's are mapped from them). */
type ScormApi = Readonly<Record<string, unknown>>;

interface Vocabulary {
  readonly api: 'API' | 'API_1484_11';
  readonly calls: Readonly<Record<'init' | 'get' | 'set' | 'commit' | 'finish' | 'error', string>>;
  readonly status: string;
  readonly location: string;
  readonly exit: string;
  readonly normalExit: string;
  readonly sessionTime: string;
  readonly response: string;
  readonly alreadyOpen: string;
  readonly time: (ms: number) => string;
}

/** 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function scorm12Time(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const [h, m, s] = [Math.floor(cs / 360000), Math.floor(cs / 6000) % 60, Math.floor(cs / 100) % 60];
  return `${pad(Math.min(h, 9999), 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`;
}

/** 2004's timeinterval: an ISO 8601 duration such as PT1H2M3.4S. */
export function iso8601Duration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const [h, m, s] = [Math.floor(cs / 360000), Math.floor(cs / 6000) % 60, (cs % 6000) / 100];
  return `PT${h > 0 ? `${h}H` : ''}${h > 0 || m > 0 ? `${m}M` : ''}${Number(s.toFixed(2))}S`;
}

const SCORM12: Vocabulary = {
  api: 'API',
  calls: {
    init: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    finish: 'LMSFinish',
    error: 'LMSGetLastError',
  },
  status: 'cmi.core.lesson_status',
  location: 'cmi.core.lesson_location',
  exit: 'cmi.core.exit',
  normalExit: '',
  sessionTime: 'cmi.core.session_time',
  response: 'student_response',
  alreadyOpen: '101',
  time: scorm12Time,
};

const SCORM2004: Vocabulary = {
  api: 'API_1484_11',
  calls: {
    init: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    finish: 'Terminate',
    error: 'GetLastError',
  },
  status: 'cmi.completion_status',
  location: 'cmi.location',
  exit: 'cmi.exit',
  normalExit: 'normal',
  sessionTime: 'cmi.session_time',
  response: 'learner_response',
  alreadyOpen: '103',
  time: iso8601Duration,
};

/** Letters, digits and `_ . : -` only: valid as a SCORM 1.2 identifier and a 2004 short identifier. */
export function scormSafe(text: string, max = 250): string {
  const safe = text.replace(/[^A-Za-z0-9_.:-]+/g, '_').slice(0, max);
  return /[A-Za-z0-9]/.test(safe) ? safe : `x${safe}`;
}

/** The standard search: up to 7 parents of `start`, then the same from its opener. */
export function findScormApi(start: Window, name: 'API' | 'API_1484_11'): ScormApi | undefined {
  const search = (from: Window | null): ScormApi | undefined => {
    let win = from;
    for (let tries = 0; win && tries <= 7; tries++) {
      try {
        const api = (win as unknown as Record<string, unknown>)[name];
        if (typeof api === 'object' && api !== null) return api as ScormApi;
        if (win.parent === win) return undefined;
        win = win.parent;
      } catch {
        return undefined; // another site's window: not ours to search
      }
    }
    return undefined;
  };
  try {
    return search(start) ?? search(start.opener as Window | null);
  } catch {
    return undefined;
  }
}

export function openScormConnection(settings: LmsLaunchSettings, win: Window = window): LmsConnection {
  const words = settings.standard === 'scorm12' ? SCORM12 : SCORM2004;
  return new ScormConnection(words, findScormApi(win, words.api), settings.standard === 'scorm12');
}

class ScormConnection implements LmsConnection {
  private open_ = false;
  private closed = false;
  private completed = false;
  private unfinished = false;
  private openedAt = 0;

  constructor(
    private readonly words: Vocabulary,
    private readonly api: ScormApi | undefined,
    private readonly v12: boolean,
  ) {}

  open(): Promise<{ connected: boolean; bookmark: string | undefined }> {
    const started = this.call('init', '');
    this.open_ = started === 'true' || this.call('error') === this.words.alreadyOpen;
    if (!this.open_) return Promise.resolve({ connected: false, bookmark: undefined });
    this.openedAt = Date.now();
    this.completed = ['completed', 'passed'].includes(this.get(this.words.status));
    const bookmark = this.get('cmi.suspend_data');
    return Promise.resolve({ connected: true, bookmark: bookmark === '' ? undefined : bookmark });
  }

  record(event: LearningEvent): void {
    if (!this.open_ || this.closed) return;
    switch (event.type) {
      case 'playthrough-started':
        this.unfinished = true;
        if (!this.completed) this.set(this.words.status, 'incomplete');
        break;
      case 'decision-taken':
        this.interaction(event);
        break;
      case 'playthrough-finished':
        this.unfinished = false;
        this.completed = true;
        this.set(this.words.status, 'completed');
        this.profile(event.profile);
        break;
      case 'note-written':
        return; // never sent
    }
    this.call('commit', '');
  }

  saveBookmark(bookmark: string): void {
    if (!this.open_ || this.closed) return;
    this.set('cmi.suspend_data', bookmark);
    const [, scenario = '', , , , , , path = ''] = bookmark.split('|');
    this.set(this.words.location, `${scenario}:${path.length}`.slice(0, 255));
    this.call('commit', '');
  }

  close(): Promise<void> {
    if (!this.open_ || this.closed) return Promise.resolve();
    this.closed = true;
    this.set(this.words.sessionTime, this.words.time(Date.now() - this.openedAt));
    this.set(this.words.exit, this.unfinished || !this.completed ? 'suspend' : this.words.normalExit);
    this.call('commit', '');
    this.call('finish', '');
    return Promise.resolve();
  }

  private interaction(event: Extract<LearningEvent, { type: 'decision-taken' }>): void {
    const n = this.count('cmi.interactions._count');
    const at = `cmi.interactions.${n}`;
    const tags = [...event.supports.map((p) => `supports_${p}`), ...event.undermines.map((p) => `undermines_${p}`)];
    this.set(`${at}.id`, scormSafe(`d${event.ordinal + 1}_${event.decisionId}`));
    this.set(`${at}.type`, 'choice');
    this.set(`${at}.${this.words.response}`, scormSafe(event.optionId));
    this.set(`${at}.result`, 'neutral');
    // 1.2 has no description: the principle tags are the interaction's objectives.
    if (this.v12) tags.forEach((tag, i) => this.set(`${at}.objectives.${i}.id`, scormSafe(tag)));
    else this.set(`${at}.description`, tags.join(' ').slice(0, 250) || 'no principle tags');
  }

  /** 2004: one objective per principle (id, "supported N, undermined M"); 1.2: two per principle, counts as raw. */
  private profile(profile: Extract<LearningEvent, { type: 'playthrough-finished' }>['profile']): void {
    for (const { principle, supported, undermined } of profile) {
      const id = scormSafe(principle, 200);
      if (this.v12) {
        this.objective(`${id}_supported`, { 'score.raw': String(supported) });
        this.objective(`${id}_undermined`, { 'score.raw': String(undermined) });
      } else {
        this.objective(id, { description: `supported ${supported}, undermined ${undermined}` });
      }
    }
  }

  private objective(id: string, values: Record<string, string>): void {
    const known = this.count('cmi.objectives._count');
    let n = known;
    for (let i = 0; i < known; i++) if (this.get(`cmi.objectives.${i}.id`) === id) n = i;
    if (n === known) this.set(`cmi.objectives.${n}.id`, id);
    for (const [key, value] of Object.entries(values)) this.set(`cmi.objectives.${n}.${key}`, value);
  }

  private count(element: string): number {
    const n = Number.parseInt(this.get(element), 10);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  private get(element: string): string {
    return this.call('get', element);
  }

  private set(element: string, value: string): void {
    this.call('set', element, value);
  }

  /** One API call, never throwing: what it returned as text ('' when it could not be made). */
  private call(which: keyof Vocabulary['calls'], ...args: string[]): string {
    const fn = this.api?.[this.words.calls[which]];
    if (typeof fn !== 'function') return '';
    try {
      const result: unknown = fn.apply(this.api, args);
      return typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean'
        ? String(result)
        : '';
    } catch (error) {
      console.debug(`The learning platform's ${this.words.calls[which]} failed.`, error);
      return '';
    }
  }
}
