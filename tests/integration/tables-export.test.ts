import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/main/engine/exchange';
import { ProjectStore } from '../../src/main/engine/project-store';
import type { ProjectData } from '../../src/core/model/schema';
import { runInProcess } from '../helpers/cli-run';
import { storeOptions } from '../helpers/store';
import { tempDir } from '../helpers/temp';
import { copySample, SAMPLE_ACTORS, SAMPLE_COUNTS } from './fixtures/sample';

const cli = (args: readonly string[]) => runInProcess(args, { BROBYGGER_DATA_DIR: tempDir('brobygger-data-') });
const python = (code: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8' });

function sample(): { dir: string; project: string; data: ProjectData } {
  const dir = tempDir();
  const project = copySample(dir);
  const store = ProjectStore.open(project, storeOptions({ readonly: true }));
  const data = store.read();
  store.close();
  return { dir, project, data };
}

async function exportTo(project: string, to: string, ...flags: string[]): Promise<void> {
  const run = await cli(['export', project, '--to', to, '--lang', 'en', ...flags]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
}

const withAeoa = (data: ProjectData) => data.actors.find((a) => /[æøåÆØÅ]/.test(a.label));

describe('a CSV set', () => {
  it('imports back by id as the same actors, ties and memberships', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'set'));
    const back = (await readInput(join(dir, 'set'))).data;
    // a table has a column for every attribute, so an element without one reads back as null there
    const present = <T extends { attributes: Record<string, unknown> }>(rows: readonly T[]) =>
      rows.map((r) => ({ ...r, attributes: Object.fromEntries(Object.entries(r.attributes).filter(([, v]) => v !== null)) }));
    expect(present(back.actors)).toEqual(present(data.actors));
    expect(present(back.ties)).toEqual(present(data.ties));
    expect(back.memberships).toEqual(data.memberships);
    expect(back.activities).toEqual(data.activities);
    expect(back.activities).toHaveLength(SAMPLE_COUNTS.activities);
    expect(back.codebooks.targetGroups).toEqual(data.codebooks.targetGroups);
    const bytes = readFileSync(join(dir, 'set', 'actors.csv'));
    expect([...bytes.subarray(0, 3)], 'starts with a byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  });

  it('written to a .csv path goes into a folder named after it', async () => {
    const { dir, project } = sample();
    await exportTo(project, join(dir, 'net.csv'));
    expect(readFileSync(join(dir, 'net', 'ties.csv'), 'utf8').split('\r\n')[0]).toContain('id,source,target,type,directed,strength');
  });

  it('for Danish Excel reads in Python with ; and a decimal comma', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'dk'), '--danish-excel');
    const out = python(
      `import csv,sys,json
rows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8-sig',newline=''),delimiter=';'))
print(json.dumps({'n':len(rows),'turnover':[r['turnover'] for r in rows if r['turnover']],'labels':[r['label'] for r in rows]}))`,
      join(dir, 'dk', 'actors.csv'),
    );
    const read = JSON.parse(out) as { n: number; turnover: string[]; labels: string[] };
    expect(read.n).toBe(SAMPLE_ACTORS);
    expect(read.labels).toEqual(data.actors.map((a) => a.label));
    const fractions = data.actors.flatMap((a) => (a.turnover === null ? [] : [String(a.turnover).replace('.', ',')]));
    expect(read.turnover).toEqual(fractions);
  });
});

