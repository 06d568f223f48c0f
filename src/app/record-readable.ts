// Whether a stored record can be read by the game, kind by kind (record-checks.ts): what a backup import checks
// before it writes anything. Apart from record-checks.ts so the group-session check loads with the backup only.
import { readFacilitatorState } from '../core/facilitator/facilitator-record.ts';
import { readSaveRecord } from '../core/save/save-record.ts';
import { readProfileList } from './profiles.ts';
import { isFinishedEntry, isOwnScenarioEntry, recordKindOf } from './record-checks.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a record stored under `key` can be read by the game; records of kinds it does not know pass. */
export function isReadableRecord(key: string, value: unknown): boolean {
  const kind = recordKindOf(key);
  switch (kind) {
    case 'profile-list':
      return value !== undefined && readProfileList(value).ok;
    case 'settings':
      return isObject(value);
    case 'own-scenarios':
      return Array.isArray(value) && value.every(isOwnScenarioEntry);
    case 'autosave':
    case 'slot': {
      const scenario =
        kind === 'autosave' ? key.slice(key.lastIndexOf(':') + 1) : String(isObject(value) && value.scenarioId);
      return readSaveRecord(value, scenario, '').ok;
    }
    case 'history':
      return Array.isArray(value) && value.every(isFinishedEntry);
    case 'set-aside':
      return isObject(value) && typeof value.key === 'string' && typeof value.at === 'number';
    case 'group-session':
      return readFacilitatorState(value).ok;
    case 'notice':
    case 'other':
      return value !== undefined;
  }
}
