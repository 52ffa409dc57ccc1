/**
 * The analysis engine's figures, printed by `npm run bench`:
 * 1. the full analysis of a 2,000-actor / 10,000-tie project, without and with the simulations
 *    (the permutation test and the turnover Monte Carlo), on one thread and spread over threads;
 * 2. betweenness on a 10,000-node Barabási–Albert graph (m = 3): ours, graphology-metrics and
 *    python-igraph (when /usr/bin/python3 has igraph), with the ratios;
 * 3. whole processes on that graph as GraphML: `brobygger analyze` against python-igraph
 *    computing betweenness, closeness, eigenvector, constraint, articulation points and bridges.
 * Nothing here asserts: timings are read by people, not by tests that flake on shared machines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { analysisOptions, analyzeNetwork, prepareNetwork } from '../../src/core/analysis/analyze';
import { arcWeights, type ArcWeights } from '../../src/core/analysis/arc-weights';
import { buildGraph, type Graph as Csr } from '../../src/core/analysis/graph';
import { pathStats } from '../../src/core/analysis/paths';
import { seededRandom } from '../../src/core/analysis/random';
import { tieValues } from '../../src/core/analysis/tie-values';
import { arcLengths, valuedPathStats } from '../../src/core/analysis/valued-paths';
import { analyzeOnThreads, PathMemo } from '../../src/main/engine/analysis-stages';
import { defaultThreads, parallelPathStats } from '../../src/main/engine/parallel-paths';
import { findAppRoot } from '../../src/main/engine/paths';
import { clearFigures, recordFigure } from './figures';
import { barabasiAlbert, graphmlOf, syntheticProject } from './generate';
import { best } from './timing';

const PYTHON = '/usr/bin/python3';
const root = findAppRoot();
const ms = (x: number) => `${x.toFixed(0).padStart(7)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(64)} ${value}`);
const hasIgraph = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import igraph'], { encoding: 'utf8' }).status === 0;

async function fullAnalysis(): Promise<void> {
  console.log('\nFull analysis, 2,000 actors / 10,000 ties (best of 5, after a warm-up run; this shared machine varies by a third from run to run)');
  const data = syntheticProject(2_000, 10_000);
  for (const [label, permutations, monteCarloRuns] of [
    ['without the simulations', 0, 0],
    ['with 5,000 permutations and 10,000 Monte Carlo runs', 5_000, 10_000],
  ] as const) {
    const options = analysisOptions(data.settings.analysis, { permutations, monteCarloRuns });
    analyzeNetwork(prepareNetwork(data, options), options);
    const single = best(5, () => analyzeNetwork(prepareNetwork(data, options), options));
    line(`${label}, one thread`, ms(single.ms));
    // as the app and the CLI run it: the path pass on the worker threads, the rest meanwhile here
    let parallelBest = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await analyzeOnThreads(data, options);
      parallelBest = Math.min(parallelBest, performance.now() - t);
    }
    line(`${label}, path pass on ${defaultThreads()} threads beside the rest`, ms(parallelBest));
    if (permutations === 0) {
      // what the app does after an edit that leaves the ties as they are (a label, an attribute,
      // a membership): the analysis thread reuses its last shortest-path pass
      const memo = new PathMemo();
      await analyzeOnThreads(data, options, memo);
      let editBest = Infinity;
      for (let i = 0; i < 5; i++) {
        const edited = { ...data, actors: data.actors.map((a, k) => (k === 100 + i ? { ...a, label: `${a.label} (ændret)` } : a)) };
        const t = performance.now();
        await analyzeOnThreads(edited, options, memo);
        editBest = Math.min(editBest, performance.now() - t);
      }
      const net = prepareNetwork(data, options);
      const counted = best(3, () => pathStats(net.graph));
      line('  of which the shortest-path pass (betweenness, closeness, reach)', ms(counted.ms));
      valuedBeside(net.graph, counted.ms, valuedTieValues(net));
      igraphOnProjectGraph(net.graph);
      line('  collaborations, findings', `${single.value.collaborations.length}, ${single.value.findings.length}`);
      line('re-analysis after an edit that leaves the ties as they are (pass reused)', ms(editBest));
    }
  }
  console.log('  targets: under 150 ms without the simulations, under 1 s with them');
}

/** The project's ties with their strengths (the synthetic project gives every tie one). */
function valuedTieValues(net: ReturnType<typeof prepareNetwork>): ArcWeights {
  const values = tieValues(net);
  if (!values.weights) throw new Error(`the bench's project has ${String(values.missing)} ties without a strength`);
  return values.weights;
}

/** The valued pass (distances 1 / strength) on one thread, and its time against the count-based one (issue 16: within 1.5×). */
function valuedBeside(g: Csr, countedMs: number, weights: ArcWeights): void {
  const lengths = arcLengths(g, weights);
  const valued = best(1, () => valuedPathStats(g, lengths));
  line(`  the same on tie strengths (1 / strength, ${lengths.kind === 'whole' ? 'buckets' : 'heap'})`, ms(valued.ms));
  line('    valued / count-based', `${(valued.ms / countedMs).toFixed(2)}×   target ≤ 1.5×`);
  recordFigure(`valuedVsCounted.${g.n}`, valued.ms / countedMs);
}

