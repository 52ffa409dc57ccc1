/**
 * The kernels for large networks, on one thread (`npx tsx tests/bench/approximate.ts`):
 * sampled betweenness at ε = 0.01, δ = 0.1 and the bit-parallel distance pass, against the
 * exact shortest-path pass they stand in for, on the 20,000-actor / 100,000-tie synthetic
 * project and on a 10,000-node Barabási–Albert graph (m = 3). Prints the times and the largest
 * error actually observed; asserts nothing (timings are read by people; this machine is shared,
 * so the best of a few runs is shown).
 */
import { performance } from 'node:perf_hooks';
import { analysisOptions, prepareNetwork } from '../../src/core/analysis/analyze';
import { approximateBetweenness, betweennessSampleSize } from '../../src/core/analysis/approximate-betweenness';
import { distanceStats } from '../../src/core/analysis/distance-stats';
import { buildGraph, type Graph } from '../../src/core/analysis/graph';
import { pathStats } from '../../src/core/analysis/paths';
import { barabasiAlbert, syntheticProject } from './generate';
import { best } from './timing';

const EPSILON = 0.01;
const DELTA = 0.1;
const ms = (x: number) => `${x.toFixed(0).padStart(7)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value}`);

function measure(title: string, g: Graph): void {
  console.log(`\n${title}: ${g.n} nodes, ${g.m} ${g.directed ? 'arcs' : 'edges'}`);
  const size = best(3, () => betweennessSampleSize(g, EPSILON, DELTA));
  line('vertex-diameter bound and sample size', `VD ≤ ${size.value.vertexDiameter}, ${size.value.samples} samples (${ms(size.ms).trim()})`);
  const sampled = best(3, () => approximateBetweenness(g, { epsilon: EPSILON, delta: DELTA, seed: 1 }));
  line(`sampled betweenness, ε = ${EPSILON}, δ = ${DELTA} (best of 3)`, ms(sampled.ms));
  for (const epsilon of [0.02, 0.05]) {
    const coarser = best(3, () => approximateBetweenness(g, { epsilon, delta: DELTA, seed: 1 }));
    line(`  at ε = ${epsilon}: ${coarser.value.samples} samples (best of 3)`, ms(coarser.ms));
  }
  const distances = best(3, () => distanceStats(g));
  line('bit-parallel distance pass, all sources (best of 3)', ms(distances.ms));
  const t = performance.now();
  const exact = pathStats(g);
  const exactMs = performance.now() - t;
  line('exact shortest-path pass, pathStats (once)', ms(exactMs));
  line('  distance pass / exact pass', `${((100 * distances.ms) / exactMs).toFixed(1)} %`);

  const pairs = g.directed ? g.n * (g.n - 1) : (g.n * (g.n - 1)) / 2;
  for (const seed of [1, 2, 3]) {
    const estimate = seed === 1 ? sampled.value : approximateBetweenness(g, { epsilon: EPSILON, delta: DELTA, seed });
    let worst = 0;
    let sum = 0;
    for (let i = 0; i < g.n; i++) {
      const error = Math.abs((estimate.betweenness[i] as number) - (exact.betweenness[i] as number)) / pairs;
      worst = Math.max(worst, error);
      sum += error;
    }
    line(`  seed ${seed}: largest / mean normalised error (bound ${EPSILON})`, `${worst.toFixed(5)} / ${(sum / g.n).toExponential(2)}`);
  }
  let same = exact.reciprocalDistanceSum === 0 || Math.abs(distances.value.reciprocalDistanceSum / exact.reciprocalDistanceSum - 1) < 1e-9;
  for (let i = 0; i < g.n; i++)
    if (distances.value.reach[i] !== exact.reach[i] || distances.value.distanceSum[i] !== exact.distanceSum[i]) same = false;
  line('  distance pass equal to the exact pass', same ? 'yes' : 'NO');
}

const data = syntheticProject(20_000, 100_000);
const net = prepareNetwork(data, analysisOptions(data.settings.analysis, { permutations: 0, monteCarloRuns: 0 }));
measure('Synthetic project, 20,000 actors / 100,000 ties', net.graph);
const { sources, targets } = barabasiAlbert(10_000, 3, 42);
measure('Barabási–Albert, m = 3', buildGraph(10_000, sources, targets, false));
