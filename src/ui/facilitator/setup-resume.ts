// The setup screen's list of group sessions saved on this device, to resume or delete (after asking).
import type { SessionSummary } from '../../app/facilitator-store.ts';
import { button, formatDate, h } from '../dom.ts';
import { openDialog } from '../dialog.ts';
import type { UiContext } from '../ui-context.ts';
import type { FacilitatorSessions } from '../../app/facilitator-sessions.ts';

interface ResumeDeps {
  readonly sessions: Pick<FacilitatorSessions, 'list' | 'remove'>;
}

export async function fillResume(
  ctx: UiContext,
  setup: ResumeDeps,
  slot: HTMLElement,
  resume: (s: SessionSummary) => Promise<void>,
): Promise<void> {
  const sessions = await setup.sessions.list();
  if (sessions.length === 0) return;
  const title = (s: SessionSummary) => ctx.scenarios.find((e) => e.id === s.scenarioId)?.title ?? s.scenarioId;
  const list = h(
    'ul',
    { class: 'scenario-list' },
    ...sessions.slice(0, 6).map((s) => {
      const named = (label: string) =>
        h(
          'span',
          {},
          label,
          h('span', {
            class: 'visually-hidden',
            text: ` the session on ${title(s)} started ${formatDate(s.createdAt)}`,
          }),
        );
      const item = h(
        'li',
        { class: 'scenario' },
        h('h3', { text: title(s) }),
        h('p', { class: 'meta', text: summaryLine(s) }),
        h(
          'div',
          { class: 'button-row' },
          button(named(s.finishedAt ? 'Open' : 'Resume'), () => void resume(s), {
            class: 'primary',
            'data-resume': s.id,
          }),
          button(named('Delete…'), () => confirmDelete(setup, s, title(s), () => item.remove()), {
            class: 'small danger',
          }),
        ),
      );
      return item;
    }),
  );
  slot.replaceChildren(h('h2', { id: 'fac-resume-heading', text: 'Carry on a saved session' }), list);
  slot.hidden = false;
}

function summaryLine(s: SessionSummary): string {
  const choices =
    s.choices === 0 ? 'no choices made yet' : `${String(s.choices)} ${s.choices === 1 ? 'choice' : 'choices'} made`;
  const branches = `${String(s.branches)} ${s.branches === 1 ? 'branch' : 'branches'}`;
  return `Started ${formatDate(s.createdAt)} · last used ${formatDate(s.updatedAt)} · ${choices} · ${branches}${s.finishedAt ? ' · ended' : ''}`;
}

function confirmDelete(setup: ResumeDeps, summary: SessionSummary, title: string, onDeleted: () => void): void {
  openDialog('Delete this group session?', (close) => [
    h('p', {
      text: `The session on ${title} started ${formatDate(summary.createdAt)}, with its votes and branches, will be removed from this device. This cannot be undone.`,
    }),
    h(
      'div',
      { class: 'button-row' },
      button(
        'Delete it',
        () =>
          void setup.sessions.remove(summary.id).then(() => {
            onDeleted();
            close();
          }),
        { class: 'danger' },
      ),
      button('Keep it', close, { class: 'primary' }),
    ),
  ]);
}