/** What the exact pass costs in C on this machine: python-igraph on the project's tie graph. */
function igraphOnProjectGraph(g: Csr): void {
  if (!hasIgraph) return;
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-'));
  try {
    const edgeFile = join(dir, 'project.edges');
    const edges: string[] = [];
    for (let i = 0; i < g.n; i++)
      for (let k = g.out.start[i] as number; k < (g.out.start[i + 1] as number); k++)
        if (g.directed || i < (g.out.adj[k] as number)) edges.push(`${i} ${g.out.adj[k] as number}`);
    writeFileSync(edgeFile, edges.join('\n'));
    const ig = igraph(
      `import igraph, time\ng = igraph.Graph.Read_Edgelist(${JSON.stringify(edgeFile)}, directed=${g.directed ? 'True' : 'False'})\nbest = 1e9\nfor _ in range(3):\n    t = time.perf_counter()\n    g.betweenness(); g.closeness()\n    best = min(best, time.perf_counter() - t)\nprint(f"{best * 1000:.0f} ms")`,
    );
    if (ig) line('  python-igraph on the same ties: betweenness and closeness alone', ms(ig.ms));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function igraph(script: string): { ms: number; wall: number } | null {
  if (!hasIgraph) return null;
  const t = performance.now();
  const out = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8' });
  const wall = performance.now() - t;
  const m = /(\d+(?:\.\d+)?) ms/.exec(out.stdout);
  if (out.status !== 0 || !m?.[1]) {
    console.log(`  python-igraph failed: ${out.stderr.trim().split('\n').at(-1) ?? ''}`);
    return null;
  }
  return { ms: Number(m[1]), wall };
}

async function betweennessComparison(dir: string): Promise<string> {
  const n = 10_000;
  console.log(`\nBetweenness, Barabási–Albert graph, n = ${n.toLocaleString('en')}, m = 3 (seed 42)`);
  const { sources, targets } = barabasiAlbert(n, 3, 42);
  const g = buildGraph(n, sources, targets, false);
  const edgeFile = join(dir, 'ba.edges');
  writeFileSync(edgeFile, sources.map((s, e) => `${s} ${targets[e]}`).join('\n'));
  const graphmlFile = join(dir, 'ba.graphml');
  writeFileSync(graphmlFile, graphmlOf(n, sources, targets));

  const ours = best(1, () => pathStats(g));
  line('Brobygger kernel, one thread (betweenness with closeness)', ms(ours.ms));
  // strengths 1–5 drawn with a seed, as a field's scale gives them
  const draw = seededRandom(42);
  valuedBeside(g, ours.ms, arcWeights(g, sources, targets, sources.map(() => 1 + draw.int(5))));
  const t = performance.now();
  await parallelPathStats(g, defaultThreads());
  const oursParallel = performance.now() - t;
  line(`Brobygger kernel, ${defaultThreads()} threads`, ms(oursParallel));

  const gg = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) gg.addNode(String(i));
  for (let e = 0; e < sources.length; e++) gg.mergeEdge(String(sources[e]), String(targets[e]));
  const gl = best(1, () => betweennessCentrality(gg, { normalized: false }));
  line('graphology-metrics betweenness', ms(gl.ms));
  const check = Math.abs((gl.value['0'] ?? 0) - (ours.value.betweenness[0] ?? 0));
  line('  agreement with ours on node 0 (absolute difference)', check.toExponential(1));
  line('  graphology / ours (one thread)', `${(gl.ms / ours.ms).toFixed(1)}×   target ≥ 5×`);

  const ig = igraph(
    `import igraph, time\ng = igraph.Graph.Read_Edgelist(${JSON.stringify(edgeFile)}, directed=False)\nt = time.perf_counter()\ng.betweenness()\nprint(f"{(time.perf_counter() - t) * 1000:.0f} ms")`,
  );
  if (ig) {
    line('python-igraph betweenness (in-process time)', ms(ig.ms));
    line('  igraph / ours (one thread)', `${(ig.ms / ours.ms).toFixed(2)}×   target ≥ 1×`);
    line(`  igraph / ours (${defaultThreads()} threads)`, `${(ig.ms / oursParallel).toFixed(2)}×`);
  } else line('python-igraph', 'not installed (apt-get install python3-igraph)');
  return graphmlFile;
}

function processComparison(graphml: string): void {
  console.log('\nWhole processes on the same graph as GraphML');
  const cli = join(root, 'out', 'main', 'cli.js');
  if (!existsSync(cli)) {
    line('brobygger analyze', 'not built (npm run build)');
    return;
  }
  const t = performance.now();
  const run = spawnSync(process.execPath, [cli, 'analyze', graphml, '--json', '--betweenness', 'exact'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ours = performance.now() - t;
  if (run.status !== 0) {
    line('brobygger analyze', `failed: ${run.stderr.trim().split('\n')[0] ?? ''}`);
    return;
  }
  line('brobygger analyze --json --betweenness exact (the whole analysis, default settings)', ms(ours));
  const ig = igraph(
    `import igraph, time\nt = time.perf_counter()\ng = igraph.Graph.Read_GraphML(${JSON.stringify(graphml)})\ng.betweenness(); g.closeness(); g.eigenvector_centrality(); g.constraint(); g.articulation_points(); g.bridges()\nprint(f"{(time.perf_counter() - t) * 1000:.0f} ms")`,
  );
  if (ig) {
    line('python-igraph: betweenness, closeness, eigenvector, constraint, cuts', ms(ig.wall));
    line('  ours / igraph (whole processes)', `${(ours / ig.wall).toFixed(2)}×   target ≤ 0.4×`);
    recordFigure('exactVsIgraph', ours / ig.wall);
  }
}

// BENCH=project runs only the project part (the 10,000-node comparisons take minutes)
clearFigures();
const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-'));
try {
  await fullAnalysis();
  if (process.env['BENCH'] !== 'project') {
    const graphml = await betweennessComparison(dir);
    processComparison(graphml);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
