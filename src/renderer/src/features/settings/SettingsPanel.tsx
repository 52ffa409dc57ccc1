import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import type { SingleCommandInput } from '../../../../core/commands';
import {
  AnalysisSettingsSchema,
  ProjectSettingsSchema,
  ThresholdsSchema,
  type ProjectData,
  type ProjectSettings,
  type Thresholds,
} from '../../../../core/model/schema';
import { problemMessage } from '../../../../core/wording/format-error';
import { checkSettings } from '../../../../core/rules/element-rules';
import { lookupOf } from '../../../../core/rules/lookup';
import { parseIn } from '../../../../core/validation';
import { useActions } from '../../app';
import { useEscape } from '../../components/use-escape';
import { FieldProblems, problemsAt } from '../../components/FieldProblems';
import type { Problem } from '../../../../core/problems';
import { useDraft } from '../edit';
import { AttributeDefinitions } from './AttributeDefinitions';
import { HistoryCleanup } from './HistoryCleanup';
import { TimelineSettings } from '../timeline';
import { translatorOf } from '../../i18n';
import { RemoveCodeCell } from '../../components/RemoveCodeCell';
import { codeKeyOf } from '../../../../core/text/code-key';

type ThresholdKey = keyof Thresholds;
const THRESHOLDS: readonly ThresholdKey[] = [
  'bondingEi',
  'minGroupSize',
  'hierarchy',
  'asymmetry',
  'dominanceShare',
  'forumSeatShare',
  'centralShareRatio',
  'survival',
  'keyPersonCollaborations',
  'minNetworkSize',
  'keyPlayerShare',
  'fragmentationRise',
  'gapWeeks',
];

/** A number typed as text, so a half-typed or refused value stays in the field with the reason. */
type Draft = Record<string, string>;

/** Numbers as the user writes them: a decimal comma in Danish (either is read back). */
function draftOf(settings: ProjectSettings, lang: 'da' | 'en'): Draft {
  const text = (x: number) => (lang === 'da' ? String(x).replace('.', ',') : String(x));
  const a = settings.analysis;
  const out: Draft = {
    strengthMin: text(settings.strengthScale.min),
    strengthMax: text(settings.strengthScale.max),
    influenceMax: text(settings.influenceMax),
    permutations: text(a.permutations),
    monteCarloRuns: text(a.monteCarloRuns),
    seed: text(a.seed),
  };
  for (const k of THRESHOLDS) out[k] = text(a.thresholds[k]);
  return out;
}

const number = (text: string | undefined) => (text === undefined || text.trim() === '' ? NaN : Number(text.replace(',', '.')));

/**
 * The project's settings: its name, the strength scale, how the analysis groups and simulates,
 * the thresholds that turn figures into findings, role turnover and the sector codebook. The
 * settings are saved together, after every field has passed its rule; codebook entries are
 * saved one by one as they are edited. Every change is one undoable step.
 */
