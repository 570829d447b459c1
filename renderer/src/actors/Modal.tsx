import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: ReactNode;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}

/**
 * A modal <dialog>: showModal() makes the rest of the page inert (Tab stays inside) and, closed,
 * the browser hands focus back to the control that opened it. Esc and the close button close it.
 */
export function Modal({ title, onClose, testId, children }: Props) {
  const { t } = useTranslation('actors');
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
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
