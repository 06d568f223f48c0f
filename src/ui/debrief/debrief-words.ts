// The debrief's words from the message catalogue, and the one way debrief views name an ending and a decision.
import type { Messages } from '../i18n/catalogue.ts';
import type { UiContext } from '../ui-context.ts';

export type DebriefWords = Messages['debrief'];

export const debriefWords = (ctx: UiContext): DebriefWords => ctx.words().messages.debrief;
