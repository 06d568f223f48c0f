// "Who is playing?": pick or add a local profile. Profiles keep saves and notes apart on a shared device.
import type { DeviceData } from '../../app/device-data.ts';
import type { Profile } from '../../app/profiles.ts';
import { bidi, button, h, isolate, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export type ProfileChoices = Pick<DeviceData, 'profiles' | 'addProfile' | 'selectProfile' | 'removeProfile'>;

export function profileScreen(ctx: UiContext, people: ProfileChoices): Screen {
  ctx.setLocation('Who is playing?', false);
  ctx.backdrop().show('calm', undefined);
  const heading = screenHeading('h1', 'Who is playing?');
  const list = h('ul', { class: 'scenario-list', 'aria-label': 'Profiles on this device' });
  const form = addProfileForm(ctx, people);

  const render = () => {
    const { profiles, currentId } = people.profiles;
    list.replaceChildren(
      ...profiles.map((profile) => profileItem(ctx, people, profile, profile.id === currentId, render)),
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
    people.profiles.profiles.length === 0 ? h('p', { text: ctx.words().messages.firstRun.guestMoves }) : null,
    list,
    form,
    h(
      'div',
      { class: 'button-row' },
      button(ctx.words().messages.common.back, () => ctx.go.title(), { id: 'profiles-back' }),
    ),
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

/** One profile: its name (isolated, so a right-to-left name cannot reorder the words around it) and its buttons. */
function profileItem(
  ctx: UiContext,
  people: ProfileChoices,
  profile: Profile,
  current: boolean,
  render: () => void,
): HTMLElement {
  const remove = () => {
    const question = `Remove the profile "${isolate(profile.name)}" from this list? Its saved games stay on the device until you delete all data in Settings.`;
    if (window.confirm(question)) void people.removeProfile(profile.id).then(render);
  };
  return h(
    'li',
    { class: 'scenario' },
    h('h2', {}, bidi(profile.name)),
    h(
      'div',
      { class: 'button-row' },
      button(
        h('span', {}, 'Play as ', bidi(profile.name)),
        () => void people.selectProfile(profile.id).then(() => ctx.go.title()),
        { class: current ? 'primary' : '' },
      ),
      button(h('span', {}, 'Remove ', bidi(profile.name)), remove, { class: 'small danger' }),
    ),
  );
}

/** Add a profile by name (a guest's progress moves to it, when `people` does that), then go to the title. */
function addProfileForm(ctx: UiContext, people: Pick<ProfileChoices, 'addProfile'>): HTMLFormElement {
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
  return form;
}
