// Knowing when the page is going away (closed, reloaded, navigated, or the LMS's frame removed): pagehide and
// beforeunload, whichever comes first, call the handler once.

export function onPageExit(handler: () => void, win: Window = window): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    handler();
  };
  win.addEventListener('pagehide', once);
  win.addEventListener('beforeunload', once);
}
