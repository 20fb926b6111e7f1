// A modal confirmation built on <dialog>: focus is trapped by the browser, Escape cancels.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger,
  requireText,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** The user must type this word to enable the confirm button. */
  requireText?: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setTyped('');
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);
  const ok = !requireText || typed === requireText;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (ok) onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div>{children}</div>
        {requireText && (
          <label className="field">
            Type {requireText} to confirm
            <input
              className="input"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoFocus
              autoComplete="off"
            />
          </label>
        )}
        <div className="row">
          <span className="grow" />
          <button className="btn" type="button" onClick={onCancel}>
            Cancel
          </button>
          <button className={`btn ${danger ? 'danger solid' : 'primary'}`} type="submit" disabled={!ok}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
