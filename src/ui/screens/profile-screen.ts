// "Who is playing?": pick or add a local profile. Profiles keep saves and notes apart on a shared device.
import type { DeviceData } from '../../app/device-data.ts';
import { button, h, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export type ProfileChoices = Pick<DeviceData, 'profiles' | 'addProfile' | 'selectProfile' | 'removeProfile'>;

export function profileScreen(ctx: UiContext, people: ProfileChoices): Screen {
  ctx.setLocation('Who is playing?', false);
  ctx.backdrop().show('calm', undefined);
  const heading = screenHeading('h1', 'Who is playing?');
  const list = h('ul', { class: 'scenario-list', 'aria-label': 'Profiles on this device' });
  const error = h('p', { class: 'error-text', role: 'alert', hidden: true });
  const nameInput = h('input', { type: 'text', id: 'profile-name', autocomplete: 'off', maxlength: 40 });
  const form = h(
    'form',
    { class: 'add-profile' },
    h(
      'label',
      { class: 'field', for: 'profile-name' },
      h('span', { text: 'Add a profile: your name or initials' }),
      nameInput,
    ),
    error,
    h('button', { type: 'submit', class: 'primary', text: 'Add and continue' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void people.addProfile(nameInput.value).then((added) => {
      if (added.ok) {
        ctx.go.title();
        return;
      }
      error.textContent = added.error;
      error.hidden = false;
      nameInput.focus();
    });
  });

  const render = () => {
    const { profiles, currentId } = people.profiles;
    list.replaceChildren(
      ...profiles.map((profile) =>
        h(
          'li',
          { class: 'scenario' },
          h('h2', { text: profile.name }),
          h(
            'div',
            { class: 'button-row' },
            button(`Play as ${profile.name}`, () => void people.selectProfile(profile.id).then(() => ctx.go.title()), {
              class: profile.id === currentId ? 'primary' : '',
            }),
            button(
              `Remove ${profile.name}`,
              () => {
                if (
                  window.confirm(
                    `Remove the profile "${profile.name}" from this list? Its saved games stay on the device until you delete all data in Settings.`,
                  )
                ) {
                  void people.removeProfile(profile.id).then(render);
                }
              },
              { class: 'small danger' },
            ),
          ),
        ),
      ),
    );
    list.hidden = profiles.length === 0;
  };
  render();

  const card = h(
    'div',
    { class: 'card' },
    heading,
    h('p', {
      class: 'lead',
      text: 'Each person sharing this device can have a profile, with their own saves and notes. There are no accounts: profiles stay on this device and nothing is sent anywhere.',
    }),
    list,
    form,
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}
