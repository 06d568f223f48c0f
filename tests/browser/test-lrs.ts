// A learning record store and cmi5 LMS for tests, on 127.0.0.1: answers the cmi5 fetch URL with an auth token,
// serves LMS.LaunchData, takes statements and State API documents (recording all of it), allows the package's
// origin by CORS, and can be told to fail (500) or never answer, to check that play goes on regardless.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LrsMood = 'answering' | 'failing' | 'silent';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const AU_ID = 'urn:practice-paths:au:test';
export const PUBLISHER_AU_ID = 'urn:practice-paths:au:published';

export interface Statement {
  readonly verb: { readonly id: string };
  readonly object: { readonly id: string; readonly definition?: Record<string, unknown> };
  readonly result?: { readonly response?: string; readonly completion?: boolean; readonly score?: unknown } & {
    readonly success?: boolean;
    readonly extensions?: Record<string, unknown>;
  };
  readonly context?: {
    readonly registration?: string;
    readonly extensions?: Record<string, unknown>;
    readonly contextActivities?: Record<string, readonly { readonly id: string }[]>;
  };
}

export interface TestLrs {
  readonly origin: string;
  mood: LrsMood;
  readonly statements: Statement[];
  readonly states: Map<string, string>;
  /** A fresh registration with the LMS's "launched" recorded, and the page address that launches the AU. */
  launch(pageUrl: string): { url: string; registration: string; sessionId: string };
  close(): Promise<void>;
}

const ACTOR = { objectType: 'Agent', name: 'Sam Learner', account: { homePage: 'https://lms.example', name: 'sam' } };

function body(request: IncomingMessage): Promise<string> {
  return new Promise((done) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => done(text));
  });
}

export async function startTestLrs(): Promise<TestLrs> {
  const launches = new Map<string, string>(); // registration → session id
  const lrs: { -readonly [K in keyof TestLrs]: TestLrs[K] } = {
    origin: '',
    close: () => Promise.resolve(),
    mood: 'answering',
    statements: [],
    states: new Map(),
    launch(pageUrl) {
      const registration = randomUUID();
      const sessionId = randomUUID();
      launches.set(registration, sessionId);
      lrs.statements.push({
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
        object: { id: AU_ID },
        context: { registration, extensions: { [SESSION_EXTENSION]: sessionId } },
      });
      const query = new URLSearchParams({
        endpoint: `${lrs.origin}/xapi/`,
        fetch: `${lrs.origin}/fetch?registration=${registration}`,
        actor: JSON.stringify(ACTOR),
        registration,
        activityId: AU_ID,
      });
      return { url: `${pageUrl}?${query.toString()}`, registration, sessionId };
    },
  };
  const launchData = (registration: string) => ({
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_AU_ID }] },
      extensions: { [SESSION_EXTENSION]: launches.get(registration) },
    },
    launchMode: 'Normal',
    launchMethod: 'AnyWindow',
    moveOn: 'Completed',
  });
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    if (lrs.mood === 'silent' && request.method !== 'OPTIONS') return; // never answers
    const { status, type, text } = reply(request, await body(request));
    response.writeHead(status, type ? { 'Content-Type': type } : {}).end(text);
  };
  type Reply = { status: number; type?: string; text?: string };
  const json = (value: unknown): Reply => ({ status: 200, type: 'application/json', text: JSON.stringify(value) });
  const reply = (request: IncomingMessage, text: string): Reply => {
    if (request.method === 'OPTIONS') return { status: 204 };
    if (lrs.mood === 'failing') return { status: 500, text: 'Internal Server Error' };
    const url = new URL(request.url ?? '/', lrs.origin);
    if (url.pathname === '/fetch') return json({ 'auth-token': 'dGVzdDp0ZXN0' });
    if (url.pathname === '/xapi/statements' && ['POST', 'PUT'].includes(request.method ?? '')) {
      const sent = JSON.parse(text) as Statement | Statement[];
      lrs.statements.push(...(Array.isArray(sent) ? sent : [sent]));
      return json([randomUUID()]);
    }
    if (url.pathname !== '/xapi/activities/state') return { status: 404 };
    const registration = url.searchParams.get('registration') ?? '';
    const key = `${registration}|${url.searchParams.get('stateId')}`;
    if (url.searchParams.get('stateId') === 'LMS.LaunchData') return json(launchData(registration));
    if (request.method !== 'GET') {
      lrs.states.set(key, text);
      return { status: 204 };
    }
    const state = lrs.states.get(key);
    return state === undefined ? { status: 404 } : { status: 200, type: 'text/plain', text: state };
  };
  const server = createServer((request, response) => void answer(request, response));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  lrs.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  lrs.close = () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return lrs;
}