export function SettingsPanel({ data, onClose }: { data: ProjectData; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [draft, setDraft] = useState<Draft>(() => draftOf(data.settings, lang));
  const [groupBy, setGroupBy] = useState(data.settings.analysis.groupBy);
  const [weights, setWeights] = useState(data.settings.analysis.weights);
  const [meta, setMeta] = useState({ name: data.meta.name, description: data.meta.description });
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  const dialog = useRef<HTMLElement>(null);

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  useEscape(onClose);

  // the actors' attributes the codebook defines, by their labels, then any other an actor holds
  // (one no actor holds a value of yet groups nothing, and is offered once it does)
  const defined = useMemo(
    () => data.codebooks.attributes.filter((d) => d.appliesTo === 'actors' && data.actors.some((a) => Object.hasOwn(a.attributes, d.key))),
    [data.codebooks.attributes, data.actors],
  );
  const attributes = useMemo(() => {
    const names = new Set<string>();
    const known = new Set(data.codebooks.attributes.filter((d) => d.appliesTo === 'actors').map((d) => d.key));
    for (const a of data.actors) for (const k of Object.keys(a.attributes)) if (!known.has(k)) names.add(k);
    return [...names].sort();
  }, [data.actors, data.codebooks.attributes]);

  // each field's rule is the model's own, so the form refuses exactly what the store would
  const rules: Record<string, z.ZodType<number>> = {
    influenceMax: ProjectSettingsSchema.shape.influenceMax.unwrap(),
    permutations: AnalysisSettingsSchema.shape.permutations.unwrap(),
    monteCarloRuns: AnalysisSettingsSchema.shape.monteCarloRuns.unwrap(),
    seed: AnalysisSettingsSchema.shape.seed.unwrap(),
    ...Object.fromEntries(THRESHOLDS.map((k) => [k, ThresholdsSchema.shape[k].unwrap()])),
  };
  const problem = (key: string): string | null => {
    const value = number(draft[key]);
    if (Number.isNaN(value)) return t('rules.number');
    if (key === 'strengthMin' || key === 'strengthMax') {
      const min = number(draft['strengthMin']);
      const max = number(draft['strengthMax']);
      return !Number.isNaN(min) && !Number.isNaN(max) && min >= max ? t('rules.minBelowMax') : null;
    }
    const rule = rules[key];
    if (!rule) return null;
    const parsed = parseIn(rule, value);
    const first = parsed.ok ? undefined : parsed.problems[0];
    return parsed.ok ? null : first ? problemMessage(first, translatorOf(i18n)) : t('rules.number');
  };
  const fields = ['strengthMin', 'strengthMax', 'influenceMax', 'permutations', 'monteCarloRuns', 'seed', ...THRESHOLDS];
  const problems = Object.fromEntries(fields.map((f) => [f, problem(f)]));

  // the store's own rule, asked before saving: a narrower scale must not leave ties outside it
  const lookup = useMemo(() => lookupOf(data), [data]);
  const scaleMin = number(draft['strengthMin']);
  const scaleMax = number(draft['strengthMax']);
  const scaleProblem =
    problems['strengthMin'] === null && problems['strengthMax'] === null
      ? checkSettings({ ...data.settings, strengthScale: { min: scaleMin, max: scaleMax } }, [], lookup, { rescale: false })[0]
      : undefined;

  const save = async (rescaleStrengths = false) => {
    if (Object.values(problems).some((p) => p !== null) || !meta.name.trim() || (scaleProblem && !rescaleStrengths)) {
      setStatus('invalid');
      return;
    }
    // a threshold the form does not show keeps its value
    const thresholds: Thresholds = { ...data.settings.analysis.thresholds, ...Object.fromEntries(THRESHOLDS.map((k) => [k, number(draft[k])])) };
    const settings: ProjectSettings = {
      ...data.settings,
      strengthScale: { min: number(draft['strengthMin']), max: number(draft['strengthMax']) },
      influenceMax: number(draft['influenceMax']),
      analysis: {
        ...data.settings.analysis,
        groupBy,
        weights,
        permutations: number(draft['permutations']),
        monteCarloRuns: number(draft['monteCarloRuns']),
        seed: number(draft['seed']),
        thresholds,
      },
    };
    const commands: SingleCommandInput[] = [{ type: 'settings.update', settings, rescaleStrengths }];
    if (meta.name.trim() !== data.meta.name || meta.description !== data.meta.description)
      commands.push({ type: 'project.update', patch: { name: meta.name.trim(), description: meta.description } });
    const ok = await actions.apply(commands.length === 1 && commands[0] ? commands[0] : { type: 'batch', commands });
    setStatus(ok ? 'saved' : 'idle');
  };

  const field = (key: string, label: string, step = 'any') => {
    const error = problems[key];
    return (
      <label key={key} className="setting">
        <span>{label}</span>
        <input
          inputMode="decimal"
          value={draft[key] ?? ''}
          step={step}
          aria-invalid={error !== null}
          name={key}
          onChange={(e) => {
            setDraft({ ...draft, [key]: e.target.value });
            setStatus('idle');
          }}
        />
        {error && <span className="field-error">{error}</span>}
      </label>
    );
  };

  const usedSectors = new Set(data.actors.map((a) => a.sector));
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <section
        ref={dialog}
        className="modal settings"
        role="dialog"
        aria-modal="true"
        aria-labelledby="settings-title"
        onClick={(e) => e.stopPropagation()}
      >
        <header className="settings-head">
          <h2 id="settings-title">{t('workspace.settings.title')}</h2>
          <button type="button" className="icon" onClick={onClose} aria-label={t('workspace.settings.close')}>
            ×
          </button>
        </header>
        <div className="settings-body">
          <fieldset>
            <legend>{t('workspace.settings.project')}</legend>
            <label className="setting">
              <span>{t('workspace.settings.name')}</span>
              <input value={meta.name} name="projectName" aria-invalid={!meta.name.trim()} onChange={(e) => setMeta({ ...meta, name: e.target.value })} />
              {!meta.name.trim() && <span className="field-error">{t('workspace.nameRequired')}</span>}
            </label>
            <label className="setting wide">
              <span>{t('workspace.settings.description')}</span>
              <textarea rows={2} value={meta.description} name="description" onChange={(e) => setMeta({ ...meta, description: e.target.value })} />
            </label>
            <div className="setting-pair">
              <span>{t('workspace.settings.strengthScale')}</span>
              {field('strengthMin', t('workspace.settings.strengthMin'))}
              {field('strengthMax', t('workspace.settings.strengthMax'))}
            </div>
            {field('influenceMax', t('fields.settings.influenceMax'), '1')}
            {scaleProblem && (
              <div className="scale-conflict" role="alert">
                <span className="field-error">{problemMessage(scaleProblem, translatorOf(i18n))}.</span>
                <button type="button" onClick={() => void save(true)} name="rescale">
                  {t('workspace.settings.rescale', {
                    from: `${data.settings.strengthScale.min}–${data.settings.strengthScale.max}`,
                    to: `${scaleMin}–${scaleMax}`,
                  })}
                </button>
              </div>
            )}
          </fieldset>

          <fieldset>
            <legend>{t('workspace.settings.analysis')}</legend>
            <label className="setting">
              <span>{t('workspace.settings.groupBy')}</span>
              <select value={groupBy} onChange={(e) => setGroupBy(e.target.value)} name="groupBy">
                <option value="sector">{t('workspace.settings.groupBySector')}</option>
                <option value="organisation">{t('workspace.settings.groupByOrganisation')}</option>
                {defined.map((d) => (
                  <option key={`defined:${d.key}`} value={d.key}>
                    {t('details.settings.groupByDefined', { name: d.label[lang] })}
                  </option>
                ))}
                {attributes.map((a) => (
                  <option key={a} value={a}>
                    {t('workspace.settings.groupByAttribute', { name: a })}
                  </option>
                ))}
              </select>
            </label>
            <label className="setting">
              <span>{t('workspace.settings.weights')}</span>
              <select value={weights} onChange={(e) => setWeights(e.target.value === 'none' ? 'none' : 'strength')} name="weights">
                <option value="strength">{t('workspace.settings.weightsStrength')}</option>
                <option value="none">{t('workspace.settings.weightsNone')}</option>
              </select>
            </label>
            {field('permutations', t('workspace.settings.permutations'), '1')}
            {field('monteCarloRuns', t('workspace.settings.monteCarloRuns'), '1')}
            {field('seed', t('workspace.settings.seed'), '1')}
          </fieldset>

          <fieldset>
            <legend>{t('workspace.settings.thresholds')}</legend>
            {THRESHOLDS.map((k) => field(k, t(`workspace.settings.threshold.${k}`)))}
          </fieldset>

          <div className="settings-actions">
            {status === 'saved' && <span className="muted" role="status">{t('workspace.settings.saved')}</span>}
            {status === 'invalid' && (
              <span className="field-error" role="alert">
                {t('workspace.settings.invalid')}
              </span>
            )}
            <button type="button" className="primary" onClick={() => void save()}>
              {t('workspace.settings.save')}
            </button>
          </div>

          <fieldset>
            <legend>{t('workspace.settings.roles')}</legend>
            {data.codebooks.roles.map((r) => (
              <RoleTurnover key={`${r.key}:${r.turnover}`} role={r} lang={lang} />
            ))}
          </fieldset>

          <fieldset>
            <legend>{t('workspace.settings.sectors')}</legend>
            <table className="data-table sectors">
              <thead>
                <tr>
                  <th>{t('workspace.settings.colour')}</th>
                  <th>{t('workspace.settings.labelDa')}</th>
                  <th>{t('workspace.settings.labelEn')}</th>
                  <th title={t('workspace.settings.definiteHint')}>{t('workspace.settings.definiteDa')}</th>
                  <th title={t('workspace.settings.definiteHint')}>{t('workspace.settings.definiteEn')}</th>
                  <th>{t('workspace.settings.sectorKey')}</th>
                  <th aria-label={t('ui.delete')} />
                </tr>
              </thead>
              <tbody>
                {data.codebooks.sectors.map((s) => (
                  <SectorRow key={s.key} sector={s} inUse={usedSectors.has(s.key)} />
                ))}
              </tbody>
            </table>
            <AddSector existing={data.codebooks.sectors.map((s) => s.key)} />
          </fieldset>

          <AttributeDefinitions data={data} />
          <TimelineSettings data={data} />

          <HistoryCleanup api={actions.api} data={data} />
        </div>
      </section>
    </div>
  );
}

