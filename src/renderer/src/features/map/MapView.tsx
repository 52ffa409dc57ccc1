import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData } from '../../../../core/model/schema';
import { MapController } from './map-controller';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import { mapElements, type MapOverlay } from './map-elements';
import type { MapHighlight, ProposedTie, ScenarioOverlay } from './overlays';

/** Mounts the map controller; React hands it data and selection, the controller draws. */
export function MapView({
  data,
  selected,
  onSelect,
  insetLeft,
  overlay,
  highlight,
}: {
  /** the latest analysis (metrics for sizing, flags), or null while there is none */
  result: AnalysisResult | null;
  /** a departure scenario to show over the data, or null */
  scenario: ScenarioOverlay | null;
  /** the resilience plan's suggested relationships, drawn dashed */
  proposals: readonly ProposedTie[];
  /** the user drew a tie from one actor to another on the map */
  onConnect: (source: string, target: string) => void;
  data: ProjectData;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** width the legend covers on the map's left */
  insetLeft: number;
  overlay: MapOverlay;
  /** a finding's or a panel row's elements to show, or null */
  highlight: MapHighlight | null;
}) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);
  const elements = useMemo(() => mapElements(data, i18n.language === 'en' ? 'en' : 'da', overlay), [data, i18n.language, overlay]);

  useEffect(() => {
    if (!container.current) return;
    const c = new MapController(container.current, (id) => select.current(id));
    controller.current = c;
    return () => {
      c.destroy();
      controller.current = null;
    };
  }, []);

  useEffect(() => {
    controller.current?.setInsetLeft(insetLeft);
  }, [insetLeft]);

  useEffect(() => {
    controller.current?.update(elements);
  }, [elements]);

  useEffect(() => {
    controller.current?.select(selected);
  }, [selected]);

  useEffect(() => {
    controller.current?.highlight(highlight);
  }, [highlight, elements]);

  return (
    <>
      <div ref={container} className="map" data-testid="map" />
      <button type="button" className="map-fit" onClick={() => controller.current?.fit()}>
        {t('ui.fit')}
      </button>
    </>
  );
}
