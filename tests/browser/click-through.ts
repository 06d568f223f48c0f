// Clicking through a story as a reader with a mouse would, with one round trip to the page per click: the page
// itself waits for the next thing to click and says where it is; the test then clicks there with the mouse.
import type { Page } from 'playwright-core';

export interface Click {
  readonly kind: 'reveal' | 'continue' | 'option' | 'summary';
  readonly x: number;
  readonly y: number;
}

/**
 * Wait in the page (it checks every 40 ms; nothing polls from here) for the next thing a reader would click:
 * "Show all the text" while the page is still revealing, "Continue" between a page's beats, else the option whose
 * text is in `prefer` when one is on offer, else option `pick` (modulo how many there are), or the way to the summary.
 * Never the element just clicked while the page still reads the same, and only where the element is the one under
 * the pointer.
 */
export async function nextClick(page: Page, pick: number, prefer: readonly string[] = []): Promise<Click> {
  return page.evaluate(
    ({ pick, prefer }) =>
      new Promise<Click>((resolve) => {
        const seen = window as unknown as { lastClicked?: Element; lastText?: string };
        const tick = (): void => {
          const options = [...document.querySelectorAll('.choices button')];
          const reveal = document.querySelector('.reveal-all');
          const summary = document.querySelector('#see-summary');
          const more = document.querySelector('.continue-beat');
          const preferred = options.find((b) => prefer.includes(b.querySelector('.key + span')?.textContent ?? ''));
          const target = summary ?? reveal ?? more ?? preferred ?? options[pick % Math.max(1, options.length)];
          const text = document.querySelector('.transcript')?.textContent ?? '';
          const stale = target === seen.lastClicked && target?.isConnected === true && text === seen.lastText;
          if (target && !stale) {
            const r = target.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            if (r.width > 0 && hit && target.contains(hit)) {
              seen.lastClicked = target;
              seen.lastText = text;
              resolve({ kind: summary ? 'summary' : reveal ? 'reveal' : more ? 'continue' : 'option', x, y });
              return;
            }
          }
          // A timer, not every frame: asking for a frame 60 times a second made the page draw them, about 7 % of
          // a playthrough's CPU, and what is waited for here comes later than one poll anyway.
          setTimeout(tick, 40);
        };
        tick();
      }),
    { pick, prefer },
  );
}
