import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey, MessageParams } from '../../../../core/i18n/catalogue';
import type { ProjectData } from '../../../../core/model/schema';
import { slideDate, slideTitleOf, sourceLine } from '../../../../core/model/views';

export interface PresentationProps {
  data: ProjectData;
  index: number;
  onIndex: (index: number) => void;
  onLeave: () => void;
  /** today, as YYYY-MM-DD: the date the source line gives */
  today: string;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * The slides over the map, full screen: each view's title at the top, the map as the view shows
 * it with its legend (the map area's own), the source line below, the speaker notes for the
 * presenter when asked (N). Arrow keys, PageUp/PageDown and space move; Escape leaves.
 */
export function Presentation({ data, index, onIndex, onLeave, today }: PresentationProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [notes, setNotes] = useState(false);
  const view = data.views[index];
  const total = data.views.length;
  const keys = useRef({ index, total, onIndex, onLeave });
  useEffect(() => {
    keys.current = { index, total, onIndex, onLeave };
  }, [index, total, onIndex, onLeave]);

  useEffect(() => {
    // taken before anything underneath sees them: the map's own keys and Escape handlers wait
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current;
      if (e.key === 'Escape') k.onLeave();
      else if (NEXT.has(e.key)) k.onIndex(Math.min(k.total - 1, k.index + 1));
      else if (PREVIOUS.has(e.key)) k.onIndex(Math.max(0, k.index - 1));
      else if (e.key === 'Home') k.onIndex(0);
      else if (e.key === 'End') k.onIndex(k.total - 1);
      else if (e.key === 'n' || e.key === 'N') setNotes((x) => !x);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  if (!view) return null;
  const translator = { lang, t: (key: MessageKey, params?: MessageParams) => t(key, params ?? {}) } as const;
  return (
    <div className="presentation" role="region" aria-label={t('views.present.region')} data-testid="presentation" data-slide={index + 1}>
      <h1 className="presentation-title" data-testid="slide-title">
        {slideTitleOf(view)}
      </h1>
      <div className="presentation-foot">
        <span className="presentation-source" data-testid="slide-source">
          {sourceLine(data, view, translator, slideDate(today, lang))}
        </span>
        <span className="presentation-nav">
          <button type="button" onClick={() => onIndex(Math.max(0, index - 1))} disabled={index === 0} aria-label={t('views.present.previous')} title={t('views.present.previous')}>
            ‹
          </button>
          <span data-testid="slide-counter">{t('views.present.counter', { n: index + 1, total })}</span>
          <button type="button" onClick={() => onIndex(Math.min(total - 1, index + 1))} disabled={index === total - 1} aria-label={t('views.present.next')} title={t('views.present.next')}>
            ›
          </button>
          <button type="button" onClick={() => setNotes((x) => !x)} aria-pressed={notes}>
            {notes ? t('views.present.hideNotes') : t('views.present.showNotes')}
          </button>
          <button type="button" onClick={onLeave}>
            {t('views.present.leave')}
          </button>
        </span>
      </div>
      {notes && (
        <aside className="presentation-notes" aria-label={t('views.present.notes')} data-testid="slide-notes">
          <h2>{t('views.present.notes')}</h2>
          <p>{view.speakerNotes.trim() || t('views.present.noNotes')}</p>
        </aside>
      )}
    </div>
  );
}
