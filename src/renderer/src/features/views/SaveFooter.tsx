/**
 * The end of a dialog that writes a file (the deck, the image of the map): what was written or
 * what went wrong, worded by the dialog, then Cancel and Save.
 */
export function SaveFooter(props: { saved: string | null; error: string | null; busy: boolean; cancel: string; save: string; onClose: () => void; onSave: () => void }) {
  return (
    <>
      {props.saved && (
        <p role="status" className="export-written">
          {props.saved}
        </p>
      )}
      {props.error && (
        <p className="prompt-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="ghost" onClick={props.onClose} disabled={props.busy}>
          {props.cancel}
        </button>
        <button type="button" className="primary" onClick={props.onSave} disabled={props.busy}>
          {props.save}
        </button>
      </div>
    </>
  );
}
