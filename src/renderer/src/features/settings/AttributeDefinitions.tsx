import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lookupOf } from '../../../../core/rules/lookup';
import {
  AttributeOwnerSchema,
  AttributeTypeSchema,
  type AttributeCategory,
  type AttributeDefinition,
  type AttributeOwner,
  type AttributeType,
  type ProjectData,
} from '../../../../core/model/schema';
import { useActions } from '../../app';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDraft } from '../edit';
import './attribute-definitions.css';
import { codeKeyOf } from '../../../../core/text/code-key';

/** A key from a Danish name, as a sector's is made, at most 60 signs long. */
const keyOf = (name: string): string => codeKeyOf(name).slice(0, 60);

/**
 * The custom attributes the codebook defines, for actors and for ties: each with its Danish and
 * English label and its type, a category with its values (key and labels), and how many values
 * the elements hold. Each change is one undoable command; a change the values do not allow (a
 * type they do not fit, a category still used) is refused by the store with its reason, and a
 * definition that holds values is removed only after the user says what becomes of them.
 */
export function AttributeDefinitions({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const actions = useActions();
  const look = useMemo(() => lookupOf(data), [data]);
  const [removing, setRemoving] = useState<AttributeDefinition | null>(null);
  // one that holds no values goes at once; otherwise the user says what becomes of its values
  const remove = (d: AttributeDefinition) => {
    if (look.attributeValues(d.appliesTo, d.key).length > 0) setRemoving(d);
    else void actions.apply({ type: 'attribute.remove', appliesTo: d.appliesTo, key: d.key });
  };
  return (
    <fieldset data-testid="attribute-definitions">
      <legend>{t('details.settings.title')}</legend>
      <p className="muted small">{t('details.settings.hint')}</p>
      {data.codebooks.attributes.length > 0 && (
        <table className="data-table attribute-definitions">
          <thead>
            <tr>
              <th>{t('details.settings.appliesTo')}</th>
              <th>{t('workspace.settings.labelDa')}</th>
              <th>{t('workspace.settings.labelEn')}</th>
              <th>{t('details.settings.type')}</th>
              <th>{t('details.settings.key')}</th>
              <th aria-label={t('ui.delete')} />
            </tr>
          </thead>
          <tbody>
            {data.codebooks.attributes.map((d) => (
              <DefinitionRow key={`${d.appliesTo}/${d.key}`} definition={d} inUse={look.attributeValues(d.appliesTo, d.key).length} onRemove={() => remove(d)} />
            ))}
          </tbody>
        </table>
      )}
      <AddDefinition existing={data.codebooks.attributes} />
      {removing && <RemoveDefinition definition={removing} count={look.attributeValues(removing.appliesTo, removing.key).length} onDone={() => setRemoving(null)} />}
    </fieldset>
  );
}

function DefinitionRow({ definition: d, inUse, onRemove }: { definition: AttributeDefinition; inUse: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [label, changeLabel] = useDraft(d.label);
  const save = (next: AttributeDefinition) => {
    if (JSON.stringify(next) !== JSON.stringify(d)) void actions.apply({ type: 'attribute.update', definition: next });
  };
  return (
    <>
      <tr data-testid={`definition-${d.key}`}>
        <td>{t(`details.owners.${d.appliesTo}`)}</td>
        {(['da', 'en'] as const).map((l) => (
          <td key={l}>
            <input
              className="inline-edit"
              value={label[l]}
              aria-label={`${l === 'da' ? t('workspace.settings.labelDa') : t('workspace.settings.labelEn')} ${d.key}`}
              aria-invalid={!label[l].trim()}
              onChange={(e) => changeLabel({ [l]: e.target.value })}
              onBlur={() => label.da.trim() && label.en.trim() && save({ ...d, label: { da: label.da.trim(), en: label.en.trim() } })}
            />
          </td>
        ))}
        <td>
          <select
            value={d.type}
            aria-label={`${t('details.settings.type')} ${d.key}`}
            onChange={(e) => {
              const type = AttributeTypeSchema.safeParse(e.target.value);
              if (type.success) save({ ...d, type: type.data, values: type.data === 'category' ? d.values : [] });
            }}
          >
            {AttributeTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {t(`details.types.${type}`)}
              </option>
            ))}
          </select>
        </td>
        <td className="muted">
          {d.key}
          {inUse > 0 && <span className="small"> · {t('details.settings.inUse', { count: inUse })}</span>}
        </td>
        <td>
          <button type="button" className="icon danger" aria-label={t('details.settings.remove', { name: d.key })} title={t('details.settings.remove', { name: d.key })} onClick={onRemove}>
            ×
          </button>
        </td>
      </tr>
      {d.type === 'category' && (
        <tr className="category-values">
          <td />
          <td colSpan={5}>
            <Categories definition={d} onChange={(values) => save({ ...d, values })} />
          </td>
        </tr>
      )}
    </>
  );
}

