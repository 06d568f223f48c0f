// Where facilitator mode opens: the setup screen, the guide, or a group session (a new one already started
// in this window, or a saved one opened by id as the audience or presenter window).
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import type { WindowRole } from '../../app/facilitator-sync.ts';

export type FacilitatorRoute =
  | { readonly kind: 'setup' }
  | { readonly kind: 'guide'; readonly printable?: boolean }
  | { readonly kind: 'run'; readonly controller: FacilitatorController; readonly role?: WindowRole }
  | { readonly kind: 'open'; readonly sessionId: string; readonly role: WindowRole };

/** Query strings a window can be opened with: `?presenter=<id>`, `?audience=<id>`, `?guide`. */
export function routeFromSearch(search: string): FacilitatorRoute | undefined {
  const params = new URLSearchParams(search);
  const presenter = params.get('presenter');
  const audience = params.get('audience');
  if (presenter) return { kind: 'open', sessionId: presenter, role: 'presenter' };
  if (audience) return { kind: 'open', sessionId: audience, role: 'audience' };
  if (params.has('guide')) return { kind: 'guide', printable: true };
  return undefined;
}

/** The address of this page opened as one window of a session. */
export function sessionUrl(role: 'presenter' | 'audience', sessionId: string): string {
  const url = new URL(window.location.href);
  url.search = `?${role}=${encodeURIComponent(sessionId)}`;
  url.hash = '';
  return url.toString();
}
