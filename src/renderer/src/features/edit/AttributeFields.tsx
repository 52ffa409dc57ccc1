import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeDefinition, AttributeOwner, ProjectData } from '../../../../core/model/schema';
import { ChoiceField, Field, numberText, readNumberText, TextField } from './fields';

type Value = string | number | boolean | null;
type Attributes = Readonly<Record<string, Value>>;

/** The attributes without one key, or with it set; an empty value takes the key out. */
export function withAttribute(attributes: Attributes, key: string, value: Value): Record<string, Value> {
  const next: Record<string, Value> = {};
  for (const [k, v] of Object.entries(attributes)) if (k !== key) next[k] = v;
  if (value !== null && value !== '') next[key] = value;
  return next;
}

/** What a typed text becomes for an attribute the codebook does not define: a number stays a number. */
function undefinedValue(before: Value, text: string): Value {
  if (text.trim() === '') return null;
  if (typeof before === 'number') {
    const n = readNumberText(text);
    if (n !== null && !Number.isNaN(n)) return n;
  }
  if (typeof before === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** A new free attribute's value: a number when it reads as one (a postcode with a leading zero stays text). */
function freeValue(text: string): Value {
  const n = readNumberText(text);
  return n !== null && !Number.isNaN(n) && !/^[+-]?0\d/.test(text.trim()) ? n : text;
}

/**
 * An element's custom attributes: every one the codebook defines for its kind, each with the
 * control its type asks for (a category chosen, a number typed with a decimal comma in Danish, a
 * date picked), then the attributes it holds that the codebook does not define, shown and edited
 * as stored. A free attribute can be added by name. Each change is one undoable update.
 */
export function AttributeFields({
  data,
  owner,
  attributes,
  onChange,
}: {
  data: ProjectData;
  owner: AttributeOwner;
  attributes: Attributes;
  onChange: (attributes: Record<string, Value>) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const defined = data.codebooks.attributes.filter((d) => d.appliesTo === owner);
  const definedKeys = new Set(defined.map((d) => d.key));
  const free = Object.keys(attributes).filter((k) => !definedKeys.has(k));
  const set = (key: string, value: Value) => onChange(withAttribute(attributes, key, value));

  return (
    <div className="details-attributes" data-testid={`${owner}-attributes`}>
      {defined.length === 0 && free.length === 0 && <p className="muted small">{t('details.attributes.none')}</p>}
      {defined.map((d) => (
        <DefinedField key={d.key} definition={d} value={Object.hasOwn(attributes, d.key) ? (attributes[d.key] ?? null) : null} lang={lang} onSave={(v) => set(d.key, v)} />
      ))}
      {free.map((key) => {
        const value = attributes[key] ?? null;
        return (
          <div key={key} className="details-free">
            <TextField
              label={key}
              name={`attribute-${key}`}
              value={typeof value === 'number' ? numberText(value, lang) : value === null ? '' : String(value)}
              onSave={(text) => set(key, undefinedValue(value, text))}
            />
            <span className="muted small" title={t('details.attributes.undefinedHint')}>
              ⓘ
            </span>
            <button type="button" className="icon danger" aria-label={t('details.attributes.remove', { name: key })} title={t('details.attributes.remove', { name: key })} onClick={() => set(key, null)}>
              ×
            </button>
          </div>
        );
      })}
      <AddFree taken={new Set([...definedKeys, ...free])} onAdd={(key, text) => set(key, freeValue(text))} />
    </div>
  );
}

function DefinedField({ definition: d, value, lang, onSave }: { definition: AttributeDefinition; value: Value; lang: 'da' | 'en'; onSave: (v: Value) => void }) {
  const { t } = useTranslation();
  const label = d.label[lang];
  const name = `attribute-${d.key}`;
  switch (d.type) {
    case 'category':
      return (
        <ChoiceField
          label={label}
          name={name}
          value={typeof value === 'string' && d.values.some((v) => v.key === value) ? value : null}
          unknownLabel={t('details.attributes.empty')}
          options={d.values.map((v) => [v.key, v.label[lang]] as const)}
          onChange={(v) => onSave(v)}
        />
      );
    case 'date':
      return (
        <Field label={label}>
          <input type="date" name={name} value={typeof value === 'string' ? value : ''} onChange={(e) => onSave(e.target.value === '' ? null : e.target.value)} />
        </Field>
      );
    case 'number':
      return (
        <TextField
          label={label}
          name={name}
          inputMode="decimal"
          value={typeof value === 'number' ? numberText(value, lang) : value === null ? '' : String(value)}
          invalid={(text) => (Number.isNaN(readNumberText(text)) ? t('rules.number') : null)}
          onSave={(text) => onSave(readNumberText(text))}
        />
      );
    case 'text':
      return <TextField label={label} name={name} value={value === null ? '' : String(value)} onSave={(text) => onSave(text.trim() === '' ? null : text)} />;
  }
}

/** A free attribute by name and value, for what the codebook does not define (yet). */
function AddFree({ taken, onAdd }: { taken: ReadonlySet<string>; onAdd: (key: string, text: string) => void }) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [text, setText] = useState('');
  const clash = taken.has(key.trim());
  const add = () => {
    if (key.trim() === '' || clash || text.trim() === '') return;
    onAdd(key.trim(), text);
    setKey('');
    setText('');
  };
  return (
    <div className="row details-add-attribute">
      <input value={key} name="new-attribute-key" placeholder={t('details.attributes.addKey')} aria-label={t('details.attributes.addKey')} aria-invalid={clash} onChange={(e) => setKey(e.target.value)} />
      <input
        value={text}
        name="new-attribute-value"
        placeholder={t('details.attributes.addValue')}
        aria-label={t('details.attributes.addValue')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <button type="button" onClick={add} disabled={key.trim() === '' || clash || text.trim() === ''}>
        {t('details.attributes.add')}
      </button>
    </div>
  );
}
