import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ActorInputSchema, CommandSchema, TieInputSchema } from '../../src/core/commands';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { fieldLabel, formatUserError, problemPlace } from '../../src/core/wording/format-error';
import { UserError } from '../../src/core/errors';
import { defaultCodebooks, defaultSettings } from '../../src/core/model/defaults';
import { layoutCommand } from '../../src/core/layout-command';
import type { Actor, ProjectData, Tie } from '../../src/core/model/schema';
import { problemsFromZod } from '../../src/core/problems';
import { checkSettings, checkTie, rescaleStrength } from '../../src/core/rules/element-rules';
import { lookupOf } from '../../src/core/rules/lookup';
import { checkProject } from '../../src/core/rules/project-rules';
import { parseIn } from '../../src/core/validation';
import { sampleData } from '../../scripts/build-sample';
import { worded } from '../helpers/refused';

const da = createTranslator('da');
const en = createTranslator('en');

const actor = (id: string, kind: Actor['kind'], extra: Partial<Actor> = {}): Actor => ({
  ...ActorInputSchema.parse({ kind, label: id }),
  id: id as Actor['id'],
  ...extra,
});
const tie = (id: string, source: string, target: string, extra: Partial<Tie> = {}): Tie => ({
  ...TieInputSchema.parse({ source, target }),
  id: id as Tie['id'],
  ...extra,
});

/** A small project whose ids hold the characters other tools put in ids. */
function project(overrides: Partial<ProjectData> = {}): ProjectData {
  return {
    meta: { name: 'P', description: '' },
    settings: defaultSettings(),
    codebooks: defaultCodebooks(),
    waves: [],
    actors: [actor('Org|1', 'organisation'), actor('Åse Ø~', 'person'), actor('p 2 🙂', 'person')],
    memberships: [{ id: 'm|1' as ProjectData['memberships'][number]['id'], person: 'Åse Ø~' as Actor['id'], organisation: 'Org|1' as Actor['id'], role: 'member', start: null, end: null, waves: [] }],
    ties: [tie('t|1', 'Åse Ø~', 'p 2 🙂', { strength: 3 })],
    forums: [],
    activities: [],
    positions: {},
    views: [],
    ...overrides,
  };
}

