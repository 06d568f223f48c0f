// The session menu (Escape, or "Menu" on the audience screen): what does not need a key of its own, and
// leaving. The session stays saved on the device when a window leaves it.
import type { WindowRole } from '../../app/facilitator-sync.ts';
import { button, h } from '../dom.ts';
import { openDialog } from '../dialog.ts';
import type { SessionActions } from './session-ui.ts';

export function openSessionMenu(actions: SessionActions, role: WindowRole): void {
  openDialog('Session menu', (close) => {
    const then = (action: () => void) => () => {
      close();
      action();
    };
    return [
      h('p', {
        class: 'muted',
        text: 'The session is saved on this device at every step: you can leave and carry on later from “Run a group session”.',
      }),
      h(
        'div',
        { class: 'button-column' },
        button('Back to the session', close, { class: 'primary' }),
        button('Keys', then(actions.keys)),
        button('Facilitator’s guide', then(actions.guide)),
        button('Group debrief', then(actions.debrief)),
        button(role === 'presenter' ? 'Leave this window' : 'Leave the session', then(actions.leave), {
          id: 'fac-leave',
        }),
      ),
    ];
  });
}
