import { describe, expect, it } from 'vitest';
import { analysisOptions, analyze } from '../../src/core/analysis/analyze';
import type { FindingTextKey } from '../../src/core/analysis/findings';
import { analysisJson } from '../../src/core/analysis/report';
import { capitalised, genitive, namesIn, sayWith, word, type WordParams } from '../../src/core/analysis/wording';
import { createTranslator, type Language } from '../../src/core/i18n/catalogue';
import type { ProjectData } from '../../src/core/model/schema';
import { explainActor, explainForum } from '../../src/renderer/src/features/panels/explain';
import { numbersFor } from '../../src/renderer/src/features/panels/panel-model';
import { sampleData } from '../../scripts/build-sample';

/** NBSP, as Intl writes it between a number and "%" in Danish */
const nb = (text: string) => text.replace(/ %/g, '\u00a0%');
const data = sampleData();
const say = (lang: Language) => sayWith(createTranslator(lang), namesIn(data, lang));
const da = say('da');
const en = say('en');
const idOf = (label: string) => data.actors.find((a) => a.label === label)?.id ?? '';
const finding = (lang: Language, key: FindingTextKey, params: WordParams) => word({ key, params }, namesIn(data, lang), createTranslator(lang));

describe('a count with its noun', () => {
  it.each([
    ['counted.ties', '1 relation', '2 relationer', '1 tie', '2 ties'],
    ['counted.actors', '1 aktør', '2 aktører', '1 actor', '2 actors'],
    ['counted.carriers', '1 bærer', '2 bærere', '1 carrier', '2 carriers'],
    ['counted.seats', '1 plads', '2 pladser', '1 seat', '2 seats'],
    ['counted.components', '1 komponent', '2 komponenter', '1 component', '2 components'],
    ['counted.permutations', '1 ombytning', '2 ombytninger', '1 permutation', '2 permutations'],
  ] as const)('%s says 1 and 2 in the right form in Danish and English', (key, da1, da2, en1, en2) => {
    expect([da(key, { count: 1 }), da(key, { count: 2 }), en(key, { count: 1 }), en(key, { count: 2 })]).toEqual([da1, da2, en1, en2]);
  });

  it('writes large counts with the reader\'s digit grouping', () => {
    expect(da('counted.permutations', { count: 5000 })).toBe('5.000 ombytninger');
    expect(en('counted.permutations', { count: 5000 })).toBe('5,000 permutations');
  });
});

