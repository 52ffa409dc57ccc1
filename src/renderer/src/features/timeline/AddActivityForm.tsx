import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityKindSchema, type ActivityKind, type ProjectData } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { ActorSelect } from '../edit';
import { KindOptions, newActivityId, TargetGroupOptions } from './activity-options';
import { readWindow } from './window-draft';

/**
 * Adds an activity from the keyboard: title, kind, owner, target group and weeks, Enter to save.
 * The kind, owner, target group and weeks stay for the next one (a workshop enters one
 * organisation's activities in a row) and the title field takes the focus again; what was typed
 * stays in the form when a field is wrong, with the reason beside it.
 */
export function AddActivityForm({ data, onAdded }: { data: ProjectData; onAdded: (id: string) => void }) {
  const { t } = useTranslation();
  const actions = useActions();
  const titleField = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ActivityKind>('offer');
  const [owner, setOwner] = useState('');
  const [targetGroup, setTargetGroup] = useState(data.codebooks.targetGroups[0]?.key ?? '');
  const [from, setFrom] = useState('0');
  const [to, setTo] = useState('4');
  const [tried, setTried] = useState(false);

  const reading = readWindow(from, to);
  const ownerMissing = !data.actors.some((a) => a.id === owner && a.kind !== 'person');
  const titleMissing = !title.trim();
  const hasOrganisations = data.actors.some((a) => a.kind !== 'person');

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setTried(true);
    if (titleMissing || ownerMissing || !reading.ok || !targetGroup) return;
    const id = newActivityId();
    const ok = await actions.apply({
      type: 'activity.add',
      activity: { id, title: title.trim(), kind, owners: [owner], targetGroup, window: reading.window },
    });
    if (!ok) return;
    onAdded(id);
    setTitle('');
    setTried(false);
    titleField.current?.focus();
  };

  return (
    <form className="activity-form" onSubmit={(e) => void submit(e)} aria-label={t('timeline.edit.addTitle')} data-testid="add-activity">
      <div className="row">
        <input
          ref={titleField}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('timeline.edit.titleField')}
          aria-label={t('timeline.edit.titleField')}
          aria-invalid={tried && titleMissing}
          name="activityTitle"
        />
        <select value={kind} onChange={(e) => setKind(ActivityKindSchema.parse(e.target.value))} aria-label={t('timeline.edit.kind')} name="activityKind">
          <KindOptions />
        </select>
      </div>
      <div className="row">
        <ActorSelect
          data={data}
          value={owner}
          onChange={setOwner}
          label={t('timeline.edit.owner')}
          placeholder={`${t('timeline.edit.owner')}…`}
          kinds={['organisation', 'department']}
          name="activityOwner"
        />
        <select value={targetGroup} onChange={(e) => setTargetGroup(e.target.value)} aria-label={t('activities.targetGroup')} name="activityTargetGroup">
          <TargetGroupOptions data={data} />
        </select>
      </div>
      <div className="row">
        <label className="week-field">
          {t('timeline.edit.from')}
          <input
            className="week"
            inputMode="numeric"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={!reading.ok && reading.field === 'from'}
            name="activityFrom"
          />
        </label>
        <label className="week-field">
          {t('timeline.edit.to')}
          <input
            className="week"
            inputMode="numeric"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            aria-invalid={!reading.ok && reading.field === 'to'}
            name="activityTo"
          />
        </label>
        <button type="submit" className="primary">
          {t('timeline.edit.add')}
        </button>
      </div>
      <p className="muted small hint">{t('timeline.edit.weeksHint')}</p>
      {!reading.ok && <p className="field-error">{t(reading.key, reading.params)}</p>}
      {tried && titleMissing && <p className="field-error">{t('timeline.edit.titleRequired')}</p>}
      {tried && ownerMissing && <p className="field-error">{hasOrganisations ? t('timeline.edit.needOwner') : t('timeline.edit.noOrganisations')}</p>}
    </form>
  );
}
