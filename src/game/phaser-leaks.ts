// Undoes what Phaser 4.2 leaves behind when a game is destroyed: its VisibilityHandler adds a document
// 'visibilitychange' listener (holding the whole game) and sets window.onblur/onfocus, and never removes them.

type Listener = EventListenerOrEventListenerObject;

/**
 * Call from the game's `postBoot` callback: Phaser installs its visibility handlers synchronously right after it.
 * Returns a function that removes them again (safe to call more than once).
 */
export function catchVisibilityHandlers(): () => void {
  let visibilityListener: Listener | undefined;
  let blurHandler: Window['onblur'] = null;
  let focusHandler: Window['onfocus'] = null;
  const ownDescriptor = Object.getOwnPropertyDescriptor(document, 'addEventListener');
  const restore = (): void => {
    if (ownDescriptor) Object.defineProperty(document, 'addEventListener', ownDescriptor);
    else Reflect.deleteProperty(document, 'addEventListener');
  };
  // Kept only to be put back afterwards, never called detached.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = document.addEventListener;
  Object.defineProperty(document, 'addEventListener', {
    configurable: true,
    writable: true,
    value(this: Document, type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
      if (type === 'visibilitychange' && listener && !visibilityListener) {
        visibilityListener = listener;
        restore();
      }
      if (listener) original.call(this, type, listener, options);
    },
  });
  queueMicrotask(() => {
    if (!visibilityListener) restore();
    blurHandler = window.onblur;
    focusHandler = window.onfocus;
  });
  return () => {
    if (visibilityListener) document.removeEventListener('visibilitychange', visibilityListener);
    visibilityListener = undefined;
    if (blurHandler && window.onblur === blurHandler) window.onblur = null;
    if (focusHandler && window.onfocus === focusHandler) window.onfocus = null;
    blurHandler = focusHandler = null;
  };
}
