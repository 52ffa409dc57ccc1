/** Waves: defined, ordered, copied and removed, presence in bulk, and two waves compared. */
export { WavesPanel } from './WavesPanel';
export { useWavesView, type WavesView } from './use-waves-view';
