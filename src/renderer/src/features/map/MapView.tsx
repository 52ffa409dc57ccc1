import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import type { ProjectData } from '../../../../core/model/schema';
import { sameNetwork } from '../../../../core/model/same-content';
import { useEscape } from '../../components/use-escape';
import { setMapPositionsSource } from '../../app';
import { egoNetwork, NO_FILTERS, visibleUnder } from './filters';
import type { LayoutName } from './layouts';
import { defaultLayout, savedLayoutName } from '../../../../core/layout';
import type { StoreReason } from './map-layouts';
import { HUGE_NETWORK, MapController } from './map-controller';
import { hiddenElements, layoutGraph, mapElements, type MapOverlay } from './map-elements';
import { DEFAULT_LEGEND_VIEW } from './legend-model';
import { publishMapView } from './map-view-state';
import { ATTRIBUTE_PREFIX } from './attribute-map';
import { MapToolbar, type ToolbarState } from './MapToolbar';
import { highlightIdentity, type MapHighlight, type ProposedTie, type ScenarioOverlay, type WaveOverlay } from '../../../../core/drawing/overlays';
import { waveMarkCounts } from './legend-waves';
import { nearestTo, stepToward, type ArrowDirection } from '../../../../core/drawing/keyboard-step';
import { registerMapView, type MapViewRequest } from './view-bridge';
import './map.css';

const ARROWS: Readonly<Record<string, ArrowDirection>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Mounts the map controller and its toolbar; React holds the user's view choices and hands
 * them, with the data and the overlays, to the controller, which draws.
 */
