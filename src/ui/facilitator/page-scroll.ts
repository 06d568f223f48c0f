// Where each "screenful" of a long page starts, so the clicker can move down a page at a time: each new
// screen starts at the first paragraph (or option) that did not fit, never halfway through a line.

/** Scroll offsets of each screen of `scroller`, the first always 0; blocks are marked with data-block. */
export function pageTops(scroller: HTMLElement): number[] {
  const height = scroller.clientHeight;
  const full = scroller.scrollHeight;
  if (height <= 0 || full <= height + 2) return [0];
  const origin = scroller.getBoundingClientRect().top - scroller.scrollTop;
  const blocks = [...scroller.querySelectorAll<HTMLElement>('[data-block]')].map((b) => {
    const r = b.getBoundingClientRect();
    return { top: r.top - origin, bottom: r.bottom - origin };
  });
  const last = full - height;
  const tops = [0];
  let top = 0;
  while (top < last && tops.length < 60) {
    const bottom = top + height;
    const cut = blocks.filter((b) => b.bottom > bottom + 1 && b.top > top + 8).map((b) => b.top);
    let next = cut.length ? Math.min(...cut) - 12 : bottom - 40;
    if (next <= top + height * 0.25) next = top + height * 0.85;
    if (last - next < height * 0.3) next = last;
    next = Math.min(Math.round(next), last);
    tops.push(next);
    top = next;
  }
  return tops;
}
