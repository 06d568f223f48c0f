// The SCORM runtime against scorm-again (an LMS-side SCORM implementation) as the platform: it finds the API
// the standard way, reports incomplete then completed with no score, the session time in each version's format,
// decisions as neutral choice interactions, the profile as objectives, the bookmark, and suspend on exit.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import {
  findScormApi,
  iso8601Duration,
  openScormConnection,
  scorm12Time,
  scormSafe,
} from '../../src/adapters/scorm-connection.ts';
import type { LearningEvent, LmsLaunchSettings } from '../../src/core/ports.ts';

const ids = { scenarioId: 'first-shift', playthroughId: 'first-shift@1' };
const started: LearningEvent = { type: 'playthrough-started', ...ids, resumed: false };
const decision: LearningEvent = {
  type: 'decision-taken',
  ...ids,
  ordinal: 0,
  decisionId: 'first call',
  optionIndex: 1,
  optionId: 'door.0.c-1',
  supports: ['children-first'],
  undermines: ['voice'],
};
const finished: LearningEvent = {
  type: 'playthrough-finished',
  ...ids,
  ending: 'stayed',
  profile: [{ principle: 'children-first', supported: 2, undermined: 1 }],
};

/** A window chain: the game's frame, `depth` parents up, the top one holding `api` under `name`. */
function frames(depth: number, name: string, api: object): Window {
  const top = { [name]: api } as unknown as Window & { parent: Window };
  top.parent = top;
  let win: Window = top;
  for (let i = 0; i < depth; i++) {
    const child = { parent: win } as unknown as Window;
    win = child;
  }
  return win;
}

/** Every value the game set on the LMS, in order (many elements are write-only, so they are watched as set). */
function watch(lms: Scorm12API | Scorm2004API, setCall: 'LMSSetValue' | 'SetValue') {
  const sets: [string, string][] = [];
  lms.on(`${setCall}.cmi.*`, (element: string, value: unknown) => void sets.push([element, String(value)]));
  const last = (element: string) => sets.filter(([e]) => e === element).at(-1)?.[1];
  const all = (element: string) => sets.filter(([e]) => e === element).map(([, v]) => v);
  return { sets, last, all };
}

const settings = (standard: LmsLaunchSettings['standard']): LmsLaunchSettings => ({
  standard,
  reportDecisions: true,
  skipNoticeOnResume: false,
  scenarios: [],
});