export function MapView({
  data: project,
  selected,
  onSelect,
  selectedTie,
  onSelectTie,
  insetLeft,
  overlay,
  highlight,
  result,
  scenario,
  proposals,
  waves = null,
  onConnect,
  onPositions,
  onStoreLayout,
}: {
  /** the map computed an arrangement to keep with the project: its first layout, or one laid out again */
  onStoreLayout: (positions: Record<string, { x: number; y: number }>, reason: StoreReason) => void;
  /** the user arranged actors by hand: save where they are */
  onPositions: (positions: Record<string, { x: number; y: number }>) => void;
  /** the latest analysis (metrics for sizing, flags), or null while there is none */
  result: AnalysisResult | null;
  /** a departure scenario to show over the data, or null */
  scenario: ScenarioOverlay | null;
  /** the resilience plan's suggested relationships, drawn dashed */
  proposals: readonly ProposedTie[];
  /** two waves compared: ties and actors drawn by where they are present, or null */
  waves?: WaveOverlay | null;
  /** the user drew a tie from one actor to another on the map */
  onConnect: (source: string, target: string) => void;
  data: ProjectData;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** the tie whose details are open, drawn as chosen */
  selectedTie: string | null;
  /** the user clicked a tie on the map */
  onSelectTie: (id: string) => void;
  /** width the legend covers on the map's left */
  insetLeft: number;
  overlay: MapOverlay;
  /** a finding's or a panel row's elements to show, or null */
  highlight: MapHighlight | null;
}) {
  const { t, i18n } = useTranslation();
  // The project as the map draws it, kept as it was through an edit that changed nothing drawn
  // from it (sameNetwork): where actors stand comes in through the saved positions (below). At
  // 20,000 actors the window's own first layout, coming back as an edit, rebuilt every element
  // for nothing (0.9 s).
  const [data, setData] = useState(project);
  if (data !== project && !sameNetwork(data, project)) setData(project);
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const container = useRef<HTMLDivElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [insetTop, setInsetTop] = useState(0);
  // the project opens on its saved arrangement, under the layout's name when it is one computed here
  const [opening] = useState(() => ({
    layout: savedLayoutName(data) ?? (data.actors.length > HUGE_NETWORK ? 'shores' : defaultLayout(data)),
    actors: data.actors.length > 0,
  }));
  const openedOn = useRef(opening);
  const [state, setState] = useState<ToolbarState>(() => ({
    layout: opening.layout,
    sizeBy: 'none',
    colourBy: 'sector',
    compound: false,
    filters: NO_FILTERS,
    ego: { on: false, steps: 1, hide: false },
    connect: false,
  }));
  const change = useCallback((patch: Partial<ToolbarState>) => {
    setState((s) => {
      const next = { ...s, ...patch };
      // persons inside organisations cannot also sit on the rings of the concentric layout
      if (patch.layout === 'concentric') next.compound = false;
      return next;
    });
  }, []);

  // the controller calls back through refs, so it is created once and never re-bound
  const callbacks = useRef({ onSelect, onSelectTie, onConnect, onPositions, onStoreLayout });
  useEffect(() => {
    callbacks.current = { onSelect, onSelectTie, onConnect, onPositions, onStoreLayout };
  }, [onSelect, onSelectTie, onConnect, onPositions, onStoreLayout]);

  const measured = result !== null;
  // an attribute sizes the actors without the analysis
  const bySizeAttribute = state.sizeBy.startsWith(ATTRIBUTE_PREFIX);
  const elements = useMemo(
    () =>
      mapElements(data, lang, overlay, {
        sizeBy: state.sizeBy,
        colourBy: state.colourBy,
        result: state.sizeBy === 'none' || bySizeAttribute ? null : result,
        compound: state.compound,
        scenario,
        proposals,
        waves,
      }),
    [data, lang, overlay, state.sizeBy, state.colourBy, bySizeAttribute, state.compound, result, scenario, proposals, waves],
  );
  // what the wave comparison marks, for tests and tools reading the map from outside
  const waveMarks = useMemo(() => (waves ? waveMarkCounts(elements) : undefined), [waves, elements]);
  const graph = useMemo(() => ({ ...layoutGraph(data), data }), [data]);
  const visible = useMemo(() => visibleUnder(data, state.filters), [data, state.filters]);
  // nothing filtered (as mostly): no need to look at every element
  const hidden = useMemo(
    () => (visible.actors.size === data.actors.length && visible.ties.size === data.ties.length ? new Set<string>() : hiddenElements(elements, visible)),
    [data, elements, visible],
  );
  const egoCentre = state.ego.on && selected && visible.actors.has(selected) ? selected : null;
  const outside = useMemo(() => {
    if (!egoCentre) return null;
    const inside = egoNetwork(data, egoCentre, state.ego.steps, visible);
    return new Set(data.actors.filter((a) => !inside.has(a.id)).map((a) => a.id));
  }, [data, egoCentre, state.ego.steps, visible]);

  useEffect(() => {
    if (!container.current) return;
    const c = new MapController(container.current, {
      onSelect: (id) => callbacks.current.onSelect(id),
      onSelectTie: (id) => callbacks.current.onSelectTie(id),
      onConnect: (s, t) => callbacks.current.onConnect(s, t),
      onLayout: (layout: LayoutName) => setState((s) => (s.layout === layout ? s : { ...s, layout })),
      onPositions: (positions) => callbacks.current.onPositions(positions),
      onStoreLayout: (positions, reason) => callbacks.current.onStoreLayout(positions, reason),
    });
    c.openOn(openedOn.current.layout, openedOn.current.actors);
    controller.current = c;
    setMapPositionsSource(() => c.positionsNow());
    return () => {
      setMapPositionsSource(null);
      c.destroy();
      controller.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const el = toolbar.current;
    if (!el) return;
    const measure = () => setInsetTop(el.offsetTop + el.offsetHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    controller.current?.setInsets({ left: insetLeft, top: insetTop });
  }, [insetLeft, insetTop]);

  useEffect(() => {
    controller.current?.setShoreNames({
      municipality: t('map.layoutTools.shores.municipality'),
      middle: t('map.layoutTools.shores.middle'),
      civil: t('map.layoutTools.shores.civil'),
    });
  }, [t, lang]);

  // before the elements are drawn: a project saved with an arrangement opens on it
  const saved = project.positions;
  useEffect(() => {
    controller.current?.applySavedPositions(saved);
  }, [saved]);

  useEffect(() => {
    controller.current?.update(elements, graph);
  }, [elements, graph]);

  useEffect(() => {
    controller.current?.setLayout(state.layout);
  }, [state.layout]);

  useEffect(() => {
    controller.current?.metricChanged();
  }, [state.sizeBy, measured]);

  useEffect(() => {
    controller.current?.select(selected, selectedTie);
  }, [selected, selectedTie, elements]);

  useEffect(() => {
    controller.current?.setVisibility({ filtered: hidden, outside, hideOutside: state.ego.hide });
  }, [hidden, outside, state.ego.hide, elements]);

  // brought into view when the user chooses something new, not again after each edit
  const shownHighlight = useRef('');
  useEffect(() => {
    const key = highlightIdentity(highlight);
    controller.current?.highlight(highlight, key !== shownHighlight.current);
    shownHighlight.current = key;
  }, [highlight, elements]);

  useEffect(() => {
    controller.current?.setConnectMode(state.connect);
  }, [state.connect]);
  // Escape leaves connect mode, as it closes a popover
  useEscape(() => change({ connect: false }), state.connect);

  useEffect(() => {
    publishMapView({
      sizeBy: state.sizeBy,
      colourBy: state.colourBy,
      sized: measured || bySizeAttribute,
      compound: state.compound,
      filters: state.filters,
      scenario,
      proposals,
      focus: egoCentre ? { actor: egoCentre, steps: state.ego.steps } : null,
      waves,
    });
  }, [state.sizeBy, state.colourBy, bySizeAttribute, measured, state.compound, state.filters, scenario, proposals, egoCentre, state.ego.steps, waves]);

  // a saved view: the toolbar takes its choices now; its arrangement and its pan and zoom are
  // placed after the effects above have run on those choices, so none of them moves it again
  const stateNow = useRef(state);
  useEffect(() => {
    stateNow.current = state;
  }, [state]);
  const pendingView = useRef<MapViewRequest | null>(null);
  const [viewRequests, setViewRequests] = useState(0);
  useEffect(() => {
    registerMapView({
      snapshot: () => {
        const c = controller.current;
        const { connect: _connect, ...toolbar } = stateNow.current;
        return { toolbar, viewport: c ? c.viewportNow() : { pan: { x: 0, y: 0 }, zoom: 1, width: 1, height: 1 }, positions: c ? c.positionsNow() : {} };
      },
      show: (request) => {
        pendingView.current = request;
        setState((s) => ({ ...s, ...request.toolbar, connect: false }));
        setViewRequests((n) => n + 1);
      },
      fit: () => controller.current?.fit(),
    });
    return () => registerMapView(null);
  }, []);
  useEffect(() => {
    const request = pendingView.current;
    if (!request) return;
    pendingView.current = null;
    controller.current?.showView(request.toolbar.layout, request.positions, request.viewport);
  }, [viewRequests]);

  // a map that goes away leaves no view choices behind for the next project's legend
  useEffect(() => () => publishMapView(DEFAULT_LEGEND_VIEW), []);

  // a found actor is chosen, brought into view, and the map takes the keys: the arrows go on from it
  const find = useCallback(
    (id: string) => {
      onSelect(id);
      controller.current?.reveal(id);
      container.current?.focus({ preventScroll: true });
    },
    [onSelect],
  );

  // each actor's neighbours on the map: the ties and memberships drawn from it, either way
  const neighbours = useMemo(() => {
    const out = new Map<string, Set<string>>();
    const join = (a: string, b: string) => {
      if (!out.has(a)) out.set(a, new Set());
      out.get(a)?.add(b);
    };
    for (const x of data.ties) {
      join(x.source, x.target);
      join(x.target, x.source);
    }
    for (const m of data.memberships) {
      join(m.person, m.organisation);
      join(m.organisation, m.person);
    }
    return out;
  }, [data.ties, data.memberships]);

  /** An arrow goes from the chosen actor to its neighbour that way; with none chosen, to the actor in the middle of the view. */
  const onMapKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const direction = ARROWS[e.key];
    const c = controller.current;
    if (!direction || !c || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const at = c.positionsNow();
    const placed = (id: string) => (visible.actors.has(id) && at[id] ? [{ id, at: at[id] }] : []);
    const from = selected ? at[selected] : undefined;
    let next: string | null;
    if (selected && from) next = stepToward(from, direction, [...(neighbours.get(selected) ?? [])].flatMap(placed));
    else {
      const v = c.viewportNow();
      next = nearestTo({ x: (v.width / 2 - v.pan.x) / v.zoom, y: (v.height / 2 - v.pan.y) / v.zoom }, data.actors.flatMap((a) => placed(a.id)));
    }
    if (next) find(next);
  };
  const chosenLabel = selected ? data.actors.find((a) => a.id === selected)?.label : undefined;

  return (
    <>
      <div
        ref={container}
        className={state.connect ? 'map connecting' : 'map'}
        data-testid="map"
        data-measured={measured}
        data-wave-marks={waveMarks}
        tabIndex={0}
        aria-label={chosenLabel ? t('map.keysChosen', { actor: chosenLabel, count: neighbours.get(selected ?? '')?.size ?? 0 }) : t('map.keys')}
        onKeyDown={onMapKey}
      />
      <MapToolbar
        ref={toolbar}
        data={data}
        state={state}
        onChange={change}
        measured={measured}
        valued={result?.options.weights.used ?? false}
        hasSelection={selected !== null}
        hiddenActors={data.actors.length - visible.actors.size}
        onFind={find}
        onFit={() => controller.current?.fit()}
        onLayoutAgain={() => controller.current?.layoutAgain()}
      />
    </>
  );
}
