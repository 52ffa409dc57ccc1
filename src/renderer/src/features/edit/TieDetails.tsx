import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import { directionPatch, reversed, type Direction } from '../../../../core/model/tie-edits';
import { ConfidenceSchema, FormalitySchema, type ProjectData, type Tie } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { AttributeFields } from './AttributeFields';
import { ChoiceField, TextField, WavesField } from './fields';
import './details.css';

type TiePatch = Extract<SingleCommandInput, { type: 'tie.update' }>['patch'];
type End = 'source' | 'target' | 'both';

/**
 * A tie with every field of the model, each edit one undoable command: type, direction (none, or
 * either way: turning it round keeps each power field with its actor), strength, formality, the
 * power fields the Magt tab reads (initiative, mandate, resource flow, dependence, partner or
 * supplier, each worded with the two actors' names), evidence, waves, notes and custom
 * attributes. A tie just drawn on the map opens here with the focus on its type.
 */
export function TieDetails({
  data,
  tie,
  focusType,
  onClose,
  onShowActor,
}: {
  data: ProjectData;
  tie: Tie;
  /** a tie just drawn: the type is what to choose first */
  focusType: boolean;
  onClose: () => void;
  onShowActor: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const label = (id: string) => data.actors.find((a) => a.id === id)?.label ?? id;
  const source = label(tie.source);
  const target = label(tie.target);
  const names = { source, target };
  const update = (patch: TiePatch) => void actions.apply({ type: 'tie.update', id: tie.id, patch });

  const { min, max } = data.settings.strengthScale;
  const steps = Number.isInteger(min) && Number.isInteger(max) && max - min <= 20 ? Array.from({ length: max - min + 1 }, (_, i) => String(min + i)) : [];
  const direction: Direction = tie.directed ? 'forward' : 'undirected';
  const ends = (both: string): ReadonlyArray<readonly [End, string]> => [
    ['source', source],
    ['target', target],
    ['both', both],
  ];
  const unknown = t('details.tie.unknown');

  return (
    <section className="actor-details tie-details" aria-label={t('details.tie.region', names)} data-testid="tie-details">
      <header>
        <h2 className="details-title">
          <button type="button" className="link" title={t('details.tie.showActor', { name: source })} onClick={() => onShowActor(tie.source)}>
            {source}
          </button>
          <span aria-hidden="true">{tie.directed ? ' → ' : ' – '}</span>
          <button type="button" className="link" title={t('details.tie.showActor', { name: target })} onClick={() => onShowActor(tie.target)}>
            {target}
          </button>
        </h2>
        <button type="button" className="icon" onClick={onClose} aria-label={t('workspace.closeDetails')} title={t('workspace.closeDetails')}>
          ×
        </button>
      </header>
      {focusType && <p className="muted small details-new">{t('details.tie.new')}</p>}

      <div className="details-grid">
        <ChoiceField
          label={t('fields.tie.type')}
          name="type"
          autoFocus={focusType}
          value={tie.type}
          options={[
            ...data.codebooks.tieTypes.map((tt) => [tt.key, tt.label[lang]] as const),
            // a type the codebook lacks (from an older file) stays shown as it is
            ...(data.codebooks.tieTypes.some((tt) => tt.key === tie.type) ? [] : [[tie.type, tie.type] as const]),
          ]}
          onChange={(type) => type !== null && update({ type })}
        />
        <div className="details-direction">
          <ChoiceField<Direction>
            label={t('details.tie.directedLabel')}
            name="direction"
            value={direction}
            options={[
              ['undirected', t('details.tie.undirected')],
              ['forward', t('details.tie.directedWay', names)],
              ['backward', t('details.tie.directedWay', { source: target, target: source })],
            ]}
            onChange={(d) => d !== null && d !== direction && update(directionPatch(tie, d))}
          />
          {tie.directed && (
            <button type="button" name="reverse" title={t('details.tie.reverseHint', names)} onClick={() => update(reversed(tie))}>
              ⇄ {t('details.tie.reverse')}
            </button>
          )}
        </div>
        {steps.length > 0 ? (
          <ChoiceField
            label={t('fields.tie.strength')}
            name="strength"
            value={tie.strength === null ? null : String(tie.strength)}
            unknownLabel={unknown}
            options={[...steps.map((s) => [s, s] as const), ...(tie.strength !== null && !steps.includes(String(tie.strength)) ? [[String(tie.strength), String(tie.strength)] as const] : [])]}
            onChange={(s) => update({ strength: s === null ? null : Number(s) })}
          />
        ) : (
          <TextField
            label={`${t('fields.tie.strength')} (${min}–${max})`}
            name="strength"
            inputMode="decimal"
            value={tie.strength === null ? '' : String(tie.strength)}
            invalid={(text) => (text.trim() !== '' && Number.isNaN(Number(text.replace(',', '.'))) ? t('rules.number') : null)}
            onSave={(text) => update({ strength: text.trim() === '' ? null : Number(text.replace(',', '.')) })}
          />
        )}
        <ChoiceField
          label={t('fields.tie.formality')}
          name="formality"
          value={tie.formality}
          unknownLabel={unknown}
          options={FormalitySchema.options.map((f) => [f, t(`formality.${f}`)] as const)}
          onChange={(formality) => update({ formality })}
        />
      </div>

      <h3 title={t('details.tie.powerHint')}>{t('details.tie.power')}</h3>
      <div className="details-grid" data-testid="tie-power">
        <ChoiceField label={t('fields.tie.initiative')} hint={t('details.tie.initiativeQ')} name="initiative" value={tie.initiative} unknownLabel={unknown} options={ends(t('details.tie.bothEnds'))} onChange={(initiative) => update({ initiative })} />
        <ChoiceField label={t('fields.tie.mandate')} hint={t('details.tie.mandateQ')} name="mandate" value={tie.mandate} unknownLabel={unknown} options={ends(t('details.tie.bothEnds'))} onChange={(mandate) => update({ mandate })} />
        <ChoiceField
          label={t('fields.tie.resourceFlow')}
          hint={t('details.tie.flowQ')}
          name="resourceFlow"
          value={tie.resourceFlow}
          unknownLabel={unknown}
          options={[
            ['toTarget', t('details.tie.flowToTarget', names)],
            ['toSource', t('details.tie.flowToSource', names)],
            ['both', t('details.tie.flowBoth')],
            ['none', t('details.tie.flowNone')],
          ]}
          onChange={(resourceFlow) => update({ resourceFlow })}
        />
        <ChoiceField
          label={t('fields.tie.dependent')}
          hint={t('details.tie.dependentQ')}
          name="dependent"
          value={tie.dependent}
          unknownLabel={unknown}
          options={[
            ['source', t('details.tie.dependsOn', { a: source, b: target })],
            ['target', t('details.tie.dependsOn', { a: target, b: source })],
            ['both', t('details.tie.dependsBoth')],
          ]}
          onChange={(dependent) => update({ dependent })}
        />
        <ChoiceField
          label={t('fields.tie.governance')}
          hint={t('details.tie.governanceQ')}
          name="governance"
          value={tie.governance}
          unknownLabel={unknown}
          options={[
            ['partner', t('details.tie.partner')],
            ['supplier', t('details.tie.supplier', names)],
          ]}
          onChange={(governance) => update({ governance })}
        />
      </div>

      <h3>{t('details.tie.evidence')}</h3>
      <div className="details-grid">
        <TextField label={t('fields.tie.evidenceSource')} name="evidenceSource" value={tie.evidence.source} placeholder={t('workspace.evidenceSource')} onSave={(source) => update({ evidence: { ...tie.evidence, source: source.trim() } })} />
        <ChoiceField
          label={t('fields.tie.evidenceConfidence')}
          name="confidence"
          value={tie.evidence.confidence}
          unknownLabel={t('workspace.confidenceUnknown')}
          options={ConfidenceSchema.options.map((c) => [c, t(`workspace.confidenceLevels.${c}`)] as const)}
          onChange={(confidence) => update({ evidence: { ...tie.evidence, confidence } })}
        />
      </div>
      <TextField label={t('fields.tie.evidenceQuote')} name="quote" multiline value={tie.evidence.quote} onSave={(quote) => update({ evidence: { ...tie.evidence, quote } })} />

      <WavesField data={data} label={t('details.tie.waves')} waves={tie.waves} onChange={(waves) => update({ waves })} />
      <TextField label={t('details.tie.notes')} name="notes" multiline value={tie.notes} onSave={(notes) => update({ notes })} />

      <h3>{t('details.tie.attributes')}</h3>
      <AttributeFields data={data} owner="ties" attributes={tie.attributes} onChange={(attributes) => update({ attributes })} />

      <div className="danger-zone">
        <button
          type="button"
          className="danger-outline"
          onClick={() => {
            void actions.apply({ type: 'tie.remove', id: tie.id }).then((ok) => ok && onClose());
          }}
        >
          {t('details.tie.remove')}
        </button>
      </div>
    </section>
  );
}