describe('the scripts for R and Python', () => {
  it('load the set in networkx with the counts, direction, weights and labels of the project', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'r'), '--with-scripts');
    const someone = withAeoa(data) ?? data.actors[0];
    const tie = data.ties.find((t) => t.strength !== null);
    const out = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import sys,json; sys.path.insert(0,sys.argv[1]); from load_network import load
g,m=load(sys.argv[1]); s,t=sys.argv[3],sys.argv[4]
print(json.dumps({'nodes':g.number_of_nodes(),'edges':g.number_of_edges(),'directed':g.is_directed(),'label':g.nodes[sys.argv[2]]['label'],'weight':g.edges[s,t]['weight'],'memberships':m.number_of_edges()}))`,
        join(dir, 'r'),
        someone?.id ?? '',
        tie?.source ?? '',
        tie?.target ?? '',
      ],
      { encoding: 'utf8' },
    );
    const pairs = new Set(data.ties.map((t) => (t.directed ? `${t.source}>${t.target}` : [t.source, t.target].sort().join('>'))));
    expect(JSON.parse(out)).toEqual({
      nodes: SAMPLE_ACTORS,
      edges: pairs.size,
      directed: data.ties.some((t) => t.directed),
      label: someone?.label,
      weight: tie?.strength,
      memberships: SAMPLE_COUNTS.memberships,
    });
  });

  it('load the set in R igraph and network with every actor, tie and attribute', async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'r'), '--with-scripts');
    const someone = withAeoa(data) ?? data.actors[0];
    const out = execFileSync(
      'Rscript',
      [
        '-e',
        `source(file.path(commandArgs(TRUE)[1], "load_network.R"), chdir = TRUE)
cat(vcount(g), ecount(g), is_directed(g), ecount(memberships_graph), network.size(net), network.edgecount(net), sep = "\\n")
cat(V(g)[commandArgs(TRUE)[2]]$label, sum(E(g)$weight), sep = "\\n")`,
        join(dir, 'r'),
        someone?.id ?? '',
      ],
      { encoding: 'utf8' },
    ).split('\n');
    const weights = data.ties.reduce((s, t) => s + (t.strength ?? 1), 0);
    expect(out.slice(0, 8)).toEqual([
      String(SAMPLE_ACTORS),
      String(SAMPLE_COUNTS.ties),
      data.ties.some((t) => t.directed) ? 'TRUE' : 'FALSE',
      String(SAMPLE_COUNTS.memberships),
      String(SAMPLE_ACTORS),
      String(SAMPLE_COUNTS.ties),
      someone?.label ?? '',
      String(weights),
    ]);
  });
});

describe('a workbook', () => {
  it('opens in openpyxl with a sheet per table, typed cells, æøå, and the analysis sheets', async () => {
    const { dir, project, data } = sample();
    const to = join(dir, 'bro.xlsx');
    await exportTo(project, to, '--with-analysis');
    const out = python(
      `import openpyxl,sys,json,datetime
wb=openpyxl.load_workbook(sys.argv[1])
ties=wb['ties']; head=[c.value for c in ties[1]]
rows=list(ties.iter_rows(min_row=2,values_only=True))
ms=wb['memberships']; mh=[c.value for c in ms[1]]
dates=[r[mh.index('start')] for r in ms.iter_rows(min_row=2,values_only=True) if r[mh.index('start')] is not None]
print(json.dumps({'sheets':wb.sheetnames,'counts':{n:wb[n].max_row-1 for n in wb.sheetnames},
 'strength':[r[head.index('strength')] for r in rows],'directed':[r[head.index('directed')] for r in rows],
 'bold':ties['A1'].font.bold,'frozen':ties.freeze_panes,'dates':all(isinstance(d,datetime.datetime) for d in dates),'ndates':len(dates),
 'labels':[r[1] for r in wb['actors'].iter_rows(min_row=2,values_only=True)]}))`,
      to,
    );
    const read = JSON.parse(out) as { sheets: string[]; counts: Record<string, number>; strength: Array<number | null>; directed: boolean[]; bold: boolean; frozen: string; dates: boolean; ndates: number; labels: string[] };
    expect(read.sheets).toEqual(['actors', 'ties', 'memberships', 'forums', 'seats', 'waves', 'codebook', 'activities', 'measures', 'collaborations']);
    expect(read.counts).toMatchObject({ actors: SAMPLE_ACTORS, ties: SAMPLE_COUNTS.ties, memberships: SAMPLE_COUNTS.memberships, forums: SAMPLE_COUNTS.forums, seats: SAMPLE_COUNTS.seats, waves: SAMPLE_COUNTS.waves, activities: SAMPLE_COUNTS.activities, measures: SAMPLE_ACTORS });
    expect(read.strength).toEqual(data.ties.map((t) => t.strength));
    expect(read.directed).toEqual(data.ties.map((t) => t.directed));
    expect(read.labels).toEqual(data.actors.map((a) => a.label));
    expect(read.labels.some((l) => /[æøå]/i.test(l))).toBe(true);
    expect(read.bold).toBe(true);
    expect(read.frozen).toBe('A2');
    expect(read.dates).toBe(true);
    expect(read.ndates).toBe(data.memberships.filter((m) => m.start !== null).length);
  });

  it('names its sheets in Danish when asked', async () => {
    const { dir, project } = sample();
    const to = join(dir, 'bro.xlsx');
    const run = await cli(['export', project, '--to', to, '--lang', 'da']);
    expect(run.err).toBe('');
    expect(JSON.parse(python('import openpyxl,sys,json; print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames))', to))).toEqual([
      'aktører',
      'relationer',
      'medlemskaber',
      'fora',
      'pladser',
      'bølger',
      'kodebog',
      'aktiviteter',
    ]);
  });

  it('pseudonymised holds no person name, note or quote of the sample in any byte inside the zip', async () => {
    const { dir, project, data } = sample();
    const to = join(dir, 'pseudo.xlsx');
    await exportTo(project, to, '--pseudonymise', '--with-analysis');
    const secrets = [
      ...data.actors.filter((a) => a.kind === 'person').flatMap((a) => [a.label, a.notes]),
      ...data.ties.flatMap((t) => [t.evidence.quote, t.evidence.source, t.notes]),
      ...data.activities.map((a) => a.notes),
    ].filter((s) => s.trim().length >= 4);
    expect(secrets.length).toBeGreaterThan(50);
    const text = python(
      `import zipfile,sys,html
z=zipfile.ZipFile(sys.argv[1]); sys.stdout.write(html.unescape('\\n'.join(z.read(n).decode('utf-8','replace') for n in z.namelist())))`,
      to,
    );
    const xmlEscaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(secrets.filter((s) => text.includes(s) || text.includes(xmlEscaped(s)))).toEqual([]);
  });
});

describe('the activities of the reception timeline', () => {
  it('import back by id into the project: an edited window is one change, a row left out is removed', async () => {
    const { dir, project } = sample();
    const set = join(dir, 'set');
    await exportTo(project, set);
    const file = join(set, 'activities.csv');
    const lines = readFileSync(file, 'utf8').split('\r\n');
    // the mentor programme now starts in week 6; the bicycle course is no longer on the wall
    const edited = lines
      .filter((l) => !l.startsWith('act-cykelkursus,'))
      .map((l) => (l.startsWith('act-mentor,') ? l.replace(/,women,8,26,/, ',women,6,26,') : l));
    expect(edited.join('\r\n')).not.toBe(lines.join('\r\n'));
    writeFileSync(file, edited.join('\r\n'));
    const run = await cli(['import', set, '--into', project, '--update-by-id', '--remove-missing', '--dry-run', '--json', '--lang', 'en']);
    expect(run.err).toBe('');
    const plan = JSON.parse(run.out) as { counts: Record<string, Record<string, number>>; changed: Array<{ id: string; fields: Array<{ field: string; before: unknown; after: unknown }> }>; removed: Array<{ id: string }> };
    expect(plan.changed).toEqual([expect.objectContaining({ id: 'act-mentor', fields: [{ field: 'window.from', before: 8, after: 6 }] })]);
    expect(plan.removed).toEqual([expect.objectContaining({ id: 'act-cykelkursus' })]);
  });

  it('read in openpyxl as typed cells: week numbers as integers, owners and contacts as ids joined by |', async () => {
    const { dir, project, data } = sample();
    const to = join(dir, 'bro.xlsx');
    await exportTo(project, to);
    const out = python(
      `import openpyxl,sys,json
ws=openpyxl.load_workbook(sys.argv[1])['activities']; head=[c.value for c in ws[1]]
rows=[dict(zip(head,r)) for r in ws.iter_rows(min_row=2,values_only=True)]
print(json.dumps({'head':head,'weeks':[[r['from_week'],r['to_week']] for r in rows],'ints':all(isinstance(r['from_week'],int) for r in rows),'owners':[r['owners'].split('|') for r in rows]}))`,
      to,
    );
    const read = JSON.parse(out) as { head: string[]; weeks: number[][]; ints: boolean; owners: string[][] };
    expect(read.head).toEqual(['id', 'title', 'kind', 'owners', 'contacts', 'target_group', 'from_week', 'to_week', 'frequency', 'notes', 'waves']);
    expect(read.weeks).toEqual(data.activities.map((a) => [a.window.from, a.window.to]));
    expect(read.ints).toBe(true);
    expect(read.owners).toEqual(data.activities.map((a) => a.owners));
  });

  it("give the same overlaps and gaps, worked out again in Python from the CSV set, as analyze --json's activities section", async () => {
    const { dir, project, data } = sample();
    await exportTo(project, join(dir, 'set'));
    const run = await cli(['analyze', project, '--json', '--permutations', '0', '--monte-carlo', '0']);
    expect(run.code).toBe(0);
    const section = (JSON.parse(run.out) as { activities: { overlaps: Array<{ activities: string[]; window: { from: number; to: number } }>; gaps: unknown[]; personDependent: unknown[] } }).activities;
    // the rules of src/core/analysis/activities.ts, written again without its code: overlaps as
    // connected sets of same kind and target group, owners disjoint, windows meeting; gaps from
    // arrival on in offers and activities, those for all counting for every group
    const reference = python(
      `import csv,sys,json,itertools
rows=list(csv.DictReader(open(sys.argv[1]+'/activities.csv',encoding='utf-8-sig',newline='')))
for r in rows: r['from']=int(r['from_week']); r['to']=int(r['to_week']); r['own']=set(r['owners'].split('|'))
groups={}
for r in rows: groups.setdefault((r['kind'],r['target_group']),[]).append(r)
overlaps=[]
for (kind,tg),rs in groups.items():
  parent=list(range(len(rs)))
  def root(i):
    while parent[i]!=i: i=parent[i]
    return i
  span={}
  for i,j in itertools.combinations(range(len(rs)),2):
    a,b=rs[i],rs[j]; lo=max(a['from'],b['from']); hi=min(a['to'],b['to'])
    if a['own']&b['own'] or lo>hi: continue
    ri,rj=root(i),root(j); ws=[w for w in (span.pop(ri,None),span.pop(rj,None),(lo,hi)) if w]
    parent[rj]=ri; span[ri]=(min(w[0] for w in ws),max(w[1] for w in ws))
  for r,(lo,hi) in span.items():
    overlaps.append({'activities':[x['id'] for k,x in enumerate(rs) if root(k)==r],'window':{'from':lo,'to':hi}})
offered=[r for r in rows if r['kind'] in ('offer','activity')]
def runs(tg,lo,hi,n):
  cov=[r for r in offered if r['target_group'] in (tg,'all')]
  out=[];start=None
  for w in range(lo,hi+2):
    c=w>hi or any(r['from']<=w<=r['to'] for r in cov)
    if not c and start is None: start=w
    if c and start is not None:
      if w-start>=n: out.append({'targetGroup':tg,'from':start,'to':w-1,'weeks':w-start})
      start=None
  return out
tgs=[]
for r in rows:
  if r['target_group'] not in tgs: tgs.append(r['target_group'])
lo,hi,n=max(int(sys.argv[2]),0),int(sys.argv[3]),int(sys.argv[4])
al=runs('all',lo,hi,n) if 'all' in tgs else []
gaps={tg:(al if tg=='all' else [g for g in runs(tg,lo,hi,n) if (g['from'],g['to']) not in {(x['from'],x['to']) for x in al}]) for tg in tgs}
print(json.dumps({'overlaps':sorted(overlaps,key=lambda o:o['activities']),'gaps':gaps,'single':sorted(r['id'] for r in rows if len([c for c in r['contacts'].split('|') if c])==1)}))`,
      join(dir, 'set'),
      String(data.settings.timeline.from),
      String(data.settings.timeline.to),
      String(data.settings.analysis.thresholds.gapWeeks),
    );
    const ref = JSON.parse(reference) as { overlaps: unknown[]; gaps: Record<string, unknown[]>; single: string[] };
    const byIds = <T extends { activities: string[] }>(list: readonly T[]) => [...list].sort((x, y) => (x.activities.join() < y.activities.join() ? -1 : 1));
    expect(byIds(section.overlaps).map((o) => ({ activities: o.activities, window: o.window }))).toEqual(ref.overlaps);
    const order = data.codebooks.targetGroups.map((g) => g.key);
    expect(section.gaps).toEqual(order.flatMap((g) => ref.gaps[g] ?? []));
    expect(section.gaps.length).toBeGreaterThan(0);
    expect((section.personDependent as Array<{ activity: string }>).map((p) => p.activity).sort()).toEqual(ref.single);
  });
});
