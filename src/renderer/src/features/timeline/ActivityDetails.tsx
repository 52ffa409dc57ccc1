import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import type { WaveId } from '../../../../core/ids';
import { ActivityFrequencySchema, ActivityKindSchema, type Activity, type ProjectData } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { ActorSelect, useDraft } from '../edit';
import { FrequencyOptions, KindOptions, TargetGroupOptions } from './activity-options';
import { readWindow } from './window-draft';
import { signedWeek } from './week-text';

type Patch = Extract<SingleCommandInput, { type: 'activity.update' }>['patch'];

/**
 * The chosen activity, every field of it edited in place: title, kind, target group, weeks,
 * frequency, owners, contact persons, notes and waves. Each change is one undoable step; a field
 * being typed keeps its text when the save of another arrives.
 */
export function ActivityDetails({
  data,
  activity,
  onClose,
  opened,
}: {
  data: ProjectData;
  activity: Activity;
  onClose: () => void;
  /** the activity last opened from the timeline (Enter on its bar): its title takes the focus */
  opened: { id: string } | null;
}) {
  const { t } = useTranslation();
  const actions = useActions();
  const update = (patch: Patch) => void actions.apply({ type: 'activity.update', id: activity.id, patch });
  const labels = new Map(data.actors.map((a) => [a.id as string, a.label]));
  // the stored values as the fields show them: a new object only when the activity changed
  const stored = useMemo(
    () => ({ title: activity.title, notes: activity.notes, from: signedWeek(activity.window.from), to: signedWeek(activity.window.to) }),
    [activity],
  );
  const [draft, change] = useDraft(stored);
  const reading = readWindow(draft.from, draft.to);
  const [ownerMessage, setOwnerMessage] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (opened?.id !== activity.id) return;
    titleRef.current?.focus();
    titleRef.current?.scrollIntoView({ block: 'nearest' });
  }, [opened, activity.id]);

  const saveTitle = () => {
    const title = draft.title.trim();
    if (title && title !== activity.title) update({ title });
  };
  const saveWindow = () => {
    if (reading.ok && (reading.window.from !== activity.window.from || reading.window.to !== activity.window.to)) update({ window: reading.window });
  };
  const enterSaves = (save: () => void) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') save();
  };

  return (
    <section className="activity-details" aria-label={t('timeline.edit.details', { title: activity.title })} data-testid="activity-details">
      <header>
        <input
          ref={titleRef}
          value={draft.title}
          aria-label={t('timeline.edit.titleField')}
          aria-invalid={!draft.title.trim()}
          onChange={(e) => change({ title: e.target.value })}
          onBlur={saveTitle}
          onKeyDown={enterSaves(saveTitle)}
          name="activityTitle"
        />
        <button type="button" className="icon" onClick={onClose} aria-label={t('timeline.edit.close')} title={t('timeline.edit.close')}>
          ×
        </button>
      </header>
      {!draft.title.trim() && <p className="field-error">{t('timeline.edit.titleRequired')}</p>}
      <div className="row">
        <select value={activity.kind} aria-label={t('timeline.edit.kind')} onChange={(e) => update({ kind: ActivityKindSchema.parse(e.target.value) })}>
          <KindOptions />
        </select>
        <select value={activity.targetGroup} aria-label={t('activities.targetGroup')} onChange={(e) => update({ targetGroup: e.target.value })}>
          <TargetGroupOptions data={data} />
        </select>
        <select
          value={activity.frequency ?? ''}
          aria-label={t('timeline.edit.frequency')}
          onChange={(e) => {
            const parsed = ActivityFrequencySchema.safeParse(e.target.value);
            update({ frequency: parsed.success ? parsed.data : null });
          }}
        >
          <FrequencyOptions />
        </select>
      </div>
      <div className="row">
        <label className="week-field">
          {t('timeline.edit.from')}
          <input
            className="week"
            inputMode="numeric"
            value={draft.from}
            aria-invalid={!reading.ok && reading.field === 'from'}
            onChange={(e) => change({ from: e.target.value })}
            onBlur={saveWindow}
            onKeyDown={enterSaves(saveWindow)}
            name="activityFrom"
          />
        </label>
        <label className="week-field">
          {t('timeline.edit.to')}
          <input
            className="week"
            inputMode="numeric"
            value={draft.to}
            aria-invalid={!reading.ok && reading.field === 'to'}
            onChange={(e) => change({ to: e.target.value })}
            onBlur={saveWindow}
            onKeyDown={enterSaves(saveWindow)}
            name="activityTo"
          />
        </label>
      </div>
      {!reading.ok && <p className="field-error">{t(reading.key, reading.params)}</p>}

      <h3>{t('timeline.edit.owners')}</h3>
      <People
        ids={activity.owners}
        labels={labels}
        removeLabel={(name) => t('timeline.edit.removeOwner', { name })}
        onRemove={(id) => {
          if (activity.owners.length <= 1) setOwnerMessage(true);
          else update({ owners: activity.owners.filter((o) => o !== id) });
        }}
      />
      {ownerMessage && activity.owners.length <= 1 && <p className="field-error">{t('timeline.edit.lastOwner')}</p>}
      <ActorSelect
        data={data}
        value=""
        onChange={(id) => id && update({ owners: [...activity.owners, id] })}
        label={t('timeline.edit.addOwner')}
        placeholder={t('timeline.edit.addOwner')}
        kinds={['organisation', 'department']}
        exclude={activity.owners}
        name="activityAddOwner"
      />

      <h3>{t('timeline.edit.contacts')}</h3>
      {activity.contacts.length === 0 && <p className="muted">{t('timeline.edit.noContacts')}</p>}
      <People
        ids={activity.contacts}
        labels={labels}
        removeLabel={(name) => t('timeline.edit.removeContact', { name })}
        onRemove={(id) => update({ contacts: activity.contacts.filter((c) => c !== id) })}
      />
      <ActorSelect
        data={data}
        value=""
        onChange={(id) => id && update({ contacts: [...activity.contacts, id] })}
        label={t('timeline.edit.addContact')}
        placeholder={t('timeline.edit.addContact')}
        kinds={['person']}
        exclude={activity.contacts}
        name="activityAddContact"
      />

      <h3>{t('timeline.edit.notes')}</h3>
      <textarea
        rows={2}
        value={draft.notes}
        aria-label={t('timeline.edit.notes')}
        onChange={(e) => change({ notes: e.target.value })}
        onBlur={() => draft.notes !== activity.notes && update({ notes: draft.notes })}
      />

      {data.waves.length > 0 && (
        <>
          <h3>{t('timeline.edit.waves')}</h3>
          <div className="waves">
            {data.waves.map((w) => (
              <label key={w.id}>
                <input
                  type="checkbox"
                  checked={activity.waves.includes(w.id)}
                  onChange={(e) => update({ waves: e.target.checked ? [...activity.waves, w.id] : activity.waves.filter((x: WaveId) => x !== w.id) })}
                />{' '}
                {w.label}
              </label>
            ))}
          </div>
          <p className="muted small">{t('timeline.edit.allWaves')}</p>
        </>
      )}

      <div className="row">
        <button type="button" className="danger-outline" onClick={() => void actions.apply({ type: 'activity.remove', id: activity.id }).then((ok) => ok && onClose())}>
          {t('timeline.edit.remove')}
        </button>
      </div>
    </section>
  );
}

function People({
  ids,
  labels,
  removeLabel,
  onRemove,
}: {
  ids: readonly string[];
  labels: ReadonlyMap<string, string>;
  removeLabel: (name: string) => string;
  onRemove: (id: string) => void;
}) {
  return (
    <ul className="people">
      {ids.map((id) => {
        const name = labels.get(id) ?? id;
        return (
          <li key={id}>
            {name}
            <button type="button" className="icon danger" aria-label={removeLabel(name)} title={removeLabel(name)} onClick={() => onRemove(id)}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
