// The cmi5 runtime behind LmsConnection, through @xapi/cmi5: reads the launch parameters from the address,
// fetches the auth token, sends initialized, completed and terminated (the LMS sends launched), decisions and
// the profile only when opted in, and the bookmark to the State API. Every call has a short time limit; nothing
// throws, and a missing or failing learning record store leaves the game playing.
import Cmi5 from '@xapi/cmi5';
import type { LearningEvent, LmsConnection, LmsLaunchSettings } from '../core/ports.ts';

type Statement = Parameters<Cmi5['sendXapiStatement']>[0];
type Decision = Extract<LearningEvent, { type: 'decision-taken' }>;
type Finished = Extract<LearningEvent, { type: 'playthrough-finished' }>;

/** The State API document holding the learner's place (for the registration). */
export const CMI5_BOOKMARK_STATE = 'urn:practice-paths:state:bookmark';
/** Extension IRIs: URNs, naming Practice Paths' data without claiming a web address. */
export const XAPI_EXTENSIONS = {
  supports: 'urn:practice-paths:xapi:principles-supported',
  undermines: 'urn:practice-paths:xapi:principles-undermined',
  playthrough: 'urn:practice-paths:xapi:playthrough',
  profile: 'urn:practice-paths:xapi:principle-profile',
  ending: 'urn:practice-paths:xapi:ending',
} as const;
const TIME_LIMIT_MS = 4000;

/**
 * One decision as a cmi5 allowed statement: "answered" an interaction activity under the AU's id, the option's id
 * as the response (no correct answer), the LMS's context template and registration, the principle tags.
 */
