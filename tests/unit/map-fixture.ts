import { decodeProjectJson } from '../../src/core/format/project-json';
import type { ProjectData } from '../../src/core/model/schema';

/**
 * A small network for the map's tests: two municipal departments and two associations with
 * their persons, a business in the middle, a person without organisation, and ties across.
 */
export function mapFixture(): ProjectData {
  const actors = [
    { id: 'job', kind: 'department', label: 'Jobcenter', sector: 'municipality' },
    { id: 'int', kind: 'department', label: 'Integration', sector: 'municipality' },
    { id: 'club', kind: 'organisation', label: 'Boldklub', sector: 'civil_society' },
    { id: 'group', kind: 'organisation', label: 'Modtagerkorps', sector: 'citizens' },
    { id: 'firm', kind: 'organisation', label: 'Tømrer', sector: 'business' },
    { id: 'p1', kind: 'person', label: 'Åse', sector: 'municipality' },
    { id: 'p2', kind: 'person', label: 'Bo', sector: 'municipality' },
    { id: 'p3', kind: 'person', label: 'Ida', sector: 'municipality' },
    { id: 'p4', kind: 'person', label: 'Ole', sector: 'civil_society' },
    { id: 'p5', kind: 'person', label: 'Aage', sector: 'civil_society' },
    { id: 'p6', kind: 'person', label: 'Yusuf', sector: 'citizens' },
    { id: 'p7', kind: 'person', label: 'Lis', sector: 'business' },
    { id: 'p8', kind: 'person', label: 'Nora', sector: null },
  ];
  const memberships = [
    ['m1', 'p1', 'job'],
    ['m2', 'p2', 'job'],
    ['m3', 'p3', 'int'],
    ['m4', 'p4', 'club'],
    ['m5', 'p5', 'club'],
    ['m6', 'p6', 'group'],
    ['m7', 'p6', 'club'],
    ['m8', 'p7', 'firm'],
  ].map(([id, person, organisation]) => ({ id, person, organisation, role: 'member' }));
  const ties = [
    { id: 't1', source: 'p1', target: 'p4', type: 'collaboration', strength: 5, formality: 'formal' },
    { id: 't2', source: 'p2', target: 'p6', type: 'information', strength: 2, formality: 'informal' },
    { id: 't3', source: 'p3', target: 'p1', type: 'collaboration', strength: 4, formality: 'formal' },
    { id: 't4', source: 'p5', target: 'p4', type: 'personal', strength: 1, formality: 'informal' },
    { id: 't5', source: 'p7', target: 'p5', type: 'contract', strength: null, formality: null },
    { id: 't6', source: 'job', target: 'club', type: 'collaboration', strength: 3, formality: 'formal' },
  ];
  return decodeProjectJson(
    JSON.stringify({ format: 'brobygger-project', version: 1, meta: { name: 'Kort' }, actors, ties, memberships, forums: [] }),
    'map.json',
  );
}
