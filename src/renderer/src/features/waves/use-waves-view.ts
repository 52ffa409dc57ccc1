import { useEffect, useMemo, useState } from 'react';
import type { BrobyggerApi } from '../../../../core/api/contract';
import type { WaveComparison } from '../../../../core/analysis/wave-compare';
import type { WaveOverlay } from '../../../../core/drawing/overlays';
import { waveOverlay } from '../../../../core/drawing/wave-overlay';
import type { WaveId } from '../../../../core/ids';
import type { ProjectData } from '../../../../core/model/schema';
import { livePair } from './wave-model';

export interface ComparisonState {
  status: 'none' | 'computing' | 'ready' | 'failed';
  /** the latest answer for this pair, kept on screen while a newer one is computed */
  comparison: WaveComparison | null;
  error: unknown;
}

/** What the waves tab shows and hands the map: the pair chosen, its comparison, and the map's marks. */
export interface WavesView {
  pair: [WaveId, WaveId] | null;
  choose: (pair: [WaveId, WaveId]) => void;
  state: ComparisonState;
  /** the map's marks for the pair, while the tab is open (from the data: they need no analysis) */
  overlay: WaveOverlay | null;
}

interface Answer {
  key: string;
  revision: number;
  comparison: WaveComparison | null;
  error: unknown;
}

/**
 * The waves tab's state: the pair of waves compared (the last two until the user chooses), their
 * comparison for the project as it is now, asked again after every edit while the tab is open,
 * and the map's marks. An answer to an older question is shown only until the newer one arrives.
 */
export function useWavesView(api: BrobyggerApi, data: ProjectData, revision: number, active: boolean): WavesView {
  const [chosen, choose] = useState<[WaveId, WaveId] | null>(null);
  const pair = useMemo(() => livePair(data, chosen), [data, chosen]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = active && pair ? JSON.stringify(pair) : '';
  useEffect(() => {
    if (!key) return;
    let current = true;
    const [a, b] = JSON.parse(key) as [WaveId, WaveId];
    api.compareWaves({ a, b }).then(
      ({ comparison, revision: of }) => {
        if (current) setAnswer({ key, revision: of, comparison, error: null });
      },
      (error: unknown) => {
        if (current) setAnswer({ key, revision, comparison: null, error });
      },
    );
    return () => {
      current = false;
    };
  }, [api, key, revision]);

  const overlay = useMemo(() => (active && pair ? waveOverlay(data, pair[0], pair[1]) : null), [active, data, pair]);
  let state: ComparisonState;
  if (!key) state = { status: 'none', comparison: null, error: null };
  else if (answer?.key === key && answer.revision >= revision)
    state = answer.error ? { status: 'failed', comparison: null, error: answer.error } : { status: 'ready', comparison: answer.comparison, error: null };
  else state = { status: 'computing', comparison: answer?.key === key ? answer.comparison : null, error: null };
  return { pair, choose, state, overlay };
}
