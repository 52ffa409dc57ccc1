import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Departure } from '../../../../core/analysis/departure';
import type { WaveId } from '../../../../core/ids';
import type { ProjectData, SavedView } from '../../../../core/model/schema';
import type { EmphasisState } from '../../../../core/model/view-state';
import { useActions } from '../../app';
import { freshId } from '../edit';
import { mapViewNow, showOnMap } from '../map';
import type { ViewTexts } from './ViewForm';
import { captureView, viewRequest } from './view-state-convert';

/** The tab whose panel puts the emphasis on the map (or none, the views tab itself). */
export type EmphasisTab = 'findings' | 'scenario' | 'waves' | 'views';

/** What the project view brings forward on the map now (its tab, the finding, scenario or waves chosen there). */
export interface EmphasisNow {
  tab: string;
  finding: string | null;
  departure: Departure | null;
  proposals: boolean;
  waves: [WaveId, WaveId] | null;
}

/** What the project view is asked to show for a view: the tab whose emphasis it is, and the chosen actor. */
export interface ShowTarget {
  tab: EmphasisTab;
  finding?: string | null;
  departure?: Departure | null;
  proposals?: boolean;
  waves?: [WaveId, WaveId];
  selected: string | null;
}

function emphasisOf(e: EmphasisNow): EmphasisState | null {
  if (e.tab === 'findings' && e.finding) return { kind: 'finding', key: e.finding };
  if (e.tab === 'scenario' && e.departure)
    return { kind: 'departure', departure: 'organisation' in e.departure ? { organisation: e.departure.organisation as never } : { persons: [...e.departure.persons] as never }, proposals: e.proposals };
  if (e.tab === 'waves' && e.waves) return { kind: 'waves', from: e.waves[0], to: e.waves[1] };
  return null;
}

function targetOf(view: SavedView): ShowTarget {
  const e = view.state.emphasis;
  const selected = view.state.focus?.actor ?? null;
  if (e?.kind === 'finding') return { tab: 'findings', finding: e.key, selected };
  if (e?.kind === 'departure') return { tab: 'scenario', departure: e.departure, proposals: e.proposals, selected };
  if (e?.kind === 'waves') return { tab: 'waves', waves: [e.from, e.to], selected };
  return { tab: 'views', selected };
}

/**
 * Saved views in the project view: saving the map as it is (with the emphasis of the tab it came
 * from), showing a view (the map takes its state, the project view its emphasis), and the
 * presentation: full screen where the browser allows it, a slide per view.
 */
export function useSavedViews({
  data,
  mapArea,
  selected,
  emphasis,
  show,
}: {
  data: ProjectData;
  mapArea: RefObject<HTMLElement | null>;
  selected: string | null;
  emphasis: EmphasisNow;
  show: (to: ShowTarget) => void;
}) {
  const actions = useActions();
  const [shown, setShown] = useState<string | null>(null);
  const [presenting, setPresenting] = useState<number | null>(null);
  const [deckOpen, setDeckOpen] = useState(false);
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const latest = useRef({ data, selected, emphasis, show, presenting });
  useEffect(() => {
    latest.current = { data, selected, emphasis, show, presenting };
  });

  const capture = () => {
    const map = mapViewNow();
    return map ? captureView(map, latest.current.selected, emphasisOf(latest.current.emphasis)) : null;
  };
  const save = (texts: ViewTexts) => {
    const captured = capture();
    if (!captured) return;
    const id = freshId('v');
    void actions.apply({ type: 'view.add', view: { id, ...texts, ...captured } }).then((ok) => ok && setShown(id));
  };
  const update = (view: SavedView) => {
    const captured = capture();
    if (captured) void actions.apply({ type: 'view.update', id: view.id, patch: captured }).then((ok) => ok && setShown(view.id));
  };
  const showView = useCallback((view: SavedView) => {
    latest.current.show(targetOf(view));
    showOnMap(viewRequest(view));
    setShown(view.id);
  }, []);

  const present = useCallback(
    (index: number) => {
      const view = latest.current.data.views[index];
      if (!view) return;
      if (latest.current.presenting === null) {
        // full screen where allowed; the map area covers the window either way
        mapArea.current?.requestFullscreen().catch(() => undefined);
      }
      setPresenting(index);
      // after the map area has taken its new size
      requestAnimationFrame(() => showView(view));
    },
    [mapArea, showView],
  );
  const leave = useCallback(() => {
    const at = latest.current.presenting;
    setPresenting(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const view = at === null ? undefined : latest.current.data.views[at];
    if (view) requestAnimationFrame(() => showView(view));
  }, [showView]);

  useEffect(() => {
    // leaving full screen (the browser's own Escape) ends the presentation; entering it shows the slide again at the new size
    const onChange = () => {
      const at = latest.current.presenting;
      if (at === null) return;
      if (!document.fullscreenElement) leave();
      else {
        const view = latest.current.data.views[at];
        if (view) showView(view);
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F5' && latest.current.presenting === null && latest.current.data.views.length > 0) {
        e.preventDefault();
        present(0);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', onKey);
    };
  }, [leave, present, showView]);

  return { shown, save, update, show: showView, presenting, present, leave, deckOpen, setDeckOpen, today, capture };
}