describe('the findings, worded', () => {
  const person = { actor: idOf('Åse Østergaard') };
  const pair = (a: string, b: string) => ({ pair: [idOf(a), idOf(b)] as const }) as never;

  it('say one collaboration and two in the right form', () => {
    const one = { person, count: 1, list: { list: [pair('Jobcenter Bro', 'Bro Boldklub')] } };
    const two = { person, count: 2, list: { list: [pair('Jobcenter Bro', 'Bro Boldklub'), pair('Jobcenter Bro', 'Bro Tømrer & Byg')] } };
    expect(finding('da', 'findings.keyPerson.message', one)).toBe('Åse Østergaard bærer alene ét samarbejde: Jobcenter Bro – Bro Boldklub. Stopper Åse Østergaard, forsvinder det.');
    expect(finding('da', 'findings.keyPerson.message', two)).toBe(
      'Åse Østergaard bærer alene 2 samarbejder: Jobcenter Bro – Bro Boldklub og Jobcenter Bro – Bro Tømrer & Byg. Stopper Åse Østergaard, forsvinder de.',
    );
    expect(finding('en', 'findings.keyPerson.message', one)).toBe('Åse Østergaard alone carries one collaboration: Jobcenter Bro – Bro Boldklub. If Åse Østergaard leaves, it is gone.');
    expect(finding('en', 'findings.keyPerson.message', two)).toContain('alone carries 2 collaborations: Jobcenter Bro – Bro Boldklub and Jobcenter Bro – Bro Tømrer & Byg. If Åse Østergaard leaves, they are gone.');
    expect(finding('da', 'findings.keyPerson.recommendation', one)).toBe('Giv Åse Østergaard en makker i samarbejdet, og del kontakterne, før det bliver nødvendigt.');
    expect(finding('da', 'findings.keyPerson.recommendation', two)).toContain('en makker i hvert af samarbejderne');
  });

  it('say one supplier relation and two, one pair and two, one more finding and two', () => {
    const arc = { arc: [idOf('Jobcenter Bro'), idOf('Røde Kors Bro')] } as never;
    expect(finding('da', 'findings.supplierRelations.message', { count: 1, list: { list: [arc] } })).toBe(
      '1 relation er et leverandørforhold frem for et partnerskab: Jobcenter Bro → Røde Kors Bro.',
    );
    expect(finding('da', 'findings.supplierRelations.message', { count: 2, list: { list: [arc, arc] } })).toMatch(/^2 relationer er leverandørforhold frem for partnerskaber: /);
    expect(finding('en', 'findings.supplierRelations.message', { count: 1, list: { list: [arc] } })).toBe('1 tie is a supplier relation rather than a partnership: Jobcenter Bro → Røde Kors Bro.');
    expect(finding('en', 'findings.keyPersonReach.message', { person, count: 1 })).toContain(', 1 pair of organisations across sectors can no longer');
    expect(finding('en', 'findings.keyPersonReach.message', { person, count: 2 })).toContain(', 2 pairs of organisations across sectors can no longer');
    expect(finding('da', 'findings.more.message', { count: 1 })).toBe('… og 1 fund mere af samme slags.');
    expect(finding('en', 'findings.more.message', { count: 1 })).toBe('… and 1 more finding of the same kind.');
    expect(finding('en', 'findings.more.message', { count: 2 })).toBe('… and 2 more findings of the same kind.');
  });

  it('name counted ties in a sentence that counts more than one thing', () => {
    const params = (internal: number): WordParams => ({
      organisation: { actor: idOf('Bro Boldklub') },
      count: 8,
      internal: { words: { key: 'counted.ties', params: { count: internal } } },
      external: 1,
      ei: { decimal: -0.87 },
    });
    expect(finding('da', 'findings.bondedOrganisation.message', params(1))).toBe(
      'Bro Boldklubs 8 medlemmer har 1 relation indbyrdes og 1 ud af organisationen (E-I −0,87): den holder sig i egen kreds.',
    );
    expect(finding('da', 'findings.bondedOrganisation.message', params(2))).toContain('har 2 relationer indbyrdes');
    expect(finding('en', 'findings.bondedOrganisation.message', params(1))).toBe(
      'The 8 members of Bro Boldklub have 1 tie among themselves and 1 outside it (E-I −0.87): it keeps to its own circle.',
    );
  });

  it('name a sector by its definite form, with a capital where it starts the sentence, and by its label where the codebook sets none', () => {
    const params = { sector: { sector: 'municipality' }, initiative: { percent: 0.67 }, mandate: { percent: 1 } };
    expect(finding('da', 'findings.municipalDominance.message', params)).toBe(
      nb('Kommunen tager initiativet i 67 % og har mandatet i 100 % af relationerne på tværs af sektorerne: risiko for overstyring.'),
    );
    expect(finding('en', 'findings.municipalDominance.message', params)).toMatch(/^The municipality takes the initiative in 67% /);
    const forum = { forum: { forum: data.forums[0]?.id ?? '' }, sector: { sector: 'municipality' }, seats: 6, count: 8, chair: '' };
    expect(finding('da', 'findings.forumDominance.message', forum)).toBe(`I ${data.forums[0]?.label ?? ''} har kommunen 6 af 8 pladser.`);

    const bare: ProjectData = {
      ...data,
      codebooks: { ...data.codebooks, sectors: data.codebooks.sectors.map((s) => ({ ...s, definite: { da: '', en: '' } })) },
    };
    const plain = (lang: Language) => word({ key: 'findings.municipalDominance.message', params }, namesIn(bare, lang), createTranslator(lang));
    expect(plain('da')).toMatch(/^Kommune tager initiativet i 67/);
    expect(plain('en')).toMatch(/^Municipality takes the initiative in 67%/);
  });

  it('says "all" rather than "5 of 5" seats, and "both" rather than "all 2" relationships', () => {
    const all = { forum: { forum: data.forums[0]?.id ?? '' }, sector: { sector: 'municipality' }, seats: 5, count: 5, chair: '' };
    expect(finding('da', 'findings.forumDominanceAll.message', all)).toMatch(/har kommunen alle 5 pladser\.$/);
    expect(finding('en', 'findings.forumDominanceAll.message', all)).toMatch(/, the municipality holds all 5 seats\.$/);
    const result = analyze(data, analysisOptions(data.settings.analysis, { permutations: 0 }));
    const keys = result.findings.map((f) => f.message.key);
    expect(keys).toContain('findings.forumDominanceAll.message');
    expect(keys).toContain('findings.singlePersonBoth.message');
    const worded = result.findings.map((f) => word(f.message, namesIn(data, 'da'), createTranslator('da'))).join('\n');
    expect(worded).not.toMatch(/alle 2 |\b5 af 5\b|\b1 af 1\b|\(e\)|\(er\)/);
  });
});

