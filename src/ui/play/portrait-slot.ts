// The small round portrait beside a name plate, shown instead of the drawn portrait band on narrow windows
// (phones, portrait tablets; the CSS decides). The art is the same files the backdrop draws, each fetched
// only when a plate first needs it; this only places a picture of it in the HTML slot.
import type { Speaker } from '../../core/session/scene-page.ts';
import { h } from '../dom.ts';

const files = import.meta.glob<string>('../../../assets/art/characters/*.svg', { query: '?url', import: 'default' });

const portraits: ReadonlyMap<string, () => Promise<string>> = new Map(
  Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), load]),
);

/** The loader of a speaker's portrait (their expression's face, when one is drawn), or undefined. */
function portraitLoader(speaker: Speaker, expression: string | undefined): (() => Promise<string>) | undefined {
  const id = speaker.portrait;
  if (!id) return undefined;
  return (expression ? portraits.get(`${id}-${expression}`) : undefined) ?? portraits.get(id);
}

/** A decorative round portrait for the plate (its picture arrives when loaded), or null when the speaker has none. */
export function portraitSlot(speaker: Speaker, expression: string | undefined): HTMLElement | null {
  const load = portraitLoader(speaker, expression);
  if (!load) return null;
  const picture = h('img', { alt: '', decoding: 'async', width: 60, height: 80 });
  const slot = h('span', { class: 'plate-portrait', 'aria-hidden': 'true' }, picture);
  // The circle shows with its picture, never empty while the picture is on its way (its place is kept).
  picture.addEventListener('load', () => slot.classList.add('loaded'), { once: true });
  // Only where the slot is shown (narrow windows): a wide window draws the portrait behind the words instead.
  if (window.matchMedia('not ((min-aspect-ratio: 6/5) and (min-width: 900px))').matches)
    load().then(
      (url) => (picture.src = url),
      () => slot.remove(),
    );
  return slot;
}