export function decisionStatement(cmi5: Cmi5, event: Decision, now: Date): Statement {
  const { actor, activityId, registration } = cmi5.getLaunchParameters();
  const template = cmi5.getLaunchData().contextTemplate;
  const decision = `scenario/${encodeURIComponent(event.scenarioId)}/decision/${encodeURIComponent(event.decisionId)}`;
  return {
    actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-GB': 'answered' } },
    object: {
      objectType: 'Activity',
      id: `${activityId}/${decision}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        name: { 'en-GB': `${event.scenarioId}: decision ${event.decisionId}` },
      },
    },
    result: { response: event.optionId },
    context: {
      ...template,
      registration,
      extensions: {
        ...template.extensions,
        [XAPI_EXTENSIONS.supports]: [...event.supports],
        [XAPI_EXTENSIONS.undermines]: [...event.undermines],
        [XAPI_EXTENSIONS.playthrough]: event.playthroughId,
      },
    },
    timestamp: now.toISOString(),
  };
}

/** "completed" as the library builds it, with the ending and the principle profile in its result. */
export function withProfile(statement: Statement, event: Finished): Statement {
  const profile = event.profile.map(({ principle, supported, undermined }) => ({ principle, supported, undermined }));
  const ending = `${event.scenarioId}/${event.ending}`;
  const extensions = {
    ...statement.result?.extensions,
    [XAPI_EXTENSIONS.profile]: profile,
    [XAPI_EXTENSIONS.ending]: ending,
  };
  return { ...statement, result: { ...statement.result, extensions } };
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The learning record store did not answer in ${ms} ms.`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

type Sent = ReturnType<Cmi5['sendXapiStatement']>;

/**
 * The library sends through XMLHttpRequest, which the browser abandons when the page goes away; once the page is
 * closing, statements (terminated) go by a keepalive fetch instead, which outlives the page.
 */
class KeepaliveCmi5 extends Cmi5 {
  closing = false;

  override sendXapiStatement(statement: Statement, options?: { transform?: (s: Statement) => Statement }): Sent {
    if (!this.closing) return super.sendXapiStatement(statement, options);
    const sent = fetch(new URL('statements', this.getLaunchParameters().endpoint), {
      method: 'POST',
      keepalive: true,
      headers: {
        Authorization: `Basic ${this.getAuthToken()}`,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
      },
      body: JSON.stringify(options?.transform ? options.transform(statement) : statement),
    }).then((response) => {
      if (!response.ok) throw new Error(`The learning record store answered ${response.status}.`);
      return response;
    });
    return sent as unknown as Sent;
  }
}

class Cmi5Connection implements LmsConnection {
  private cmi5: KeepaliveCmi5 | undefined;
  /** Sends go one after another, so the record store gets them in order; a failed one doesn't stop the next. */
  private chain: Promise<void> = Promise.resolve();
  private completed = false;
  private closing: Promise<void> | undefined;
  private pendingBookmark: string | undefined;
  /** Sends queued or under way. */
  private sending = 0;

  constructor(
    private readonly settings: LmsLaunchSettings,
    private readonly timeLimitMs: number,
  ) {}

  async open(): Promise<{ connected: boolean; bookmark: string | undefined }> {
    try {
      if (this.cmi5 || !Cmi5.isCmiAvailable) return { connected: Boolean(this.cmi5), bookmark: undefined };
      const cmi5 = new KeepaliveCmi5();
      await within(cmi5.initialize(), this.timeLimitMs);
      this.cmi5 = cmi5;
      return { connected: true, bookmark: await this.readBookmark(cmi5) };
    } catch (error) {
      console.debug('cmi5: no learning record store to report to.', error);
      return { connected: false, bookmark: undefined };
    }
  }

  record(event: LearningEvent): void {
    const cmi5 = this.cmi5;
    if (!cmi5 || this.closing) return;
    if (event.type === 'decision-taken' && this.settings.reportDecisions) {
      this.send(() => cmi5.sendXapiStatement(decisionStatement(cmi5, event, new Date())));
    } else if (event.type === 'playthrough-finished' && !this.completed) {
      // cmi5 allows one "completed" per registration; the profile travels with it only when opted in.
      this.completed = true;
      const profile = this.settings.reportDecisions && event.profile.length > 0;
      this.send(() => cmi5.complete(profile ? { transform: (s) => withProfile(s, event) } : undefined));
    }
  }

  saveBookmark(bookmark: string): void {
    const cmi5 = this.cmi5;
    if (!cmi5 || this.closing) return;
    const queued = this.pendingBookmark !== undefined;
    this.pendingBookmark = bookmark;
    if (queued) return; // the send already waiting will carry the newest place
    this.send(() => {
      const state = this.pendingBookmark ?? bookmark;
      this.pendingBookmark = undefined;
      const { actor, activityId, registration } = cmi5.getLaunchParameters();
      const where = { agent: actor, activityId, registration, stateId: CMI5_BOOKMARK_STATE };
      return cmi5.xapi!.setState({ ...where, state, contentType: 'text/plain' });
    });
  }

  close(): Promise<void> {
    this.closing ??= this.terminate();
    return this.closing;
  }

  /** terminated goes last, unless a send is still under way as the page goes: then at once, or it would be lost. */
  private async terminate(): Promise<void> {
    const cmi5 = this.cmi5;
    if (!cmi5) return;
    cmi5.closing = true;
    if (this.sending === 0) this.send(() => cmi5.terminate());
    else await Promise.all([this.chain, this.guarded(() => cmi5.terminate())]);
    await this.chain;
  }

  private send(work: () => Promise<unknown>): void {
    this.sending++;
    this.chain = this.chain.then(() => this.guarded(work)).finally(() => this.sending--);
  }

  private guarded(work: () => Promise<unknown>): Promise<void> {
    return Promise.resolve()
      .then(() => within(work(), this.timeLimitMs))
      .then(
        () => undefined,
        (error: unknown) => console.debug('cmi5: a statement was not recorded.', error),
      );
  }

  private async readBookmark(cmi5: Cmi5): Promise<string | undefined> {
    try {
      const { actor, activityId, registration } = cmi5.getLaunchParameters();
      const where = { agent: actor, activityId, registration, stateId: CMI5_BOOKMARK_STATE };
      const { data } = await within(cmi5.xapi!.getState(where), this.timeLimitMs);
      return typeof data === 'string' && data !== '' ? data : undefined;
    } catch {
      return undefined; // none stored yet (404), or the store is slow: start afresh
    }
  }
}

/** The connection for a cmi5 launch; `timeLimitMs` bounds each call to the LMS or record store. */
export function openCmi5Connection(settings: LmsLaunchSettings, timeLimitMs = TIME_LIMIT_MS): LmsConnection {
  return new Cmi5Connection(settings, timeLimitMs);
}