describe('the rules of a valid project', () => {
  it('find nothing wrong with the sample or with ids holding |, ~, spaces, æøå and emoji', () => {
    expect(checkProject(sampleData())).toEqual([]);
    expect(checkProject(project())).toEqual([]);
  });

  it('name every duplicate id, dangling or wrong-kind reference, unknown code and wave by place and id', () => {
    const data = project({
      actors: [...project().actors, actor('Org|1', 'person'), actor('x', 'person', { sector: 'nowhere', waves: ['w9' as never] })],
      memberships: [{ ...project().memberships[0]!, organisation: 'p 2 🙂' as Actor['id'] }],
      ties: [tie('t|1', 'Åse Ø~', 'ghost', { type: 'gossip' })],
    });
    expect(worded(checkProject(data))).toEqual([
      { where: 'actors[3] (id "Org|1")', message: 'id "Org|1" is used more than once' },
      { where: 'actors[4] (id "x").sector', message: 'Sector "nowhere" does not exist' },
      { where: 'actors[4] (id "x").waves', message: 'Wave "w9" does not exist' },
      { where: 'memberships[0] (id "m|1").organisation', message: '"p 2 🙂" must be an organisation or department but is Person' },
      { where: 'ties[0] (id "t|1").target', message: 'a person or organisation "ghost" does not exist' },
      { where: 'ties[0] (id "t|1").type', message: 'Tie type "gossip" does not exist' },
    ]);
  });

  it('refuse a strength outside the project scale, wherever the tie comes from', () => {
    const data = project({ ties: [tie('t|1', 'Åse Ø~', 'p 2 🙂', { strength: 900 })] });
    expect(worded(checkProject(data))).toEqual([{ where: 'ties[0] (id "t|1").strength', message: 'strength 900 is outside the project scale 1–5' }]);
    expect(worded(checkTie(data.ties[0]!, ['tie'], lookupOf(data)), 'da')).toEqual([
      { where: 'tie.strength', message: 'styrken 900 ligger uden for projektets skala 1–5' },
    ]);
    // an older tie whose strength is left alone is not refused for it
    expect(checkTie(data.ties[0]!, ['tie'], lookupOf(data), { strength: false })).toEqual([]);
  });

  it('refuse a narrower scale that would leave ties outside it, with their count, unless they are rescaled', () => {
    const data = project({
      ties: [tie('a', 'Åse Ø~', 'p 2 🙂', { strength: 5 }), tie('b', 'p 2 🙂', 'Åse Ø~', { strength: 4 }), tie('c', 'Åse Ø~', 'Org|1', { strength: 2 })],
    });
    const narrower = { ...data.settings, strengthScale: { min: 1, max: 3 } };
    const refused = checkSettings(narrower, ['settings'], lookupOf(data), { rescale: false });
    expect(worded(refused, 'da')).toEqual([{ where: 'settings.strengthScale', message: '2 relationer har en styrke uden for skalaen 1–3' }]);
    expect(worded(checkSettings({ ...data.settings, strengthScale: { min: 1, max: 4.5 } }, ['settings'], lookupOf(data), { rescale: false }), 'da')[0]?.message).toBe(
      '1 relation har en styrke uden for skalaen 1–4,5',
    );
    expect(checkSettings(narrower, ['settings'], lookupOf(data), { rescale: true })).toEqual([]);
  });

  it('rescale a strength by its place between the ends of the scale', () => {
    const from = { min: 1, max: 5 };
    expect([1, 2, 3, 4, 5].map((s) => rescaleStrength(s, from, { min: 1, max: 3 }))).toEqual([1, 1.5, 2, 2.5, 3]);
    expect(rescaleStrength(3, from, { min: 0, max: 100 })).toBe(50);
    // a strength from before the rule, off the old scale, lands on an end of the new one
    expect(rescaleStrength(900, from, { min: 1, max: 10 })).toBe(10);
  });
});

describe('a problem from a schema', () => {
  const wordedIssues = (schema: z.ZodType, value: unknown, lang: 'da' | 'en' = 'en') => {
    const parsed = parseIn(schema, value);
    return parsed.ok ? [] : worded(parsed.problems, lang);
  };

  it('is one of the project’s rules, never the validator’s wording', () => {
    expect(wordedIssues(ActorInputSchema, { kind: 'person', label: 'x'.repeat(301) })).toEqual([{ where: 'label', message: 'at most 300 characters' }]);
    expect(wordedIssues(ActorInputSchema, { kind: 'person', label: 'x'.repeat(301) }, 'da')).toEqual([{ where: 'label', message: 'højst 300 tegn' }]);
    expect(wordedIssues(ActorInputSchema, { kind: 'robot', label: 'R2' })).toEqual([{ where: 'kind', message: 'must be one of "person", "organisation", "department"' }]);
    expect(wordedIssues(ActorInputSchema, { kind: 'person' })).toEqual([{ where: 'label', message: 'is required' }]);
    expect(wordedIssues(ActorInputSchema, { kind: 'person', label: '  ' }, 'da')).toEqual([{ where: 'label', message: 'må ikke være tom' }]);
    expect(wordedIssues(ActorInputSchema, { kind: 'person', label: 'x', influence: 'high' }, 'da')).toEqual([{ where: 'influence', message: 'skal være et tal' }]);
    expect(wordedIssues(ActorInputSchema, { kind: 'person', label: 'x', turnover: 1.5 }, 'da')).toEqual([{ where: 'turnover', message: 'må højst være 1' }]);
    expect(wordedIssues(ActorInputSchema, { kind: 'person', label: 'x', colour: 'red', size: 3 })).toEqual([{ where: '', message: 'unknown fields: "colour", "size"' }]);
    expect(wordedIssues(TieInputSchema, { source: 'a', target: 'b', strength: 0 }, 'da')).toEqual([{ where: 'strength', message: 'skal være over 0' }]);
    expect(wordedIssues(TieInputSchema, { source: 'a', target: 'a' })).toEqual([{ where: 'target', message: 'a tie needs two different actors' }]);
  });

  it('inside a command names the field the command carries, also for a union it fails', () => {
    const parsed = parseIn(CommandSchema, { type: 'batch', commands: [{ type: 'tie.add', tie: { source: 'a', target: 'b', strength: 'x' } }] }, ['apply', 'command']);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual([['apply', 'command', 'commands', 0, 'tie', 'strength']]);
  });

  it('reaches problemsFromZod with its input, so a missing value is told from a wrong one', () => {
    const issues = z.object({ a: z.string() }).safeParse({ a: null }, { reportInput: true });
    expect(issues.success ? [] : problemsFromZod(issues.error).map((p) => p.key)).toEqual(['rules.wrongType']);
  });
});

