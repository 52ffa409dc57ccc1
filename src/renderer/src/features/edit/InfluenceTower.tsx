import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './fields';

/** The tower's drawn height in pixels, whatever its scale: steps get thinner on a tall scale. */
const TOWER_PX = 150;
/** The plate under the tower: pressing or dragging onto it rates 0. */
const BASE_PX = 10;

/**
 * A Net-Map "influence tower": a column of the project's influence steps (0 to its tower height),
 * filled up to the actor's rating. Set by clicking a step, by dragging up or down (saved once, on
 * letting go), by typing, or from the keyboard as a slider: arrows up and down (or right and
 * left) a step, Page Up/Down three, Home 0, End the top, Delete not rated. A rating above the
 * project's height (from an imported file) makes the tower that tall.
 */
export function InfluenceTower({ value, max, name, onChange }: { value: number | null; max: number; name: string; onChange: (value: number | null) => void }) {
  const { t } = useTranslation();
  const top = Math.max(max, Math.ceil(value ?? 0));
  const step = TOWER_PX / top;
  const [dragging, setDragging] = useState<number | null>(null);
  // the last value sent, until the stored one comes back: keys pressed in quick succession
  // each move on from the one before, not from a rating the store has not answered yet
  const [sent, setSent] = useState<{ value: number | null } | null>(null);
  // adjusting state while rendering: the store's answer has come, the sent value is done with
  if (sent && sent.value === value) setSent(null);
  const tower = useRef<HTMLDivElement>(null);
  const current = sent && sent.value !== value ? sent.value : value;
  const shown = dragging ?? current;

  const valueAt = (clientY: number): number => {
    const box = tower.current?.getBoundingClientRect();
    if (!box) return 0;
    const above = box.bottom - BASE_PX - clientY;
    return Math.min(top, Math.max(0, Math.ceil(above / step)));
  };
  const commit = (v: number | null) => {
    if (v === current) return;
    setSent({ value: v });
    onChange(v);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    setDragging(valueAt(e.clientY));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging !== null) setDragging(valueAt(e.clientY));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging === null) return;
    const v = valueAt(e.clientY);
    setDragging(null);
    commit(v);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const now = current ?? 0;
    const by: Record<string, number | null> = {
      ArrowUp: now + 1,
      ArrowRight: now + 1,
      ArrowDown: now - 1,
      ArrowLeft: now - 1,
      PageUp: now + 3,
      PageDown: now - 3,
      Home: 0,
      End: top,
      Delete: null,
      Backspace: null,
    };
    if (!(e.key in by)) return;
    e.preventDefault();
    const next = by[e.key] ?? null;
    // the first press on an unrated actor rates it where the arrow points from 0
    commit(next === null ? null : Math.min(top, Math.max(0, Math.round(next))));
  };

  const valueText = shown === null ? t('details.actor.influenceNone') : t('details.actor.influenceValue', { value: shown, max: top });
  return (
    <div className="influence">
      <div
        ref={tower}
        className={dragging === null ? 'influence-tower' : 'influence-tower dragging'}
        role="slider"
        tabIndex={0}
        aria-label={t('details.actor.influenceTower', { name })}
        aria-valuemin={0}
        aria-valuemax={top}
        aria-valuenow={shown ?? undefined}
        aria-valuetext={valueText}
        title={t('details.actor.influenceHint')}
        data-testid="influence-tower"
        data-value={shown ?? ''}
        style={{ height: TOWER_PX + BASE_PX }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDragging(null)}
        onKeyDown={onKey}
      >
        {Array.from({ length: top }, (_, i) => (
          <span key={i} className={shown !== null && i < shown ? 'influence-step on' : 'influence-step'} style={{ height: step, bottom: BASE_PX + i * step }} />
        ))}
        <span className="influence-base" style={{ height: BASE_PX }} />
      </div>
      <div className="influence-side">
        <strong className="influence-value" data-testid="influence-value">
          {valueText}
        </strong>
        <TextField
          label={t('details.actor.influence')}
          name="influence"
          inputMode="decimal"
          value={value === null ? '' : String(value)}
          invalid={(text) => {
            const n = Number(text.trim().replace(',', '.'));
            return text.trim() !== '' && (!Number.isFinite(n) || n < 0 || n > 1000) ? t('details.actor.influenceScale', { max: 1000 }) : null;
          }}
          onSave={(text) => commit(text.trim() === '' ? null : Number(text.trim().replace(',', '.')))}
        />
        <span className="muted small">{t('details.actor.influenceScale', { max: top })}</span>
        {value !== null && (
          <button type="button" className="ghost" onClick={() => commit(null)}>
            {t('details.actor.influenceClear')}
          </button>
        )}
      </div>
    </div>
  );
}
