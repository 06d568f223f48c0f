// What an organisation's learning platform is told (completion only, or decisions and the principle profile
// too, never notes): one line on the content notice before play, and a section in settings. Nothing otherwise.
import { h } from './dom.ts';
import type { UiContext } from './ui-context.ts';

/** The line said before play; empty when no learning platform launched the game. */
export function lmsReportingLine(ctx: UiContext): HTMLElement[] {
  if (!ctx.lms) return [];
  const words = ctx.words().messages.lmsReporting;
  return [h('p', { class: 'lms-reporting', text: words[ctx.lms.reports] })];
}

/** The same in settings, under its own heading. */
export function lmsReportingSection(ctx: UiContext): HTMLElement[] {
  if (!ctx.lms) return [];
  const words = ctx.words().messages.lmsReporting;
  return [
    h(
      'section',
      { class: 'settings-lms', 'aria-labelledby': 'settings-lms-heading' },
      h('h2', { id: 'settings-lms-heading', text: words.heading }),
      ...lmsReportingLine(ctx),
    ),
  ];
}
