// The backdrop from the very first frame, before Phaser loads (and when it cannot): the place and the speaker's
// portrait painted as CSS backgrounds of the #backdrop element, laid out with the same maths as the Phaser scene.
// No Phaser here, so it can ship in the first script; it never moves, so it never costs a frame.
import type { Backdrop } from '../ui/backdrop-port.ts';
import { bundledArt, type ArtCatalogue } from './backdrop-art.ts';
import { coverRect, PLACE_ART, portraitRect, type Size } from './backdrop-layout.ts';

/** The same calm slate-blue wash the page shows before any art. */
const WASH = 'linear-gradient(160deg, #1d3142, #101a24 70%)';
const DIM = 'inset 0 0 0 100vmax rgba(0, 0, 0, 0.6)';

export interface CssBackdrop extends Backdrop {
  /** Stops following requests and resizes (a drawn backdrop has taken over); what is painted stays beneath it. */
  release(): void;
}

interface Painted {
  readonly place: string;
  readonly portrait: string;
  readonly placeUrl: string | undefined;
  readonly portraitUrl: string | undefined;
}

function sizeOf(parent: HTMLElement): Size {
  return {
    width: parent.clientWidth || window.innerWidth || 1,
    height: parent.clientHeight || window.innerHeight || 1,
  };
}

function paint(parent: HTMLElement, painted: Painted): void {
  const view = sizeOf(parent);
  const layers: { image: string; position: string; size: string }[] = [];
  if (painted.portraitUrl) {
    const r = portraitRect(view);
    layers.push({
      image: `url("${painted.portraitUrl}")`,
      position: `${r.x}px ${r.y}px`,
      size: `${r.width}px ${r.height}px`,
    });
  }
  if (painted.placeUrl) {
    const r = coverRect(view, PLACE_ART);
    layers.push({
      image: `url("${painted.placeUrl}")`,
      position: `${r.x}px ${r.y}px`,
      size: `${r.width}px ${r.height}px`,
    });
  }
  layers.push({ image: WASH, position: '0 0', size: '100% 100%' });
  Object.assign(parent.style, {
    backgroundImage: layers.map((l) => l.image).join(', '),
    backgroundPosition: layers.map((l) => l.position).join(', '),
    backgroundSize: layers.map((l) => l.size).join(', '),
    backgroundRepeat: 'no-repeat',
  });
  parent.dataset.drawn = 'css';
  parent.dataset.place = painted.placeUrl ? painted.place : '';
  parent.dataset.portrait = painted.portraitUrl ? painted.portrait : '';
}

export function createCssBackdrop(parent: HTMLElement, art: ArtCatalogue = bundledArt()): CssBackdrop {
  let request = 0;
  let released = false;
  let painted: Painted | undefined;
  const onResize = (): void => {
    if (painted) paint(parent, painted);
  };
  window.addEventListener('resize', onResize);
  const release = (): void => {
    released = true;
    window.removeEventListener('resize', onResize);
  };
  return {
    show(place, portrait, expression) {
      if (released) return;
      const token = ++request;
      const portraitName = portrait === undefined ? undefined : art.portraitName(portrait, expression);
      void Promise.all([
        place === undefined ? undefined : art.placeUrl(place),
        portrait === undefined ? undefined : art.portraitUrl(portrait, expression),
      ]).then(([placeUrl, portraitUrl]) => {
        if (released || token !== request) return;
        painted = { place: place ?? '', portrait: portraitName ?? '', placeUrl, portraitUrl };
        paint(parent, painted);
      });
    },
    setReducedMotion: () => undefined,
    setDimmed(on) {
      if (!released) parent.style.boxShadow = on ? DIM : '';
    },
    release,
    destroy() {
      release();
      parent.style.backgroundImage = parent.style.boxShadow = '';
    },
  };
}