describe('names in sentences', () => {
  it('puts a Danish name in the genitive with -s, or an apostrophe after s, x and z', () => {
    expect(['Bro Boldklub', 'Jens', 'Røde Kors', 'Max', 'Kommunen'].map((n) => genitive(n, 'da'))).toEqual(['Bro Boldklubs', "Jens'", "Røde Kors'", "Max'", 'Kommunens']);
    expect(['Søren', 'Jens'].map((n) => genitive(n, 'en'))).toEqual(["Søren's", "Jens'"]);
  });

  it('gives a name a capital first letter for the start of a sentence, æøå and emoji included', () => {
    expect(['kommunen', 'østergaard', 'åse', '🚲 klub', ''].map((n) => capitalised(n, 'da'))).toEqual(['Kommunen', 'Østergaard', 'Åse', '🚲 klub', '']);
  });

  it("writes a person's genitive where a Danish sentence needs it", () => {
    const jens = { ...data, actors: [...data.actors, { ...(data.actors[0] as ProjectData['actors'][number]), id: 'jens' as never, label: 'Jens Hansen Juhls' }] };
    const text = word({ key: 'findings.concentratedContacts.message', params: { actor: { actor: 'jens' }, hierarchy: { decimal: 0.31 } } }, namesIn(jens, 'da'), createTranslator('da'));
    expect(text).toBe("Jens Hansen Juhls' forbindelser går især gennem én kontakt (Burts hierarki 0,31, hver relation talt én gang).");
  });

  it('writes a figure that rounds to nothing from below as 0, never as "−0"', () => {
    const actor = data.actors[0] as ProjectData['actors'][number];
    const text = word({ key: 'findings.concentratedContacts.message', params: { actor: { actor: actor.id }, hierarchy: { decimal: -0.002 } } }, namesIn(data, 'da'), createTranslator('da'));
    expect(text).toContain('(Burts hierarki 0, hver relation talt én gang)');
  });
});

