// Fits a decision's options to the audience screen without scrolling: tries the grid's column counts,
// roomiest first, then a tighter spacing, and keeps the first layout in which every option, its hands, its
// chips and its reason are on screen. It tries the text at wall size (36 px or more) with the full option and
// reason, then with their short forms (`short:`, `why-short:`), and only then at the screen's own size (24 px on
// a 720-line screen, the same size on the wall as 36 px on 1080 lines). The zoom key shows one option large.

/** Column counts to try for a number of options, in order of preference. */
function columnChoices(count: number): number[] {
  if (count <= 1) return [1];
  if (count === 2) return [2, 1];
  if (count === 3) return [3, 2, 1];
  if (count === 4) return [2, 4];
  return [3, 4];
}

/** The ways to draw the grid, in order of preference: wall-size type first, full texts before short forms. */
const STYLES = [
  { wall: true, short: false },
  { wall: true, short: true },
  { wall: false, short: false },
  { wall: false, short: true },
] as const;

/** Lay out the options grid inside `scroller` so that it fits; says whether it does. */
export function fitOptions(scroller: HTMLElement): boolean {
  const grid = scroller.querySelector<HTMLElement>('.fac-options.fac-grid');
  if (!grid) return scroller.scrollHeight <= scroller.clientHeight + 1;
  const choices = columnChoices(Number(grid.dataset.count ?? '1'));
  const hasShortForms = grid.querySelector('.fac-short-text') !== null;
  const fits = () => scroller.scrollHeight <= scroller.clientHeight + 1;
  const use = (columns: number) => {
    for (const n of [1, 2, 3, 4]) grid.classList.toggle(`cols-${String(n)}`, n === columns);
  };
  for (const style of STYLES) {
    if (style.short && !hasShortForms) continue;
    grid.classList.toggle('wall', style.wall);
    grid.classList.toggle('short', style.short);
    for (const tight of [false, true]) {
      grid.classList.toggle('tight', tight);
      for (const columns of choices) {
        use(columns);
        if (fits()) return true;
      }
    }
  }
  grid.classList.remove('wall');
  use(choices[choices.length - 1] === 1 ? choices[0]! : choices[choices.length - 1]!);
  return false;
}