describe('SCORM connection', () => {
  it('finds the API up to seven parents away, or through the opener, and never further', () => {
    const api = {};
    expect(findScormApi(frames(7, 'API', api), 'API')).toBe(api);
    expect(findScormApi(frames(8, 'API', api), 'API')).toBeUndefined();
    const popup = { opener: frames(2, 'API_1484_11', api) } as unknown as Window & { parent: Window };
    popup.parent = popup;
    expect(findScormApi(popup, 'API_1484_11')).toBe(api);
  });

  it('SCORM 1.2: incomplete, a choice per decision, completed, no score, session time, bookmark', async () => {
    const lms = new Scorm12API({ autocommit: false, logLevel: 5 });
    const seen = watch(lms, 'LMSSetValue');
    const connection = openScormConnection(settings('scorm12'), frames(2, 'API', lms));
    expect(await connection.open()).toEqual({ connected: true, bookmark: undefined });
    connection.record(started);
    connection.record(decision);
    connection.saveBookmark('pp1|first-shift|0a1b2c3d|1|1|1|p|1');
    connection.record(finished);
    await connection.close();
    expect(seen.all('cmi.core.lesson_status')).toEqual(['incomplete', 'completed']);
    expect(seen.sets.filter(([e]) => e.includes('score.raw') && !e.startsWith('cmi.objectives'))).toEqual([]);
    expect(lms.cmi.core.score.raw).toBe('');
    expect(seen.last('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(seen.last('cmi.core.exit')).toBe('');
    expect(seen.last('cmi.suspend_data')).toBe('pp1|first-shift|0a1b2c3d|1|1|1|p|1');
    expect(seen.last('cmi.core.lesson_location')).toBe('first-shift:1');
    expect(seen.last('cmi.interactions.0.id')).toBe('d1_first_call');
    expect(seen.last('cmi.interactions.0.type')).toBe('choice');
    expect(seen.last('cmi.interactions.0.result')).toBe('neutral');
    expect(seen.last('cmi.interactions.0.student_response')).toBe('door.0.c-1');
    expect(seen.sets.filter(([e]) => e.startsWith('cmi.interactions.1'))).toEqual([]);
    expect(seen.all('cmi.interactions.0.objectives.0.id')).toEqual(['supports_children-first']);
    expect(seen.all('cmi.interactions.0.objectives.1.id')).toEqual(['undermines_voice']);
    expect(seen.sets.filter(([e]) => e.startsWith('cmi.objectives'))).toEqual([
      ['cmi.objectives.0.id', 'children-first_supported'],
      ['cmi.objectives.0.score.raw', '2'],
      ['cmi.objectives.1.id', 'children-first_undermined'],
      ['cmi.objectives.1.score.raw', '1'],
    ]);
  });

  it('SCORM 2004: completion only, success unknown, ISO 8601 session time, description holds the tags', async () => {
    const lms = new Scorm2004API({ autocommit: false, logLevel: 5 });
    const seen = watch(lms, 'SetValue');
    const connection = openScormConnection(settings('scorm2004'), frames(1, 'API_1484_11', lms));
    expect((await connection.open()).connected).toBe(true);
    connection.record(started);
    connection.record(decision);
    connection.saveBookmark('pp1|first-shift|0a1b2c3d|1|1|1|p|10');
    await connection.close();
    await connection.close();
    expect(seen.all('cmi.completion_status')).toEqual(['incomplete']);
    expect(seen.all('cmi.success_status')).toEqual([]);
    expect(lms.cmi.success_status).toBe('unknown');
    expect(lms.cmi.score.raw).toBe('');
    expect(seen.all('cmi.exit')).toEqual(['suspend']);
    expect(seen.last('cmi.session_time')).toMatch(/^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
    expect(seen.last('cmi.location')).toBe('first-shift:2');
    expect(seen.last('cmi.interactions.0.type')).toBe('choice');
    expect(seen.last('cmi.interactions.0.result')).toBe('neutral');
    expect(seen.last('cmi.interactions.0.learner_response')).toBe('door.0.c-1');
    expect(seen.last('cmi.interactions.0.description')).toBe('supports_children-first undermines_voice');
    expect(lms.GetLastError()).toBe('0');
  });

  it('reads back the stored bookmark, and says it is not connected when no API is found', async () => {
    const lms = new Scorm2004API({ autocommit: false, logLevel: 5 });
    lms.loadFromJSON({ suspend_data: 'pp1|x|00000000|1|1|1|p|0', completion_status: 'incomplete' }, '');
    const connection = openScormConnection(settings('scorm2004'), frames(0, 'API_1484_11', lms));
    expect(await connection.open()).toEqual({ connected: true, bookmark: 'pp1|x|00000000|1|1|1|p|0' });
    const absent = openScormConnection(settings('scorm12'), frames(3, 'nothing', {}));
    expect(await absent.open()).toEqual({ connected: false, bookmark: undefined });
    expect(() => absent.record(started)).not.toThrow();
  });

  it('formats times and identifiers the way each version accepts', () => {
    expect(scorm12Time(3_723_456)).toBe('0001:02:03.46');
    expect(iso8601Duration(3_723_456)).toBe('PT1H2M3.46S');
    expect(iso8601Duration(4_000)).toBe('PT4S');
    expect(scormSafe('a b,c|d')).toBe('a_b_c_d');
    expect(scormSafe('§§')).toBe('x_');
  });
});
