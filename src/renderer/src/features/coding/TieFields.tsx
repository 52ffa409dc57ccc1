import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData, Tie } from '../../../../core/model/schema';
import { ChoiceField, type ChoiceOption } from './ChoiceField';
import { digitKeys } from './choice-keys';
import type { TieDraft } from './coding-model';

/** A name as an option shows it: short enough for a row of options; the whole name is its title. */
const short = (name: string) => (name.length > 22 ? `${name.slice(0, 20).trimEnd()}…` : name);

type End = NonNullable<Tie['initiative']>;

/**
 * The tie's own fields in the coding form, each a group of options with keys of its own (see
 * ChoiceField): type, direction, strength on the project's scale, formality, the power fields
 * worded with the names of the two ends, the quote and the confidence.
 */
export function TieFields({
  data,
  draft,
  from,
  to,
  onChange,
}: {
  data: ProjectData;
  draft: TieDraft;
  /** the ends' names, for the options that say which end */
  from: string;
  to: string;
  onChange: (patch: Partial<TieDraft>) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const quoteId = useId();
  const quoteHintId = useId();
  const none = useMemo(() => ({ value: null, label: '–', title: t('coding.unknown'), key: null }), [t]);

  const types = useMemo((): Array<ChoiceOption<string>> => {
    const keys = digitKeys(data.codebooks.tieTypes.length);
    return data.codebooks.tieTypes.map((tt, i) => ({ value: tt.key, label: tt.label[lang], key: keys[i] ?? null }));
  }, [data.codebooks.tieTypes, lang]);

  const { min, max } = data.settings.strengthScale;
  const steps = Number.isInteger(min) && Number.isInteger(max) && max - min <= 20 ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [];
  const strengths: Array<ChoiceOption<number | null>> = [none, ...steps.map((v) => ({ value: v, label: String(v), key: v >= 0 && v <= 9 ? String(v) : null }))];

  // an end named on its option: "Mette Lund", else "Fra"
  const endName = (end: 'source' | 'target') => {
    const name = end === 'source' ? from : to;
    return name === '' ? t(`coding.end.${end}`) : short(name);
  };
  const endTitle = (end: 'source' | 'target') => {
    const name = end === 'source' ? from : to;
    return `${t(`coding.end.${end}`)}${name === '' ? '' : `: ${name}`}`;
  };
  const ends = (both: string): Array<ChoiceOption<End | null>> => [
    none,
    { value: 'source', label: endName('source'), title: endTitle('source'), key: '1' },
    { value: 'target', label: endName('target'), title: endTitle('target'), key: '2' },
    { value: 'both', label: both, key: '3' },
  ];
  const fromShort = endName('source');
  const toShort = endName('target');

  return (
    <div className="coding-fields">
      <ChoiceField label={t('coding.field.type')} options={types} value={draft.type} onChange={(type) => onChange({ type })} testId="coding-type" />
      <ChoiceField
        label={t('coding.field.direction')}
        options={[
          { value: false, label: t('coding.direction.undirected'), key: '1' },
          { value: true, label: t('coding.direction.directed'), key: '2' },
        ]}
        value={draft.directed}
        onChange={(directed) => onChange({ directed })}
        testId="coding-direction"
      />
      {steps.length > 0 ? (
        <ChoiceField label={t('coding.field.strength')} options={strengths} value={draft.strength} onChange={(strength) => onChange({ strength })} testId="coding-strength" />
      ) : (
        <label className="choice-field">
          <span className="choice-label">{t('coding.field.strength')}</span>
          <input
            type="number"
            min={min}
            max={max}
            step="any"
            value={draft.strength ?? ''}
            onChange={(e) => onChange({ strength: e.target.value === '' ? null : Number(e.target.value) })}
            name="coding-strength"
          />
        </label>
      )}
      <ChoiceField
        label={t('coding.field.formality')}
        options={[none, { value: 'formal' as const, label: t('formality.formal'), key: '1' }, { value: 'informal' as const, label: t('formality.informal'), key: '2' }]}
        value={draft.formality}
        onChange={(formality) => onChange({ formality })}
        testId="coding-formality"
      />
      <ChoiceField
        label={t('coding.field.initiative')}
        hint={t('coding.question.initiative')}
        options={ends(t('coding.end.both'))}
        value={draft.initiative}
        onChange={(initiative) => onChange({ initiative })}
        testId="coding-initiative"
      />
      <ChoiceField
        label={t('coding.field.mandate')}
        hint={t('coding.question.mandate')}
        options={ends(t('coding.end.both'))}
        value={draft.mandate}
        onChange={(mandate) => onChange({ mandate })}
        testId="coding-mandate"
      />
      <ChoiceField
        label={t('coding.field.resourceFlow')}
        hint={t('coding.question.resourceFlow')}
        options={[
          none,
          { value: 'toTarget' as const, label: `${fromShort} → ${toShort}`, key: '1' },
          { value: 'toSource' as const, label: `${toShort} → ${fromShort}`, key: '2' },
          { value: 'both' as const, label: t('coding.flow.both'), key: '3' },
          { value: 'none' as const, label: t('coding.flow.none'), key: '4' },
        ]}
        value={draft.resourceFlow}
        onChange={(resourceFlow) => onChange({ resourceFlow })}
        testId="coding-resources"
      />
      <ChoiceField
        label={t('coding.field.dependent')}
        hint={t('coding.question.dependent')}
        options={ends(t('coding.end.mutual'))}
        value={draft.dependent}
        onChange={(dependent) => onChange({ dependent })}
        testId="coding-dependent"
      />
      <ChoiceField
        label={t('coding.field.governance')}
        hint={t('coding.question.governance')}
        options={[
          none,
          { value: 'partner' as const, label: t('coding.governance.partner'), key: '1' },
          {
            value: 'supplier' as const,
            label: to === '' ? t('coding.governance.supplierUnnamed') : t('coding.governance.supplier', { name: toShort }),
            title: to === '' ? undefined : t('coding.governance.supplier', { name: to }),
            key: '2',
          },
        ]}
        value={draft.governance}
        onChange={(governance) => onChange({ governance })}
        testId="coding-governance"
      />
      <div className="coding-quote">
        <label htmlFor={quoteId} className="choice-label">
          {t('coding.field.quote')}
        </label>
        <textarea
          id={quoteId}
          rows={2}
          value={draft.quote}
          aria-describedby={quoteHintId}
          onChange={(e) => onChange({ quote: e.target.value })}
          onKeyDown={(e) => {
            // Enter saves, as everywhere in the form; Shift+Enter is a new line in the quote
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
          name="coding-quote"
          maxLength={5000}
        />
        <span id={quoteHintId} className="choice-hint">
          {t('coding.question.quote')}
        </span>
      </div>
      <ChoiceField
        label={t('coding.field.confidence')}
        options={[none, ...(['low', 'medium', 'high'] as const).map((c, i) => ({ value: c, label: t(`workspace.confidenceLevels.${c}`), key: String(i + 1) }))]}
        value={draft.confidence}
        onChange={(confidence) => onChange({ confidence })}
        testId="coding-confidence"
      />
    </div>
  );
}
