// "Who is playing?": pick or add a local profile. Profiles keep saves and notes apart on a shared device.
import { addProfile, removeProfile, selectProfile } from '../../app/profiles.ts';
import { button, h, screenHeading } from '../dom.ts';
import type { GameApp } from '../game-app.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function profileScreen(ctx: UiContext, app: GameApp): Screen {
  ctx.setLocation('Who is playing?', false);
  ctx.backdrop().show('calm', undefined);
  const heading = screenHeading('h1', 'Who is playing?');
  const list = h('ul', { class: 'scenario-list', 'aria-label': 'Profiles on this device' });
  const error = h('p', { class: 'error-text', role: 'alert', hidden: true });
  const nameInput = h('input', { type: 'text', id: 'profile-name', autocomplete: 'off', maxlength: 40 });
  const form = h('form', { class: 'add-profile' },
    h('label', { class: 'field', for: 'profile-name' }, h('span', { text: 'Add a profile: your name or initials' }), nameInput),
    error,
    h('button', { type: 'submit', class: 'primary', text: 'Add and continue' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const added = addProfile(app.profiles, nameInput.value, Date.now());
    if ('error' in added) {
      error.textContent = added.error;
      error.hidden = false;
      nameInput.focus();
      return;
    }
    void app.setProfiles(added.list).then(() => ctx.go.title());
  });

  const render = () => {
    list.replaceChildren(...app.profiles.profiles.map((profile) =>
      h('li', { class: 'scenario' },
        h('h2', { text: profile.name }),
        h('div', { class: 'button-row' },
          button(`Play as ${profile.name}`, () => void app.setProfiles(selectProfile(app.profiles, profile.id)).then(() => ctx.go.title()), { class: profile.id === app.profiles.currentId ? 'primary' : '' }),
          button(`Remove ${profile.name}`, () => {
            if (window.confirm(`Remove the profile "${profile.name}" from this list? Its saved games stay on the device until you delete all data in Settings.`)) {
              void app.setProfiles(removeProfile(app.profiles, profile.id)).then(render);
            }
          }, { class: 'small danger' }),
        ),
      ),
    ));
    list.hidden = app.profiles.profiles.length === 0;
  };
  render();

  const card = h('div', { class: 'card' },
    heading,
    h('p', { class: 'lead', text: 'Each person sharing this device can have a profile, with their own saves and notes. There are no accounts: profiles stay on this device and nothing is sent anywhere.' }),
    list,
    form,
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}
