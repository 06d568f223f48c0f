// What follows every solo playthrough, whatever the ending: the support services, the scenario "Start here"
// leads on to (the case study after the warm-up), and, for a guest, keeping this progress under a name.
// Added under the debrief by the navigation, so the debrief screen itself need not know about it.
import { nextAfter, type ScenarioEntry } from '../../app/scenario-catalogue.ts';
import { button, h } from '../dom.ts';
import { supportList } from '../support-list.ts';
import type { UiContext } from '../ui-context.ts';
import '../../styles/first-run.css';

export function afterPlaythrough(ctx: UiContext, scenario: ScenarioEntry, isGuest: boolean): HTMLElement {
  const words = ctx.words().messages.firstRun;
  const next = nextAfter(ctx.scenarios, scenario);
  return h(
    'section',
    { class: 'card wide after-playthrough no-print', 'aria-labelledby': 'after-heading' },
    h('h2', { id: 'after-heading', text: words.afterHeading }),
    h('p', { text: words.afterLead }),
    supportList('h3'),
    next || isGuest ? h('h3', { text: words.nextHeading }) : null,
    isGuest ? h('p', { class: 'muted', text: words.guestKeep }) : null,
    h(
      'div',
      { class: 'button-row' },
      next
        ? button(words.nextScenario(next.title), () => ctx.go.notice(next, 'new'), {
            class: 'primary',
            id: 'next-scenario',
          })
        : null,
      isGuest ? button(words.nameProfile, () => ctx.go.profiles(), { id: 'after-name-profile' }) : null,
    ),
  );
}
