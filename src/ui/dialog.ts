// A modal dialog: focus moves in, stays in (Tab wraps), Escape closes, focus returns to where it was.
import { h } from './dom.ts';

export interface DialogHandle {
  readonly close: () => void;
  readonly element: HTMLElement;
}

let opened = 0;

export function openDialog(
  title: string,
  build: (close: () => void) => (Node | null)[],
  options: { wide?: boolean; onClose?: () => void } = {},
): DialogHandle {
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const heading = h('h2', { id: `dialog-title-${++opened}`, tabindex: -1, text: title });
  const dialog = h('div', {
    class: `dialog${options.wide ? ' wide' : ''}`,
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': heading.id,
  });
  const layer = h('div', { class: 'dialog-backdrop' }, dialog);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    layer.remove();
    document.removeEventListener('keydown', onKey, true);
    options.onClose?.();
    if (returnFocus?.isConnected) returnFocus.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      trapTab(dialog, event);
    }
  };
  dialog.append(heading, ...build(close).filter((node): node is Node => node !== null));
  document.body.append(layer);
  document.addEventListener('keydown', onKey, true);
  heading.focus();
  return { close, element: dialog };
}

export function isDialogOpen(): boolean {
  return document.querySelector('.dialog-backdrop') !== null;
}

function trapTab(container: HTMLElement, event: KeyboardEvent): void {
  const focusable = [
    ...container.querySelectorAll<HTMLElement>(
      'button, [href], input, textarea, select, [tabindex]:not([tabindex="-1"])',
    ),
  ].filter((el) => !el.hasAttribute('disabled'));
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (event.shiftKey && (document.activeElement === first || !container.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
