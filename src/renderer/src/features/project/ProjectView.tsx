import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSnapshot } from '../../../../core/api/contract';
import type { Departure } from '../../../../core/analysis/departure';
import { findingKey } from '../../../../core/analysis/findings';
import { layoutCommand } from '../../../../core/layout-command';
import { firstSteps } from '../../../../core/model/first-steps';
import { useActions, useAppStatus } from '../../app';
import { moveAlongRow } from '../../components/arrow-keys';
import { useEscape } from '../../components/use-escape';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ActorDetails, AddActorForm, AddForumForm, AddTieForm, ForumDetails, freshId, TieDetails } from '../edit';
import { EmptyActors, FirstSteps, NextStep } from '../entry';
import { FindingsList } from '../findings';
import { HelpPanel } from '../help';
import { ActorTable, AddMembershipForm, ForumTable, MembershipTable, TieTable } from '../lists';
import { Legend, MapView, overlayOf, type MapHighlight, type ProposedTie, type ScenarioOverlay } from '../map';
import { AnalysisPanels, numbersFor } from '../panels';
import { overlayOfScenario, ScenarioPanel, useScenario } from '../scenario';
import { SettingsPanel } from '../settings';
import { useWavesView, WavesPanel } from '../waves';
import { useWorkspaceKeys } from './workspace-keys';
import { ActivityDetails, ActivityTable, AddActivityForm, TimelineArea, timelineHighlight, useTimelineState } from '../timeline';
import { useSavedViews, DeckDialog, ImageDialog, Presentation, ViewsPanel } from '../views';
import { paramsIn } from '../../../../core/i18n/catalogue';

type Tab = 'findings' | 'analysis' | 'scenario' | 'waves' | 'persons' | 'organisations' | 'memberships' | 'ties' | 'forums' | 'timeline' | 'views';

