/**
 * The engine's side of the waves panel: two waves of the open project compared on the analysis
 * thread, the answer labelled with the revision it is of, and a wave the project lacks refused.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE_NAME } from '../../src/main/engine/service';
import { call, failure, setup } from '../helpers/service';
import { sha256 } from '../helpers/temp';

describe('comparing two waves of the open project', () => {
  it("compares the sample's 2025 and 2026, and changes nothing", async () => {
    const s = setup();
    const service = s.start();
    const opened = service.startup();
    const file = join(s.documentsDir, SAMPLE_FILE_NAME);
    const before = sha256(file);
    const { revision, comparison } = await call(service, 'compareWaves', { a: 'w-2025', b: 'w-2026' });
    expect(revision).toBe(opened?.revision);
    expect([comparison.a.ties, comparison.b.ties]).toEqual([130, 131]);
    expect(comparison.persons).toEqual({ joined: ['p-signe-dalsgaard'], left: ['p-ida-lauritsen'] });
    expect(comparison.collaborations.ended.map((c) => [c.a, c.b])).toEqual([['org-sprogcenter', 'org-roede-kors']]);
    service.shutdown();
    expect(sha256(file)).toBe(before);
  });

  it('follows an edit: a wave made as a copy of 2025 compares with 2025 as the same', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    await call(service, 'apply', { command: { type: 'wave.add', wave: { id: 'w-2027', label: '2027' }, copyFrom: 'w-2025' } });
    const { comparison } = await call(service, 'compareWaves', { a: 'w-2025', b: 'w-2027' });
    expect(comparison.ties).toEqual({ gained: [], lost: [], kept: 130 });
    expect(comparison.persons).toEqual({ joined: [], left: [] });
    expect(comparison.findings).toEqual([]);
    service.shutdown();
  });

  it('refuses a wave the project does not have, naming the waves it has', async () => {
    const s = setup();
    const service = s.start();
    service.startup();
    const e = await failure(service, 'compareWaves', { a: 'w-2025', b: 'w-1999' });
    expect(e.code).toBe('invalid');
    expect(e.message).toContain('"w-1999" (w-2025, w-2026)');
    service.shutdown();
  });
});