function RoleTurnover({ role, lang }: { role: ProjectData['codebooks']['roles'][number]; lang: 'da' | 'en' }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [text, setText] = useState(() => {
    const pct = String(Math.round(role.turnover * 1000) / 10);
    return lang === 'da' ? pct.replace('.', ',') : pct;
  });
  const value = number(text);
  const invalid = Number.isNaN(value) || value < 0 || value > 100;
  const save = () => {
    if (invalid || Math.abs(value / 100 - role.turnover) < 1e-12) return;
    void actions.apply({ type: 'code.update', code: { codebook: 'roles', entry: { ...role, turnover: value / 100 } } });
  };
  return (
    <label className="setting role">
      <span>{role.label[lang]}</span>
      <span className="percent">
        <input value={text} inputMode="decimal" aria-invalid={invalid} name={`turnover-${role.key}`} onChange={(e) => setText(e.target.value)} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} />
        %
      </span>
      {invalid && <span className="field-error">{t('rules.probabilityPercent')}</span>}
    </label>
  );
}

function SectorRow({ sector, inUse }: { sector: ProjectData['codebooks']['sectors'][number]; inUse: boolean }) {
  const { t } = useTranslation();
  const actions = useActions();
  // a draft: the save of one name arriving leaves the other, being typed, alone
  const [label, changeLabel] = useDraft(sector.label);
  const [definite, changeDefinite] = useDraft(sector.definite);
  // the rules decide what a sector may be called (src/core/rules/codebook-rules.ts): a name they
  // refuse stays in its field with their reason beside it
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const update = async (entry: typeof sector) => {
    if (JSON.stringify(entry) === JSON.stringify(sector)) return setProblems([]);
    setProblems(await actions.applyAt({ type: 'code.update', code: { codebook: 'sectors', entry } }));
  };
  return (
    <tr>
      <td>
        <input type="color" value={sector.color} aria-label={`${t('workspace.settings.colour')} ${sector.label.da}`} onChange={(e) => void update({ ...sector, color: e.target.value })} />
      </td>
      {(['da', 'en'] as const).map((l) => (
        <td key={l}>
          <input
            className="inline-edit"
            value={label[l]}
            aria-label={l === 'da' ? t('workspace.settings.labelDa') : t('workspace.settings.labelEn')}
            aria-invalid={problemsAt(problems, ['label', l]).length > 0}
            onChange={(e) => changeLabel({ [l]: e.target.value })}
            onBlur={() => void update({ ...sector, label: { da: label.da.trim(), en: label.en.trim() } })}
          />
          <FieldProblems problems={problemsAt(problems, ['label', l])} />
        </td>
      ))}
      {(['da', 'en'] as const).map((l) => (
        <td key={`definite-${l}`}>
          <input
            className="inline-edit"
            value={definite[l]}
            placeholder={sector.label[l].toLocaleLowerCase(l)}
            title={t('workspace.settings.definiteHint')}
            aria-label={`${l === 'da' ? t('workspace.settings.definiteDa') : t('workspace.settings.definiteEn')} ${sector.label.da}`}
            onChange={(e) => changeDefinite({ [l]: e.target.value })}
            onBlur={() => void update({ ...sector, definite: { da: definite.da.trim(), en: definite.en.trim() } })}
          />
        </td>
      ))}
      <td className="muted">{sector.key}</td>
      <RemoveCodeCell
        inUse={inUse}
        inUseText={t('workspace.settings.sectorInUse')}
        removeLabel={t('workspace.settings.removeSector', { name: sector.label.da })}
        onRemove={() => void actions.apply({ type: 'code.remove', codebook: 'sectors', key: sector.key })}
      />
    </tr>
  );
}

