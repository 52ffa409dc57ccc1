import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectData, TargetGroup } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { useDraft } from '../edit';
import { readWindow } from './window-draft';
import { signedWeek } from './week-text';
import './timeline.css';
import { RemoveCodeCell } from '../../components/RemoveCodeCell';
import { codeKeyOf } from '../../../../core/text/code-key';
import type { Problem } from '../../../../core/problems';
import { FieldProblems, problemsAt } from '../../components/FieldProblems';

/**
 * The timeline's part of the settings: the weeks it shows (and the gap analysis covers), and the
 * codebook of target groups, named in Danish and English, added and removed while unused. Each
 * change is one undoable step.
 */
export function TimelineSettings({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const used = new Set(data.activities.map((a) => a.targetGroup));
  return (
    <fieldset data-testid="timeline-settings">
      <legend>{t('timeline.settings.title')}</legend>
      <WeeksShown key={`${data.settings.timeline.from},${data.settings.timeline.to}`} data={data} />
      <h3 className="settings-sub">{t('timeline.settings.targetGroups')}</h3>
      <table className="data-table target-groups">
        <thead>
          <tr>
            <th>{t('timeline.settings.labelDa')}</th>
            <th>{t('timeline.settings.labelEn')}</th>
            <th>{t('timeline.settings.key')}</th>
            <th aria-label={t('ui.delete')} />
          </tr>
        </thead>
        <tbody>
          {data.codebooks.targetGroups.map((g) => (
            <TargetGroupRow key={g.key} group={g} inUse={used.has(g.key)} />
          ))}
        </tbody>
      </table>
      <AddTargetGroup existing={data.codebooks.targetGroups.map((g) => g.key)} />
    </fieldset>
  );
}

function WeeksShown({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const actions = useActions();
  const range = data.settings.timeline;
  const [from, setFrom] = useState(signedWeek(range.from));
  const [to, setTo] = useState(signedWeek(range.to));
  const reading = readWindow(from, to);
  // the settings' own rule: the range shows at least two weeks
  const ordered = reading.ok && reading.window.from < reading.window.to;
  const save = () => {
    if (!reading.ok || !ordered) return;
    const { from: f, to: tt } = reading.window;
    if (f !== range.from || tt !== range.to) void actions.apply({ type: 'settings.update', settings: { ...data.settings, timeline: { from: f, to: tt } } });
  };
  return (
    <div className="setting-pair">
      <span>{t('timeline.settings.range')}</span>
      <label className="setting">
        <span>{t('timeline.settings.from')}</span>
        <input value={from} inputMode="numeric" name="timelineFrom" aria-invalid={!reading.ok && reading.field === 'from'} onChange={(e) => setFrom(e.target.value)} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} />
      </label>
      <label className="setting">
        <span>{t('timeline.settings.to')}</span>
        <input value={to} inputMode="numeric" name="timelineTo" aria-invalid={!ordered} onChange={(e) => setTo(e.target.value)} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} />
      </label>
      {!reading.ok ? (
        <span className="field-error">{t(reading.key, reading.params)}</span>
      ) : (
        !ordered && <span className="field-error">{t('rules.minBelowMax')}</span>
      )}
      <span className="muted small">{t('timeline.settings.rangeHint')}</span>
    </div>
  );
}

function TargetGroupRow({ group, inUse }: { group: TargetGroup; inUse: boolean }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [label, changeLabel] = useDraft(group.label);
  // the rules decide what a target group may be called: a name they refuse stays, with the reason
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const save = async () => {
    const next = { da: label.da.trim(), en: label.en.trim() };
    if (next.da === group.label.da && next.en === group.label.en) return setProblems([]);
    setProblems(await actions.applyAt({ type: 'code.update', code: { codebook: 'targetGroups', entry: { ...group, label: next } } }));
  };
  return (
    <tr>
      {(['da', 'en'] as const).map((l) => (
        <td key={l}>
          <input
            className="inline-edit"
            value={label[l]}
            aria-label={`${l === 'da' ? t('timeline.settings.labelDa') : t('timeline.settings.labelEn')} ${group.label.da}`}
            aria-invalid={problemsAt(problems, ['label', l]).length > 0}
            onChange={(e) => changeLabel({ [l]: e.target.value })}
            onBlur={() => void save()}
            onKeyDown={(e) => e.key === 'Enter' && void save()}
          />
          <FieldProblems problems={problemsAt(problems, ['label', l])} />
        </td>
      ))}
      <td className="muted">{group.key}</td>
      <RemoveCodeCell
        inUse={inUse}
        inUseText={t('timeline.settings.inUse')}
        removeLabel={t('timeline.settings.remove', { name: group.label.da })}
        onRemove={() => void actions.apply({ type: 'code.remove', codebook: 'targetGroups', key: group.key })}
      />
    </tr>
  );
}

/** A new target group: its key is made from the Danish name, and must not clash with one there is. */
function AddTargetGroup({ existing }: { existing: readonly string[] }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [da, setDa] = useState('');
  const [en, setEn] = useState('');
  const key = codeKeyOf(da);
  const clash = existing.includes(key);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const add = async () => {
    if (!key || clash) return;
    const refused = await actions.applyAt({ type: 'code.add', code: { codebook: 'targetGroups', entry: { key, label: { da: da.trim(), en: en.trim() || da.trim() } } } });
    setProblems(refused);
    if (refused.length === 0) {
      setDa('');
      setEn('');
    }
  };
  return (
    <div className="row add-sector">
      <input
        value={da}
        onChange={(e) => {
          setDa(e.target.value);
          setProblems([]);
        }}
        placeholder={t('timeline.settings.labelDa')}
        aria-label={t('timeline.settings.labelDa')}
        aria-invalid={problemsAt(problems, ['label', 'da']).length > 0}
        name="targetGroupDa"
        onKeyDown={(e) => e.key === 'Enter' && void add()}
      />
      <input
        value={en}
        onChange={(e) => {
          setEn(e.target.value);
          setProblems([]);
        }}
        placeholder={t('timeline.settings.labelEn')}
        aria-label={t('timeline.settings.labelEn')}
        aria-invalid={problemsAt(problems, ['label', 'en']).length > 0}
        name="targetGroupEn"
        onKeyDown={(e) => e.key === 'Enter' && void add()}
      />
      <button type="button" onClick={() => void add()} disabled={!key || clash}>
        {t('timeline.settings.add')}
      </button>
      {clash && <span className="field-error">{t('rules.duplicateKey', { key })}</span>}
      <FieldProblems problems={problems} />
    </div>
  );
}