export function ProjectView({ project }: { project: ProjectSnapshot }) {
  const { t, i18n } = useTranslation();
  // the tabs' counts in the reader's digits: 10.000 in Danish, 10,000 in English
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const nums = numbersFor(lang);
  const actions = useActions();
  const { image: imageOpen } = useAppStatus();
  // a mapped network opens on what it shows (the findings), an empty one on entering actors:
  // the organisations first, as a person is entered with the organisation they belong to
  const [tab, setTab] = useState<Tab>(() =>
    project.data.ties.length > 0 ? 'findings' : firstSteps(project.data).done.organisations ? 'persons' : 'organisations',
  );
  // the views tab keeps the map as the tab before it left it (a finding, a scenario, two waves
  // compared stay on the map while a view is saved), and a view shown sets what that is
  const [lastMapTab, setLastMapTab] = useState<Tab>('views');
  const mapTab = tab === 'views' ? lastMapTab : tab;
  const openTab = (id: Tab) => {
    if (id === 'views' && tab !== 'views') setLastMapTab(tab);
    setTab(id);
  };
  // a first step taken from its button lands in the name field of its form; a tab chosen does not
  const [stepTaken, setStepTaken] = useState(0);
  const takeStep = (id: Tab) => {
    openTab(id);
    setStepTaken((n) => n + 1);
  };
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  // one of the two is chosen at a time: an actor (selected) or a tie, whose details then show
  const [selectedTie, setSelectedTie] = useState<string | null>(null);
  /** a tie just drawn on the map, whose details open ready for its type */
  const [drawnTie, setDrawnTie] = useState<string | null>(null);
  const [selectedForum, setSelectedForum] = useState<string | null>(null);
  const [legendWidth, setLegendWidth] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  /** the topic F1 opened the help on; none from the toolbar's button */
  const [helpTopic, setHelpTopic] = useState<string | undefined>(undefined);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [findingChoice, setFindingChoice] = useState<string | null>(null);
  const analysis = useSyncExternalStore(actions.analysis.subscribe, actions.analysis.getState);
  // The chosen finding is looked up in the latest analysis, so that an edit which resolves it
  // clears its highlight instead of leaving the old one on the map.
  // What is drawn from the analysis follows its result, not the answer around it: an edit the
  // analysis does not read (a drag) brings a new answer with the same result.
  const result = analysis.latest?.result;
  const finding = useMemo(() => result?.findings.find((f) => findingKey(f) === findingChoice) ?? null, [result, findingChoice]);
  const { history, data, summary } = project;
  const waves = useWavesView(actions.api, data, project.revision, mapTab === 'waves');
  // comparing two waves, the map shows what changed between them rather than the whole project's analysis
  const overlay = useMemo(() => overlayOf(waves.overlay ? null : result), [result, waves.overlay]);
  const [panelHighlight, setPanelHighlight] = useState<MapHighlight | null>(null);
  const timeline = useTimelineState();
  const activityHighlight = useMemo(() => timelineHighlight(data, timeline), [data, timeline]);
  const highlight =
    mapTab === 'findings' ? (finding?.elements ?? null) : mapTab === 'analysis' || mapTab === 'waves' ? panelHighlight : mapTab === 'timeline' ? activityHighlight : null;
  const [departure, setDeparture] = useState<Departure | null>(null);
  const [showProposals, setShowProposals] = useState(true);
  // an edit may delete someone the scenario sends away: the scenario goes on without them
  const liveDeparture = useMemo((): Departure | null => {
    if (!departure) return null;
    const ids = new Set<string>(data.actors.map((a) => a.id));
    if ('organisation' in departure) return ids.has(departure.organisation) ? departure : null;
    const persons = departure.persons.filter((p) => ids.has(p));
    return persons.length ? { persons } : null;
  }, [departure, data.actors]);
  const scenario = useScenario(actions.api, liveDeparture, project.revision);
  const scenarioOverlay = useMemo((): ScenarioOverlay | null => {
    const s = scenario.scenario;
    return liveDeparture && s ? overlayOfScenario(s, data.ties) : null;
  }, [liveDeparture, scenario.scenario, data.ties]);
  const proposals = useMemo((): ProposedTie[] => {
    if (mapTab !== 'scenario' || !showProposals) return [];
    return (result?.resiliencePlan ?? []).flatMap((a) => (a.kind === 'introduce' ? [{ source: a.persons[0], target: a.persons[1] }] : []));
  }, [mapTab, showProposals, result]);
  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  const chosenForum = data.forums.find((f) => f.id === selectedForum) ?? null;
  const selectedActor = data.actors.find((a) => a.id === selected) ?? null;
  const chosenActivity = data.activities.find((a) => a.id === timeline.selected) ?? null;
  const startScenario = (d: Departure) => {
    setDeparture(d);
    setTab('scenario');
  };
  const chooseActor = (id: string | null) => {
    setSelected(id);
    setSelectedTie(null);
  };
  const chooseTie = (id: string | null) => {
    setSelectedTie(id);
    setSelected(null);
    if (id !== drawnTie) setDrawnTie(null);
  };
  // a click on the map while a list is open shows the actor in its own list; elsewhere the
  // actor's details open under the tab, whatever it is
  const selectFromMap = (id: string | null) => {
    chooseActor(id);
    const actor = data.actors.find((a) => a.id === id);
    if (actor && (tab === 'persons' || tab === 'organisations' || tab === 'memberships' || tab === 'ties' || tab === 'forums'))
      setTab(actor.kind === 'person' ? 'persons' : 'organisations');
  };
  // a tie drawn in connect mode opens in its details, ready for its type, strength and evidence
  const connect = (source: string, target: string) => {
    const id = freshId('t');
    void actions.apply({ type: 'tie.add', tie: { id, source, target } }).then((ok) => {
      if (!ok) return;
      chooseTie(id);
      setDrawnTie(id);
    });
  };
  const selectedTieRecord = data.ties.find((x) => x.id === selectedTie) ?? null;
  const sidebar = useRef<HTMLElement>(null);
  // Escape lets go of the chosen actor or tie (after whatever opened later has closed)
  useEscape(
    () => {
      chooseActor(null);
      chooseTie(null);
    },
    selected !== null || selectedTie !== null,
  );

  useWorkspaceKeys({
    help: (topic) => {
      setHelpTopic(topic);
      setHelpOpen(true);
    },
    shownPanel: () => sidebar.current?.querySelector('.table-wrap [data-help-topic]') ?? null,
    // what is chosen, and how its choice is let go once it is gone
    chosen: () =>
      selectedTieRecord
        ? [{ type: 'tie.remove', id: selectedTieRecord.id }, () => chooseTie(null)]
        : selectedActor
          ? [{ type: 'actor.remove', id: selectedActor.id }, () => chooseActor(null)]
          : tab === 'forums' && chosenForum
            ? [{ type: 'forum.remove', id: chosenForum.id }, () => setSelectedForum(null)]
            : tab === 'timeline' && chosenActivity
              ? [{ type: 'activity.remove', id: chosenActivity.id }, () => timeline.select(null)]
              : null,
    remove: actions.apply,
  });
  const mapArea = useRef<HTMLElement>(null);
  const views = useSavedViews({
    data,
    mapArea,
    selected,
    emphasis: { tab: mapTab, finding: finding ? findingChoice : null, departure: liveDeparture, proposals: showProposals, waves: waves.pair },
    show: (to) => {
      setLastMapTab(to.tab);
      if (to.finding !== undefined) setFindingChoice(to.finding);
      if (to.departure !== undefined) setDeparture(to.departure);
      if (to.proposals !== undefined) setShowProposals(to.proposals);
      if (to.waves) waves.choose(to.waves);
      chooseActor(to.selected);
    },
  });
  const label = (l: { key: string; params: Record<string, string | number> } | null) =>
    l ? t(l.key as 'history.tieAdd', paramsIn(l.params, lang)) : '';

  const tabs: Array<[Tab, string, number | null]> = [
    ['findings', t('ui.tabFindings'), result?.findings.length ?? null],
    ['analysis', t('panels.title'), null],
    ['scenario', t('workspace.tabScenario'), liveDeparture ? (scenario.scenario?.lostCollaborations.length ?? null) : null],
    ['waves', t('waves.panel.tab'), data.waves.length],
    ['persons', t('ui.tabActors'), summary.counts.persons],
    ['organisations', t('ui.tabOrganisations'), summary.counts.organisations + summary.counts.departments],
    ['memberships', t('workspace.tabMemberships'), data.memberships.length],
    ['ties', t('ui.tabTies'), summary.counts.ties],
    ['forums', t('ui.tabForums'), summary.counts.forums],
    ['timeline', t('timeline.tab'), data.activities.length],
    ['views', t('views.panel.tab'), data.views.length],
  ];

  return (
    <div className="workspace" data-analysis-stage={analysis.latest ? analysis.latest.stage : 'none'} data-analysis-revision={analysis.latest?.revision ?? -1}>
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
          <button type="button" onClick={actions.openCoding} title={t('coding.openTitle')} aria-keyshortcuts="Control+K">
            {t('coding.open')}
          </button>
          <button type="button" onClick={() => actions.openImport()} title={t('exchange.wizard.importTitle')}>
            {t('exchange.wizard.importButton')}
          </button>
          <button type="button" onClick={actions.openExport} title={t('exchange.export.exportTitle')}>
            {t('exchange.export.exportButton')}
          </button>
          <button type="button" onClick={() => actions.openReport()} title={t('report.dialog.title')} data-testid="open-report">
            {t('report.dialog.button')}
          </button>
          <button type="button" onClick={actions.saveAs}>
            {t('ui.saveAs')}
          </button>
          <button type="button" onClick={actions.close}>
            {t('ui.close')}
          </button>
          <button type="button" onClick={() => setSettingsOpen(true)}>
            {t('workspace.settings.open')}
          </button>
          <button
            type="button"
            aria-keyshortcuts="F1"
            onClick={() => {
              setHelpTopic(undefined);
              setHelpOpen(true);
            }}
          >
            {t('help.title')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      {helpOpen && <HelpPanel topic={helpTopic} onClose={() => setHelpOpen(false)} />}
      {settingsOpen && <SettingsPanel data={data} onClose={closeSettings} />}

      <aside ref={sidebar} className={tab === 'analysis' || tab === 'ties' || tab === 'memberships' || tab === 'forums' || tab === 'waves' ? 'sidebar wide' : 'sidebar'}>
        <div className="tabs" role="tablist" onKeyDown={(e) => moveAlongRow(e, '[role="tab"]')}>
          {tabs.map(([id, name, count]) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              // one stop for the row in the Tab order; the arrows move within it
              tabIndex={tab === id ? 0 : -1}
              className={tab === id ? 'tab active' : 'tab'}
              onClick={() => {
                setStepTaken(0);
                openTab(id);
              }}
            >
              {name} {count !== null && <span className="count">{nums.int(count)}</span>}
            </button>
          ))}
        </div>
        {(tab === 'persons' || tab === 'organisations' || tab === 'memberships' || tab === 'ties' || tab === 'forums' || tab === 'timeline') && (
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
          <AddActorForm
            key={`${tab}:${stepTaken}`}
            data={data}
            defaultKind={tab === 'persons' ? 'person' : 'organisation'}
            onOpen={chooseActor}
            autoFocus={stepTaken > 0}
          />
        )}
        {tab === 'ties' && (
          <>
            <div className="coding-entry">
              <button type="button" onClick={actions.openCoding} title={t('coding.openTitle')} aria-keyshortcuts="Control+K">
                {t('coding.open')}
              </button>
            </div>
            <AddTieForm data={data} />
          </>
        )}
        {tab === 'memberships' && <AddMembershipForm data={data} />}
        {tab === 'forums' && (
          <AddForumForm data={data} onAdded={setSelectedForum} />
        )}
        {tab === 'timeline' && <AddActivityForm data={data} onAdded={timeline.select} />}
        {(tab === 'persons' || tab === 'organisations' || tab === 'memberships' || tab === 'ties') && <NextStep data={data} tab={tab} onStep={takeStep} />}
        <div className="table-wrap" key={`table-${tab}`}>
          {tab === 'scenario' && (
            <ScenarioPanel
              data={data}
              departure={liveDeparture}
              onDeparture={setDeparture}
              state={scenario}
              result={result ?? null}
              showProposals={showProposals}
              onShowProposals={setShowProposals}
            />
          )}
          {tab === 'views' && (
            <ViewsPanel
              data={data}
              shown={views.shown}
              onSave={views.save}
              onUpdateFromMap={views.update}
              onShow={views.show}
              onPresent={views.present}
              onExport={() => views.setDeckOpen(true)}
            />
          )}
          {tab === 'waves' && <WavesPanel data={data} view={waves} highlighted={panelHighlight} onHighlight={setPanelHighlight} />}
          {tab === 'analysis' && <AnalysisPanels analysis={analysis} data={data} onHighlight={setPanelHighlight} />}
          {tab === 'findings' && <FindingsList analysis={analysis} data={data} selected={finding} onSelect={(f) => setFindingChoice(f ? findingKey(f) : null)} />}
          {tab === 'persons' && (
            <ActorTable
              data={data}
              kinds={['person']}
              query={query}
              selected={selected}
              onSelect={chooseActor}
              columnsKey={project.path}
              emptyHint={<EmptyActors data={data} persons onOrganisations={() => takeStep('organisations')} />}
            />
          )}
          {tab === 'organisations' && (
            <ActorTable
              data={data}
              kinds={['organisation', 'department']}
              query={query}
              selected={selected}
              onSelect={chooseActor}
              columnsKey={project.path}
              emptyHint={<EmptyActors data={data} persons={false} onOrganisations={() => takeStep('organisations')} />}
            />
          )}
          {tab === 'memberships' && <MembershipTable data={data} query={query} />}
          {tab === 'ties' && <TieTable data={data} query={query} selected={selectedTie} onSelect={chooseTie} columnsKey={project.path} />}
          {tab === 'forums' && <ForumTable data={data} query={query} selected={selectedForum} onSelect={setSelectedForum} />}
          {tab === 'timeline' && <ActivityTable data={data} query={query} selected={timeline.selected} onSelect={timeline.select} />}
        </div>
        {tab === 'forums' && chosenForum && (
          <ForumDetails key={chosenForum.id} data={data} forum={chosenForum} onClose={() => setSelectedForum(null)} />
        )}
        {tab === 'timeline' && chosenActivity && (
          <ActivityDetails key={chosenActivity.id} data={data} activity={chosenActivity} onClose={() => timeline.select(null)} opened={timeline.opened} />
        )}
        {selectedActor && (
          <ActorDetails key={selectedActor.id} data={data} actor={selectedActor} onClose={() => setSelected(null)} onScenario={startScenario} onShowTie={chooseTie} />
        )}
        {selectedTieRecord && (
          <TieDetails
            key={selectedTieRecord.id}
            data={data}
            tie={selectedTieRecord}
            focusType={drawnTie === selectedTieRecord.id}
            onClose={() => chooseTie(null)}
            onShowActor={chooseActor}
          />
        )}
      </aside>

      {tab === 'timeline' && <TimelineArea data={data} result={result ?? null} state={timeline} />}
      <main ref={mapArea} className={views.presenting === null ? 'map-area' : 'map-area presenting'} aria-label={t('ui.map')} data-help-topic="mapLayouts">
        <MapView
          data={data}
          selected={selected}
          onSelect={selectFromMap}
          insetLeft={legendWidth}
          overlay={overlay}
          highlight={highlight}
          result={result ?? null}
          scenario={mapTab === 'scenario' ? scenarioOverlay : null}
          proposals={proposals}
          waves={waves.overlay}
          selectedTie={selectedTie}
          onSelectTie={chooseTie}
          onConnect={connect}
          onPositions={(positions) => {
            const command = layoutCommand(data.positions, positions);
            if (command) void actions.apply(command);
          }}
          onStoreLayout={(positions, reason) => {
            void actions.apply({ type: 'layout.set', positions, reason });
          }}
        />
        <Legend data={data} overlay={overlay} onWidth={setLegendWidth} />
        {views.presenting === null && <FirstSteps data={data} onStep={takeStep} />}
        {views.presenting !== null && <Presentation data={data} index={views.presenting} onIndex={views.present} onLeave={views.leave} today={views.today} />}
      </main>
      {imageOpen && <ImageDialog projectName={data.meta.name} views={data.views} capture={views.capture} onClose={actions.closeImage} />}
      {views.deckOpen && <DeckDialog projectName={data.meta.name} slides={data.views.length} onClose={() => views.setDeckOpen(false)} />}

      <footer className="statusbar">
        <span>{t('ui.mapSummary', { actors: data.actors.length, ties: data.ties.length })}</span>
        <span className="muted">{t('ui.savedAutomatically')}</span>
      </footer>
    </div>
  );
}
