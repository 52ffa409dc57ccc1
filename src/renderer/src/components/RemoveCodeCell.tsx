/**
 * The last cell of a codebook row: a remove button, or, while elements still use the code, the
 * words saying so instead (the rules refuse removing a code in use; the row says it beforehand).
 */
export function RemoveCodeCell({ inUse, inUseText, removeLabel, onRemove }: { inUse: boolean; inUseText: string; removeLabel: string; onRemove: () => void }) {
  return (
    <td>
      {inUse ? (
        <span className="muted small">{inUseText}</span>
      ) : (
        <button type="button" className="icon danger" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
          ×
        </button>
      )}
    </td>
  );
}