/** A category's values: each key with its two labels, one added by its Danish name, one removed. */
function Categories({ definition: d, onChange }: { definition: AttributeDefinition; onChange: (values: AttributeCategory[]) => void }) {
  const { t } = useTranslation();
  const [da, setDa] = useState('');
  const [en, setEn] = useState('');
  const key = keyOf(da);
  const clash = d.values.some((v) => v.key === key);
  const add = () => {
    if (!key || clash) return;
    onChange([...d.values, { key, label: { da: da.trim(), en: en.trim() || da.trim() } }]);
    setDa('');
    setEn('');
  };
  return (
    <div className="categories" aria-label={`${t('details.settings.values')} ${d.key}`} role="group">
      <span className="muted small">{t('details.settings.values')}:</span>
      {d.values.map((v) => (
        <span key={v.key} className="category-chip" title={`${v.key}: ${v.label.da} / ${v.label.en}`}>
          {v.label.da}
          {v.label.en !== v.label.da && <span className="muted"> / {v.label.en}</span>}
          <button
            type="button"
            className="icon danger"
            aria-label={t('details.settings.removeValue', { name: v.label.da })}
            title={t('details.settings.removeValue', { name: v.label.da })}
            onClick={() => onChange(d.values.filter((x) => x.key !== v.key))}
          >
            ×
          </button>
        </span>
      ))}
      <input value={da} name={`category-da-${d.key}`} placeholder={t('workspace.settings.labelDa')} aria-label={`${t('workspace.settings.labelDa')} (${t('details.settings.addValue')})`} onChange={(e) => setDa(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
      <input value={en} name={`category-en-${d.key}`} placeholder={t('workspace.settings.labelEn')} aria-label={`${t('workspace.settings.labelEn')} (${t('details.settings.addValue')})`} onChange={(e) => setEn(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
      <button type="button" onClick={add} disabled={!key || clash} name={`category-add-${d.key}`}>
        {t('details.settings.addValue')}
      </button>
      {clash && <span className="field-error">{t('rules.duplicateKey', { key })}</span>}
    </div>
  );
}

/** A new definition: for actors or ties, named in Danish and English, of a type; its key from the Danish name. */
function AddDefinition({ existing }: { existing: readonly AttributeDefinition[] }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [owner, setOwner] = useState<AttributeOwner>('actors');
  const [da, setDa] = useState('');
  const [en, setEn] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  const key = keyOf(da);
  const clash = existing.some((d) => d.appliesTo === owner && d.key === key);
  const add = async () => {
    if (!key || clash) return;
    const ok = await actions.apply({ type: 'attribute.add', definition: { key, appliesTo: owner, label: { da: da.trim(), en: en.trim() || da.trim() }, type, values: [] } });
    if (ok) {
      setDa('');
      setEn('');
    }
  };
  return (
    <div className="row add-definition">
      <select value={owner} aria-label={t('details.settings.appliesTo')} name="definition-owner" onChange={(e) => setOwner(AttributeOwnerSchema.catch('actors').parse(e.target.value))}>
        {AttributeOwnerSchema.options.map((o) => (
          <option key={o} value={o}>
            {t(`details.owners.${o}`)}
          </option>
        ))}
      </select>
      <input value={da} onChange={(e) => setDa(e.target.value)} placeholder={t('workspace.settings.labelDa')} aria-label={t('workspace.settings.labelDa')} name="definition-da" />
      <input value={en} onChange={(e) => setEn(e.target.value)} placeholder={t('workspace.settings.labelEn')} aria-label={t('workspace.settings.labelEn')} name="definition-en" />
      <select value={type} aria-label={t('details.settings.type')} name="definition-type" onChange={(e) => setType(AttributeTypeSchema.catch('text').parse(e.target.value))}>
        {AttributeTypeSchema.options.map((x) => (
          <option key={x} value={x}>
            {t(`details.types.${x}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void add()} disabled={!key || clash} name="definition-add">
        {t('details.settings.add')}
      </button>
      {clash && <span className="field-error">{t('rules.duplicateKey', { key })}</span>}
    </div>
  );
}

/** Removing a definition: at once when it holds no values, else after asking whether they stay. */
function RemoveDefinition({ definition: d, count, onDone }: { definition: AttributeDefinition; count: number; onDone: () => void }) {
  const { t } = useTranslation();
  const actions = useActions();
  const remove = (values: 'keep' | 'erase') => void actions.apply({ type: 'attribute.remove', appliesTo: d.appliesTo, key: d.key, values }).then(onDone);
  return (
    <ConfirmDialog title={t('details.settings.removeTitle', { name: d.key })} confirmLabel={t('details.settings.eraseValues')} onConfirm={() => remove('erase')} onCancel={onDone}>
      <p>{t('details.settings.removeBody', { name: d.key, count })}</p>
      <button type="button" name="keep-values" onClick={() => remove('keep')}>
        {t('details.settings.keepValues')}
      </button>
    </ConfirmDialog>
  );
}
