// The device's clock behind the Clock port; everything else asks the port for the time.
import type { Clock } from '../core/ports.ts';

export const systemClock: Clock = { now: () => Date.now() };
