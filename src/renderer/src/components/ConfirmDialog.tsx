import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  title: string;
  /** what will happen, in sentences */
  children: ReactNode;
  confirmLabel: string;
  /** shown on the confirm button while the action runs */
  busyLabel?: string;
  busy?: boolean;
  /** the action cannot run yet (its consequences are still being worked out) */
  disabled?: boolean;
  /** why the action failed, shown in the dialog */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A question before something that cannot be undone. Cancel has the focus, so Enter does not
 * confirm by accident; Escape, Cancel and a click beside the dialog leave everything as it was.
 * Escape is taken before any panel underneath sees it, so only the question closes.
 */
export function ConfirmDialog({ title, children, confirmLabel, busyLabel, busy = false, disabled = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancel.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (!busy) onCancel();
      } else if (e.key === 'Tab') {
        // the focus stays within the question
        const buttons = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
        const first = buttons[0];
        const last = buttons.at(-1);
        if (!first || !last) return;
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        } else if (!dialog.current?.contains(document.activeElement)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [busy, onCancel]);

  // on the page itself, above any panel it is asked from
  return createPortal(
    <div
      className="modal-backdrop confirm-backdrop"
      onClick={(e) => {
        e.stopPropagation();
        if (!busy) onCancel();
      }}
    >
      <div
        ref={dialog}
        className="modal confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId} className="confirm-body">
          {children}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button ref={cancel} type="button" className="ghost" onClick={onCancel} disabled={busy}>
            {t('ui.cancel')}
          </button>
          <button type="button" className="destructive" onClick={onConfirm} disabled={busy || disabled}>
            {busy && busyLabel ? busyLabel : confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