describe('a problem as the app shows it', () => {
  it('names the field as the forms label it, not by its internal path', () => {
    expect(fieldLabel(['apply', 'command', 'actor', 'label'], da)).toBe('Navn');
    expect(fieldLabel(['apply', 'command', 'actor', 'label'], en)).toBe('Name');
    expect(fieldLabel(['commands', 1, 'tie', 'evidence', 'quote'], da)).toBe('Citat');
    expect(fieldLabel(['settings', 'strengthScale', 'max'], da)).toBe('Højeste styrke');
    expect(fieldLabel(['actors', 3, 'waves', 0], da)).toBe('Runder');
    expect(fieldLabel(['forum', 'seats', 2, 'represents'], en)).toBe('Represents');
    expect(fieldLabel(['code', 'entry', 'label', 'da'], da)).toBe('Dansk navn');
    expect(fieldLabel(['method'], da)).toBeUndefined();
  });

  it('reads as one sentence and a field, in Danish', () => {
    const parsed = parseIn(CommandSchema, { type: 'actor.add', actor: { kind: 'person', label: 'x'.repeat(301) } }, ['apply', 'command']);
    if (parsed.ok) throw new Error('expected a refusal');
    const error = new UserError('invalid', 'errors.invalidCommand', { count: 1 }, parsed.problems);
    expect(formatUserError(error, da, 'form')).toBe('Ændringen blev afvist: 1 fejl.\n  Navn: højst 300 tegn');
    expect(formatUserError(error, en, 'text')).toBe('The change was refused: 1 error.\n  apply.command.actor.label: at most 300 characters');
    expect(problemPlace({ path: ['ties', 3, 'strength'], key: 'rules.invalid', params: {}, id: 't|4' }, en)).toBe('ties[3] (id "t|4").strength');
  });
});

describe('the command that stores an arrangement of the map', () => {
  it('places the whole arrangement on a map that had none, and only what moved on one that had', () => {
    const next = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } };
    expect(layoutCommand({}, next)).toEqual({ type: 'layout.set', positions: next });
    expect(layoutCommand({ a: { x: 1, y: 2 }, b: { x: 0, y: 0 } }, next)).toEqual({ type: 'layout.move', positions: { b: { x: 3, y: 4 } } });
    expect(layoutCommand(next, next)).toBeNull();
    // an actor may be called "__proto__": its position is an entry like any other
    const moved = layoutCommand(Object.fromEntries([['__proto__', { x: 0, y: 0 }], ['b', { x: 0, y: 0 }]]), Object.fromEntries([['__proto__', { x: 1, y: 1 }], ['b', { x: 0, y: 0 }]]));
    expect(moved?.type === 'layout.move' ? Object.entries(moved.positions) : []).toEqual([['__proto__', { x: 1, y: 1 }]]);
  });
});
