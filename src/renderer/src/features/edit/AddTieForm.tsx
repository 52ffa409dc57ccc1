import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfidenceSchema, FormalitySchema, type ProjectData } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { ActorSelect } from './ActorSelect';

const EMPTY_EVIDENCE = { source: '', quote: '', confidence: '' };

/**
 * Adds a relationship with what the researcher knows about it: type, strength on the project's
 * scale, formality, direction and the evidence (source, quote, confidence). Refused input stays.
 */
export function AddTieForm({ data }: { data: ProjectData }) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [type, setType] = useState(data.codebooks.tieTypes[0]?.key ?? 'collaboration');
  const [strength, setStrength] = useState('');
  const [formality, setFormality] = useState('');
  const [directed, setDirected] = useState(false);
  const [evidence, setEvidence] = useState(EMPTY_EVIDENCE);

  const { min, max } = data.settings.strengthScale;
  const steps = Number.isInteger(min) && Number.isInteger(max) && max - min <= 20 ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [];
  const same = source !== '' && source === target;

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!source || !target || same) return;
    const formalityValue = FormalitySchema.safeParse(formality);
    const confidence = ConfidenceSchema.safeParse(evidence.confidence);
    const ok = await actions.apply({
      type: 'tie.add',
      tie: {
        source,
        target,
        type,
        directed,
        strength: strength === '' ? null : Number(strength),
        formality: formalityValue.success ? formalityValue.data : null,
        evidence: { source: evidence.source.trim(), quote: evidence.quote, confidence: confidence.success ? confidence.data : null },
      },
    });
    if (ok) {
      // the next tie often starts where this one did (an interviewee naming partner after partner)
      setTarget('');
      setEvidence((ev) => ({ ...ev, quote: '' }));
    }
  };

  return (
    <form className="add-tie" onSubmit={(e) => void submit(e)} aria-label={t('workspace.addTie')}>
      <div className="row">
        <ActorSelect data={data} value={source} onChange={setSource} label={t('workspace.from')} name="source" />
        <ActorSelect data={data} value={target} onChange={setTarget} label={t('workspace.to')} name="target" exclude={source ? [source] : []} />
      </div>
      <div className="row">
        <select value={type} onChange={(e) => setType(e.target.value)} aria-label={t('ui.type')} name="type">
          {data.codebooks.tieTypes.map((tt) => (
            <option key={tt.key} value={tt.key}>
              {tt.label[lang]}
            </option>
          ))}
        </select>
        {steps.length > 0 ? (
          <select value={strength} onChange={(e) => setStrength(e.target.value)} aria-label={t('ui.strength')} name="strength">
            <option value="">{t('workspace.strengthUnknown')}</option>
            {steps.map((s) => (
              <option key={s} value={s}>
                {t('ui.strength')} {s}
              </option>
            ))}
          </select>
        ) : (
          <input
            type="number"
            value={strength}
            min={min}
            max={max}
            step="any"
            onChange={(e) => setStrength(e.target.value)}
            aria-label={t('ui.strength')}
            placeholder={t('ui.strength')}
            name="strength"
          />
        )}
        <select value={formality} onChange={(e) => setFormality(e.target.value)} aria-label={t('ui.formality')} name="formality">
          <option value="">{t('workspace.formalityUnknown')}</option>
          <option value="formal">{t('formality.formal')}</option>
          <option value="informal">{t('formality.informal')}</option>
        </select>
        <label className="check">
          <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} name="directed" />
          {t('workspace.directed')}
        </label>
      </div>
      <details>
        <summary>{t('workspace.evidence')}</summary>
        <div className="row">
          <input
            value={evidence.source}
            onChange={(e) => setEvidence({ ...evidence, source: e.target.value })}
            placeholder={t('workspace.evidenceSource')}
            aria-label={t('workspace.evidenceSource')}
            name="evidenceSource"
          />
          <select
            value={evidence.confidence}
            onChange={(e) => setEvidence({ ...evidence, confidence: e.target.value })}
            aria-label={t('workspace.confidence')}
            name="confidence"
          >
            <option value="">
              {t('workspace.confidence')}: {t('workspace.confidenceUnknown')}
            </option>
            {(['low', 'medium', 'high'] as const).map((c) => (
              <option key={c} value={c}>
                {t('workspace.confidence')}: {t(`workspace.confidenceLevels.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <textarea
          value={evidence.quote}
          onChange={(e) => setEvidence({ ...evidence, quote: e.target.value })}
          placeholder={t('workspace.evidenceQuote')}
          aria-label={t('workspace.evidenceQuote')}
          name="quote"
          rows={2}
        />
      </details>
      {same && <p className="field-error">{t('workspace.sameActor')}</p>}
      <button type="submit" className="primary" disabled={!source || !target || same}>
        {t('workspace.addTie')}
      </button>
    </form>
  );
}
