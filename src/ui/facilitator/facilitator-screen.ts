// Facilitator mode's entry from the navigator: the setup screen, the guide, or a group session (as the
// audience screen or the presenter view). The sessions themselves come from the app's FacilitatorSessions.
import '../../styles/facilitator.css';
import type { FacilitatorSessions } from '../../app/facilitator-sessions.ts';
import type { WindowRole } from '../../app/facilitator-sync.ts';
import { button, h, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import type { FacilitatorRoute } from './facilitator-route.ts';
import { guideScreen } from './guide-screen.ts';
import type { GuideTimings } from './guide-timings.ts';
import { sessionScreen } from './session-screen.ts';
import { setupScreen } from './setup-screen.ts';

export function facilitatorScreen(ctx: UiContext, sessions: FacilitatorSessions, route: FacilitatorRoute): Screen {
  switch (route.kind) {
    case 'setup':
      return setupScreen(ctx, {
        sessions,
        onStarted: (controller) => ctx.go.facilitator({ kind: 'run', controller }),
        onGuide: () => ctx.go.facilitator({ kind: 'guide' }),
      });
    case 'guide':
      return guideScreen(
        ctx,
        () => (route.printable ? ctx.go.title() : ctx.go.facilitator({ kind: 'setup' })),
        () => guideTimings(ctx, sessions),
      );
    case 'run':
      return sessionScreen(ctx, route.controller, route.role ?? 'audience');
    case 'open':
      return openingScreen(ctx, sessions, route.sessionId, route.role);
  }
}

/** A saved session opening in this window (a presenter window, or after a reload): a moment of loading. */
/** The planner's timings for the longest bundled scenario that is not a variant: the case study. */
async function guideTimings(ctx: UiContext, sessions: FacilitatorSessions): Promise<GuideTimings | undefined> {
  const candidates = ctx.scenarios.filter((s) => !s.own && !s.variantOf);
  const longest = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, s) => ((s.lengthMinutes ?? 0) > (best?.lengthMinutes ?? -1) ? s : best),
    undefined,
  );
  if (!longest) return undefined;
  return { scenarioTitle: longest.title, plans: await sessions.plans(longest, 3) };
}

function openingScreen(ctx: UiContext, sessions: FacilitatorSessions, sessionId: string, role: WindowRole): Screen {
  ctx.setLocation('Group session', false);
  const heading = screenHeading(
    'h1',
    role === 'presenter' ? 'Opening the presenter view…' : 'Opening the group session…',
  );
  const status = h('div', { role: 'status' });
  let disposed = false;
  void sessions.open(sessionId, role).then((result) => {
    if (disposed) {
      if (result.ok) result.controller.close();
      return;
    }
    if (!result.ok) {
      heading.textContent = 'This group session could not be opened';
      status.replaceChildren(
        h('p', { class: 'error-text', text: result.error }),
        h(
          'div',
          { class: 'button-row' },
          button('Run a group session', () => ctx.go.facilitator({ kind: 'setup' }), { class: 'primary' }),
          button('Back to title', () => ctx.go.title()),
        ),
      );
      return;
    }
    if (result.storyChanged)
      ctx.toast(
        'This scenario has been updated since the session was saved. Its choices still fit, so the room carries on where it was.',
      );
    ctx.go.facilitator({ kind: 'run', controller: result.controller, role });
  });
  return {
    element: h('div', { class: 'screen' }, h('div', { class: 'card' }, heading, status)),
    focus: heading,
    dispose: () => {
      disposed = true;
    },
  };
}
