import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSnapshot } from '../../../../core/api/contract';
import { findingKey } from '../../../../core/analysis/findings';
import { useActions } from '../../App';
import { FindingsList } from '../findings/FindingsList';
import type { MapHighlight } from '../map/overlays';
import { AnalysisPanels } from '../panels/AnalysisPanels';
import { overlayOf } from '../map/map-elements';
import { AddActorForm } from '../edit/AddActorForm';
import { ActorTable } from '../lists/ActorTable';
import { ForumTable } from '../lists/ForumTable';
import { TieTable } from '../lists/TieTable';
import { Legend } from '../map/Legend';
import { MapView } from '../map/MapView';
import { LanguageSwitch } from './LanguageSwitch';

type Tab = 'findings' | 'analysis' | 'persons' | 'organisations' | 'ties' | 'forums';

export function ProjectView({ project }: { project: ProjectSnapshot }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [tab, setTab] = useState<Tab>('persons');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [legendWidth, setLegendWidth] = useState(0);
  const [findingChoice, setFindingChoice] = useState<string | null>(null);
  const analysis = useSyncExternalStore(actions.analysis.subscribe, actions.analysis.getState);
  // The chosen finding is looked up in the latest analysis, so that an edit which resolves it
  // clears its highlight instead of leaving the old one on the map.
  const finding = useMemo(
    () => analysis.latest?.result.findings.find((f) => findingKey(f) === findingChoice) ?? null,
    [analysis.latest, findingChoice],
  );
  const overlay = useMemo(() => overlayOf(analysis.latest?.result), [analysis.latest]);
  const [panelHighlight, setPanelHighlight] = useState<MapHighlight | null>(null);
  const highlight = tab === 'findings' ? (finding?.elements ?? null) : tab === 'analysis' ? panelHighlight : null;
  const { history, data, summary } = project;
  const label = (l: { key: string; params: Record<string, string | number> } | null) =>
    l ? t(l.key as 'history.tieAdd', l.params) : '';

  const tabs: Array<[Tab, string, number | null]> = [
    ['findings', t('ui.tabFindings'), analysis.latest?.result.findings.length ?? null],
    ['analysis', t('panels.title'), null],
    ['persons', t('ui.tabActors'), summary.counts.persons],
    ['organisations', t('ui.tabOrganisations'), summary.counts.organisations + summary.counts.departments],
    ['ties', t('ui.tabTies'), summary.counts.ties],
    ['forums', t('ui.tabForums'), summary.counts.forums],
  ];

  return (
    <div className="workspace">
      <header className="toolbar">
        <div className="brand">{t('app.name')}</div>
        <div className="project-title">
          <h1>{data.meta.name}</h1>
          <span className="muted" title={project.path}>
            {project.fileName}
          </span>
        </div>
        <div className="toolbar-actions">
          <button
            type="button"
            onClick={actions.undo}
            disabled={history.undoCount === 0}
            title={history.undo ? t('ui.undoTitle', { what: label(history.undo) }) : t('ui.undo')}
          >
            ↶ {t('ui.undo')}
          </button>
          <button
            type="button"
            onClick={actions.redo}
            disabled={history.redoCount === 0}
            title={history.redo ? t('ui.redoTitle', { what: label(history.redo) }) : t('ui.redo')}
          >
            ↷ {t('ui.redo')}
          </button>
          <span className="divider" />
          <button type="button" onClick={actions.saveAs}>
            {t('ui.saveAs')}
          </button>
          <button type="button" onClick={actions.close}>
            {t('ui.close')}
          </button>
          <LanguageSwitch />
        </div>
      </header>

      <aside className={tab === 'analysis' ? 'sidebar wide' : 'sidebar'}>
        <div className="tabs" role="tablist">
          {tabs.map(([id, name, count]) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className={tab === id ? 'tab active' : 'tab'}
              onClick={() => setTab(id)}
            >
              {name} {count !== null && <span className="count">{count}</span>}
            </button>
          ))}
        </div>
        {tab !== 'findings' && tab !== 'analysis' && (
        <input
          className="search"
          type="search"
          value={query}
          placeholder={t('ui.searchPlaceholder')}
          aria-label={t('ui.search')}
          onChange={(e) => setQuery(e.target.value)}
        />
        )}
        {(tab === 'persons' || tab === 'organisations') && (
          <AddActorForm key={tab} data={data} defaultKind={tab === 'persons' ? 'person' : 'organisation'} />
        )}
        <div className="table-wrap">
          {tab === 'analysis' && <AnalysisPanels analysis={analysis} data={data} onHighlight={setPanelHighlight} />}
          {tab === 'findings' && <FindingsList analysis={analysis} selected={finding} onSelect={(f) => setFindingChoice(f ? findingKey(f) : null)} />}
          {tab === 'persons' && (
            <ActorTable data={data} kinds={['person']} query={query} selected={selected} onSelect={setSelected} />
          )}
          {tab === 'organisations' && (
            <ActorTable
              data={data}
              kinds={['organisation', 'department']}
              query={query}
              selected={selected}
              onSelect={setSelected}
            />
          )}
          {tab === 'ties' && <TieTable data={data} query={query} />}
          {tab === 'forums' && <ForumTable data={data} query={query} />}
        </div>
      </aside>

      <main className="map-area" aria-label={t('ui.map')}>
        <MapView
          data={data}
          selected={selected}
          onSelect={setSelected}
          insetLeft={legendWidth}
          overlay={overlay}
          highlight={highlight}
          result={analysis.latest?.result ?? null}
          scenario={null}
          proposals={[]}
          onConnect={(source, target) => void actions.apply({ type: 'tie.add', tie: { source, target } })}
        />
        <Legend data={data} overlay={overlay} onWidth={setLegendWidth} />
      </main>

      <footer className="statusbar">
        <span>{t('ui.mapSummary', { actors: data.actors.length, ties: data.ties.length })}</span>
        <span className="muted">{t('ui.savedAutomatically')}</span>
      </footer>
    </div>
  );
}