describe('the panels, worded', () => {
  const sayDa = sayWith(createTranslator('da'), namesIn(data, 'da'));
  const sayEn = sayWith(createTranslator('en'), namesIn(data, 'en'));
  const result = analyze(data, analysisOptions(data.settings.analysis, { permutations: 0 }));
  const actor = result.actors[0] as (typeof result.actors)[number];
  const thresholds = data.settings.analysis.thresholds;

  it('say one tie and two, and broker once and twice', () => {
    const withDegree = (degree: number, total: number) => ({ ...actor, degree, ties: degree, betweenness: 0, articulationPoint: false, eiIndex: 0, constraint: null, brokerage: { ...actor.brokerage, total } });
    expect(explainActor(withDegree(1, 1), 'Kommune', 1, thresholds, sayDa, numbersFor('da')).lines).toEqual([`${actor.label} (Kommune) har 1 relation (E-I 0).`, 'Formidler 1 gang mellem to, der ikke selv har forbindelse.']);
    expect(explainActor(withDegree(2, 2), 'Kommune', 1, thresholds, sayDa, numbersFor('da')).lines).toEqual([`${actor.label} (Kommune) har 2 relationer (E-I 0).`, 'Formidler 2 gange mellem to, der ikke selv har forbindelse.']);
    expect(explainActor(withDegree(1, 1), 'Municipality', 1, thresholds, sayEn, numbersFor('en')).lines).toEqual([`${actor.label} (Municipality) has 1 tie (E-I 0).`, 'Brokers once between two who have no tie of their own.']);
    expect(explainActor(withDegree(2, 2), 'Municipality', 1, thresholds, sayEn, numbersFor('en')).lines[1]).toBe('Brokers 2 times between two who have no tie of their own.');
  });

  it('read an actor on tie strength by the figures on strength, each sentence saying so', () => {
    const valued = { strength: 14, inStrength: 14, outStrength: 14, betweenness: 26, closeness: 0.5, eigenvector: 0.1, constraint: 0.6, effectiveSize: 2, efficiency: 0.5, hierarchy: 0.1, eiIndex: -0.8 };
    const a = { ...actor, degree: 4, ties: 4, betweenness: 4, constraint: 0.2, eiIndex: 0.5, articulationPoint: false, brokerage: { ...actor.brokerage, total: 0 }, valued };
    const da = explainActor(a, 'Kommune', 10, thresholds, sayDa, numbersFor('da'), 'valued').lines;
    expect(da).toEqual([
      `${a.label} (Kommune) har 4 relationer (E-I 0,5).`,
      'På relationsstyrke: relationerne vejer samlet 14 (E-I −0,8 på styrke).',
      'Ligger på mange af de korteste veje mellem andre, når stærke relationer er korte (betweenness på relationsstyrke 26): en vigtig formidler.',
      'Constraint på relationsstyrke 0,6: styrken samler sig om få kontakter, eller kontakterne kender hinanden, så aktøren har få uafhængige veje ud.',
      'Har næsten al sin relationsstyrke inden for sin egen gruppe.',
    ]);
    // the same actor read on the counted figures: betweenness 4 is under the go-betweens' 10, constraint low, E-I open
    expect(explainActor(a, 'Kommune', 10, thresholds, sayDa, numbersFor('da'), 'counted').lines).toEqual([
      `${a.label} (Kommune) har 4 relationer (E-I 0,5).`,
      'Constraint 0,2: mange kontakter, der ikke kender hinanden – en position med udsyn og muligheder.',
    ]);
    expect(explainActor(a, 'Municipality', 10, thresholds, sayEn, numbersFor('en'), 'valued').lines[2]).toBe(
      'Lies on many of the shortest paths between others when strong ties are short (betweenness on tie strength 26): an important go-between.',
    );
  });

  it('say one seat and two, and name the sectors without a seat by their definite forms', () => {
    const forum = result.power.forums[0] as (typeof result.power.forums)[number];
    const one = { ...forum, seats: 1, dominant: null, hasMandate: true, missing: ['citizens'] };
    const two = { ...forum, seats: 2, dominant: null, hasMandate: true, missing: ['citizens', 'business'] };
    const label = (key: string) => key;
    expect(explainForum(one, label, sayDa, numbersFor('da')).lines[0]).toMatch(/ har 1 plads: /);
    expect(explainForum(two, label, sayDa, numbersFor('da')).lines[0]).toMatch(/ har 2 pladser: /);
    expect(explainForum(one, label, sayEn, numbersFor('en')).lines).toContain('There is no seat for the citizens.');
    expect(explainForum(two, label, sayEn, numbersFor('en')).lines).toContain('There is no seat for the citizens and business.');
    expect(explainForum(two, label, sayDa, numbersFor('da')).lines).toContain('Borgerne og erhvervslivet har ingen plads.');
  });

  it('say one collaboration and two in the summary', () => {
    const flagged = (count: number) => ({ words: { key: 'panels.dependency.flagged' as const, params: { count } } });
    expect(sayDa('panels.dependency.summary', { count: 1, flagged: flagged(1) })).toBe('1 samarbejde mellem organisationer; 1 hviler på én relation eller én person.');
    expect(sayEn('panels.dependency.summary', { count: 2, flagged: flagged(1) })).toBe('2 collaborations between organisations; 1 rests on one tie or one person.');
    expect(sayEn('panels.dependency.summary', { count: 2, flagged: flagged(2) })).toBe('2 collaborations between organisations; 2 rest on one tie or one person.');
  });
});

describe('analyze --json', () => {
  it('carries each finding as its words in the chosen language and as key and parameters', () => {
    const result = analyze(data, analysisOptions(data.settings.analysis, { permutations: 0 }));
    const json = analysisJson(result, data, createTranslator('da')) as { findings: Array<{ message: string; recommendation: string; wording: { message: { key: string; params: WordParams } } }> };
    const forum = json.findings.find((f) => f.wording.message.key === 'findings.forumDominance.message');
    expect(forum?.message).toBe('I Koordineringsforum for integration har kommunen 6 af 8 pladser og formandsposten.');
    expect(forum?.wording.message.params).toMatchObject({ sector: { sector: 'municipality' }, seats: 6, count: 8 });
    const english = analysisJson(result, data, createTranslator('en')) as typeof json;
    expect(english.findings.find((f) => f.wording.message.key === 'findings.forumDominance.message')?.message).toBe(
      'In Koordineringsforum for integration, the municipality holds 6 of the 8 seats and the chair.',
    );
  });
});