/** A new sector: its key is made from the Danish name, and must not clash with one there is. */
function AddSector({ existing }: { existing: readonly string[] }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [da, setDa] = useState('');
  const [en, setEn] = useState('');
  const [color, setColor] = useState('#999933');
  const key = codeKeyOf(da);
  const clash = existing.includes(key);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const add = async () => {
    if (!key || clash) return;
    const refused = await actions.applyAt({ type: 'code.add', code: { codebook: 'sectors', entry: { key, label: { da: da.trim(), en: en.trim() || da.trim() }, color } } });
    setProblems(refused);
    if (refused.length === 0) {
      setDa('');
      setEn('');
    }
  };
  const daProblems = problemsAt(problems, ['label', 'da']);
  const enProblems = problemsAt(problems, ['label', 'en']);
  return (
    <div className="row add-sector">
      <input type="color" value={color} onChange={(e) => setColor(e.target.value)} aria-label={t('workspace.settings.colour')} />
      <input
        value={da}
        onChange={(e) => {
          setDa(e.target.value);
          setProblems([]);
        }}
        placeholder={t('workspace.settings.labelDa')}
        aria-label={t('workspace.settings.labelDa')}
        aria-invalid={daProblems.length > 0}
        name="sectorDa"
      />
      <input
        value={en}
        onChange={(e) => {
          setEn(e.target.value);
          setProblems([]);
        }}
        placeholder={t('workspace.settings.labelEn')}
        aria-label={t('workspace.settings.labelEn')}
        aria-invalid={enProblems.length > 0}
        name="sectorEn"
      />
      <button type="button" onClick={() => void add()} disabled={!key || clash}>
        {t('workspace.settings.addSector')}
      </button>
      {clash && <span className="field-error">{t('rules.duplicateKey', { key })}</span>}
      <FieldProblems problems={[...daProblems, ...enProblems]} />
    </div>
  );
}
