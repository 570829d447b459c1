import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: ReactNode;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Tab past the last control comes back to the first (and Shift+Tab the other way): the page
 * behind is inert, but without this the keyboard would leave for the browser's own bar.
 */
function keepTabInside(e: KeyboardEvent<HTMLDialogElement>): void {
  if (e.key !== 'Tab') return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}

/**
 * A modal <dialog>: showModal() makes the rest of the page inert, Tab wraps inside it, and once
 * closed the keyboard is back on the control that opened it. Esc and the close button close it.
 */
export function Modal({ title, onClose, testId, children }: Props) {
  const { t } = useTranslation('actors');
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  // Layout effects: closed while still in the page, and the keyboard handed back to the control
  // that opened it (React removes the node before a plain effect's cleanup would run).
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="actors-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={keepTabInside}
      data-testid={testId}
    >
      <div className="dialog-top">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="button-quiet dialog-close" onClick={onClose} data-testid="dialog-close">
          {t('ui.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
