// Facilitator mode's entry from the navigator: the setup screen, the guide, or a group session (as the
// audience screen or the presenter view). Builds the session's dependencies from the app's storage.
import '../../styles/facilitator.css';
import type { FacilitatorDeps } from '../../app/facilitator-controller.ts';
import { FacilitatorController } from '../../app/facilitator-controller.ts';
import { FacilitatorStore } from '../../app/facilitator-store.ts';
import type { WindowRole } from '../../app/facilitator-sync.ts';
import type { Clock, SaveStore } from '../../core/ports.ts';
import { button, h, screenHeading } from '../dom.ts';
import type { StorageOutcome } from '../../app/save-manager.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import { newWindowId, openBroadcastChannel } from './broadcast-channel.ts';
import type { FacilitatorRoute } from './facilitator-route.ts';
import { guideScreen } from './guide-screen.ts';
import { sessionScreen } from './session-screen.ts';
import { setupScreen } from './setup-screen.ts';

/** What facilitator mode needs from the app shell. */
export interface FacilitatorHost {
  readonly store: SaveStore;
  readonly clock: Clock;
  readonly reportSave: (outcome: StorageOutcome) => void;
}

export function facilitatorScreen(ctx: UiContext, host: FacilitatorHost, route: FacilitatorRoute): Screen {
  const store = new FacilitatorStore(host.store, host.clock);
  const deps = (role: WindowRole): FacilitatorDeps => ({
    store, clock: host.clock, principleIds: ctx.principles.ids, windowId: newWindowId(), role, openChannel: openBroadcastChannel, onSaved: host.reportSave,
  });
  switch (route.kind) {
    case 'setup':
      return setupScreen(ctx, {
        store,
        deps: () => deps('audience'),
        onStarted: (controller) => ctx.go.facilitator({ kind: 'run', controller }),
        onGuide: () => ctx.go.facilitator({ kind: 'guide' }),
      });
    case 'guide':
      return guideScreen(ctx, () => (route.printable ? ctx.go.title() : ctx.go.facilitator({ kind: 'setup' })));
    case 'run':
      return sessionScreen(ctx, route.controller, route.role ?? 'audience');
    case 'open':
      return openingScreen(ctx, route.sessionId, route.role, deps(route.role));
  }
}

/** A saved session opening in this window (a presenter window, or after a reload): a moment of loading. */
function openingScreen(ctx: UiContext, sessionId: string, role: WindowRole, deps: FacilitatorDeps): Screen {
  ctx.setLocation('Group session', false);
  const heading = screenHeading('h1', role === 'presenter' ? 'Opening the presenter view…' : 'Opening the group session…');
  const status = h('div', { role: 'status' });
  let disposed = false;
  void FacilitatorController.open(sessionId, ctx.scenarios, deps).then((result) => {
    if (disposed) {
      if (result.ok) result.controller.close();
      return;
    }
    if (!result.ok) {
      heading.textContent = 'This group session could not be opened';
      status.replaceChildren(h('p', { class: 'error-text', text: result.error }), h('div', { class: 'button-row' }, button('Run a group session', () => ctx.go.facilitator({ kind: 'setup' }), { class: 'primary' }), button('Back to title', () => ctx.go.title())));
      return;
    }
    if (result.storyChanged) ctx.toast('This scenario has been updated since the session was saved. Its choices still fit, so the room carries on where it was.');
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
