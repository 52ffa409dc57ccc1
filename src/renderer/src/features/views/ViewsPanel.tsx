import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData, SavedView } from '../../../../core/model/schema';
import { slideTitleOf } from '../../../../core/model/views';
import { useActions } from '../../app';
import { ViewForm, type ViewTexts } from './ViewForm';
import './views.css';

export interface ViewsPanelProps {
  data: ProjectData;
  /** the view shown last, marked in the list */
  shown: string | null;
  /** saves the map as it is now as a new view with these texts */
  onSave: (texts: ViewTexts) => void;
  /** saves the map as it is now into this view */
  onUpdateFromMap: (view: SavedView) => void;
  onShow: (view: SavedView) => void;
  onPresent: (index: number) => void;
  onExport: () => void;
}

const moved = (ids: string[], i: number, by: -1 | 1): string[] | null => {
  const j = i + by;
  if (j < 0 || j >= ids.length) return null;
  const out = [...ids];
  [out[i], out[j]] = [out[j] as string, out[i] as string];
  return out;
};

/** The saved views, in the order of the slides: save the map as one, show, update, edit, reorder, delete, present. */
export function ViewsPanel({ data, shown, onSave, onUpdateFromMap, onShow, onPresent, onExport }: ViewsPanelProps) {
  const { t } = useTranslation();
  const actions = useActions();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const ids = data.views.map((v) => v.id as string);
  const layoutName = (v: SavedView) => t(`map.layouts.${v.state.layout}`);
  return (
    <section className="views-panel" aria-labelledby="views-title" data-testid="views-panel">
      <h2 id="views-title" className="visually-hidden">
        {t('views.panel.tab')}
      </h2>
      <p className="muted small">{t('views.panel.intro')}</p>
      <div className="views-actions">
        <button type="button" className="primary" onClick={() => setAdding(true)} disabled={adding}>
          {t('views.panel.save')}
        </button>
        <button type="button" onClick={() => onPresent(0)} disabled={data.views.length === 0} title={t('views.panel.presentTitle')} aria-keyshortcuts="F5">
          ▶ {t('views.panel.present')}
        </button>
        <button type="button" onClick={onExport} disabled={data.views.length === 0}>
          {t('views.panel.exportDeck')}
        </button>
      </div>
      {adding && (
        <ViewForm
          testId="view-new"
          initial={{ name: t('views.panel.defaultName', { n: data.views.length + 1 }), description: '', slideTitle: '', speakerNotes: '' }}
          onCancel={() => setAdding(false)}
          onSave={(texts) => {
            onSave(texts);
            setAdding(false);
          }}
        />
      )}
      {data.views.length === 0 && !adding && <p className="muted">{t('views.panel.empty')}</p>}
      <ol className="views-list" data-testid="views-list">
        {data.views.map((v, i) => (
          <li key={v.id} className={v.id === shown ? 'view-card shown' : 'view-card'} data-view={v.id} aria-current={v.id === shown ? 'true' : undefined}>
            <div className="view-head">
              <span className="muted small">{t('views.panel.slideNo', { n: i + 1 })}</span>
              <strong className="view-name">{v.name}</strong>
              {v.id === shown && <span className="badge">{t('views.panel.shown')}</span>}
            </div>
            {slideTitleOf(v) !== v.name && <div className="small view-slide-title">{slideTitleOf(v)}</div>}
            {v.description && <p className="small view-description">{v.description}</p>}
            <div className="muted small view-summary">
              {[
                t('views.panel.summary.layout', { layout: layoutName(v) }),
                v.state.focus ? t('views.panel.summary.focus') : null,
                v.state.emphasis ? t(`views.panel.summary.${v.state.emphasis.kind}`) : null,
                v.positions ? t('views.panel.summary.ownPositions') : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {editing === v.id ? (
              <ViewForm
                testId="view-edit"
                initial={{ name: v.name, description: v.description, slideTitle: v.slideTitle, speakerNotes: v.speakerNotes }}
                onCancel={() => setEditing(null)}
                onSave={(patch) => {
                  void actions.apply({ type: 'view.update', id: v.id, patch }).then((ok) => ok && setEditing(null));
                }}
              />
            ) : (
              <div className="view-buttons">
                <button type="button" className="primary" title={t('views.panel.showTitle')} onClick={() => onShow(v)}>
                  {t('views.panel.show')}
                </button>
                <button type="button" title={t('views.panel.updateFromMapTitle')} onClick={() => onUpdateFromMap(v)}>
                  {t('views.panel.updateFromMap')}
                </button>
                <button type="button" onClick={() => setEditing(v.id)}>
                  {t('views.panel.edit')}
                </button>
                <button type="button" onClick={() => onPresent(i)} title={t('views.panel.presentTitle')}>
                  ▶
                </button>
                <MoveButton label={t('views.panel.moveUp')} glyph="↑" ids={moved(ids, i, -1)} />
                <MoveButton label={t('views.panel.moveDown')} glyph="↓" ids={moved(ids, i, 1)} />
                <button type="button" className="danger" onClick={() => void actions.apply({ type: 'view.remove', id: v.id })}>
                  {t('views.panel.remove')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function MoveButton({ label, glyph, ids }: { label: string; glyph: string; ids: string[] | null }) {
  const actions = useActions();
  return (
    <button type="button" className="icon" aria-label={label} title={label} disabled={!ids} onClick={() => ids && void actions.apply({ type: 'view.order', ids })}>
      {glyph}
    </button>
  );
}
