import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveId } from '../../../../core/ids';
import { presentElements } from '../../../../core/analysis/network';
import { onlyInWave } from '../../../../core/model/wave-presence';
import type { ProjectData, Wave } from '../../../../core/model/schema';
import { useActions } from '../../app';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ActorSelect } from '../edit';
import { movedOrder, organisationPresence, presenceChanges } from './wave-model';

/**
 * The project's waves: each renamed and dated in place, moved up or down, or removed (after
 * saying how many elements are in it alone); a new wave, empty or as a copy of another; one
 * wave copied into another; and a whole organisation put in a wave or taken out. Every change
 * is one undoable step.
 */
export function WaveList({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [removing, setRemoving] = useState<Wave | null>(null);
  const order = data.waves.map((w) => w.id);
  // as the analysis of the wave reads it: a tie whose person is not in the wave is not in it either
  const counts = useMemo(
    () =>
      new Map(
        data.waves.map((w) => {
          const present = presentElements(data, { wave: w.id, tieTypes: null });
          return [w.id, { actors: present.actors.length, ties: present.ties.length }];
        }),
      ),
    [data],
  );

  return (
    <section className="wave-list" aria-labelledby="waves-list-title">
      <h3 id="waves-list-title">{t('waves.panel.listTitle')}</h3>
      {data.waves.length === 0 ? (
        <p className="muted">{t('waves.panel.none')}</p>
      ) : (
        <table className="data-table waves-table" data-testid="waves-table">
          <thead>
            <tr>
              <th>{t('waves.panel.label')}</th>
              <th>{t('waves.panel.date')}</th>
              <th>{t('waves.panel.present')}</th>
              <th>
                <span className="visually-hidden">{t('waves.panel.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.waves.map((w, i) => (
              <WaveRow
                key={w.id}
                wave={w}
                counts={counts.get(w.id)}
                up={i > 0 ? movedOrder(order, w.id, -1) : null}
                down={i < order.length - 1 ? movedOrder(order, w.id, 1) : null}
                onRemove={() => setRemoving(w)}
              />
            ))}
          </tbody>
        </table>
      )}
      <AddWaveForm data={data} />
      {data.waves.length >= 1 && (
        <details className="wave-more">
          <summary>{t('waves.panel.more')}</summary>
          {data.waves.length >= 2 && <CopyWaveForm data={data} />}
          <OrganisationPresenceForm data={data} />
        </details>
      )}
      {removing && (
        <RemoveWaveDialog
          data={data}
          wave={removing}
          onDone={() => setRemoving(null)}
          onConfirm={() => {
            void actions.apply({ type: 'wave.remove', id: removing.id });
            setRemoving(null);
          }}
        />
      )}
    </section>
  );
}

function WaveRow({
  wave,
  counts,
  up,
  down,
  onRemove,
}: {
  wave: Wave;
  counts: { actors: number; ties: number } | undefined;
  up: WaveId[] | null;
  down: WaveId[] | null;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const actions = useActions();
  const [label, setLabel] = useState(wave.label);
  // typed text stays in the field until it is saved; a change from elsewhere (undo) shows at once
  const [seen, setSeen] = useState(wave.label);
  if (seen !== wave.label) {
    setSeen(wave.label);
    setLabel(wave.label);
  }
  const saveLabel = () => {
    const text = label.trim();
    if (text === wave.label) return;
    if (!text) return setLabel(wave.label);
    void actions.apply({ type: 'wave.update', id: wave.id, patch: { label: text } });
  };
  return (
    <tr data-wave={wave.id}>
      <td>
        <input
          value={label}
          aria-label={t('waves.panel.labelOf', { label: wave.label })}
          onChange={(e) => setLabel(e.target.value)}
          onBlur={saveLabel}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveLabel();
          }}
        />
      </td>
      <td>
        <input
          type="date"
          value={wave.date ?? ''}
          aria-label={t('waves.panel.dateOf', { label: wave.label })}
          onChange={(e) => void actions.apply({ type: 'wave.update', id: wave.id, patch: { date: e.target.value === '' ? null : e.target.value } })}
        />
      </td>
      <td className="muted small">
        {counts && t('waves.panel.presentCount', { actors: t('counted.actors', { count: counts.actors }), ties: t('counted.ties', { count: counts.ties }) })}
      </td>
      <td className="wave-actions">
        <button type="button" className="icon" disabled={!up} aria-label={t('waves.panel.moveUp', { label: wave.label })} title={t('waves.panel.moveUp', { label: wave.label })} onClick={() => up && void actions.apply({ type: 'wave.order', ids: up })}>
          ↑
        </button>
        <button type="button" className="icon" disabled={!down} aria-label={t('waves.panel.moveDown', { label: wave.label })} title={t('waves.panel.moveDown', { label: wave.label })} onClick={() => down && void actions.apply({ type: 'wave.order', ids: down })}>
          ↓
        </button>
        <button type="button" className="icon" aria-label={t('waves.panel.remove', { label: wave.label })} title={t('waves.panel.remove', { label: wave.label })} onClick={onRemove}>
          ×
        </button>
      </td>
    </tr>
  );
}

function AddWaveForm({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [label, setLabel] = useState('');
  const [date, setDate] = useState('');
  const [copyFrom, setCopyFrom] = useState('');
  const from = data.waves.find((w) => w.id === copyFrom)?.id;
  const add = async () => {
    const text = label.trim();
    if (!text) return;
    const done = await actions.apply({ type: 'wave.add', wave: { label: text, date: date || null }, ...(from ? { copyFrom: from } : {}) });
    if (done) {
      setLabel('');
      setDate('');
      setCopyFrom('');
    }
  };
  return (
    <form
      className="wave-form"
      aria-label={t('waves.panel.addTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h4>{t('waves.panel.addTitle')}</h4>
      <div className="row">
        <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder={t('waves.panel.addLabel')} aria-label={t('waves.panel.addLabel')} />
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-label={t('waves.panel.addDate')} />
        {data.waves.length > 0 && (
          <select value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)} aria-label={t('waves.panel.copyFrom')}>
            <option value="">{t('waves.panel.copyNone')}</option>
            {data.waves.map((w) => (
              <option key={w.id} value={w.id}>
                {t('waves.panel.copyOf', { label: w.label })}
              </option>
            ))}
          </select>
        )}
        <button type="submit" disabled={!label.trim()}>
          {t('waves.panel.add')}
        </button>
      </div>
    </form>
  );
}

function CopyWaveForm({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // a wave chosen and since removed (or none chosen yet) falls back to the first and the last
  const fromId = data.waves.find((w) => w.id === from)?.id ?? data.waves[0]?.id;
  const toId = data.waves.find((w) => w.id === to)?.id ?? data.waves.at(-1)?.id;
  const options = data.waves.map((w) => (
    <option key={w.id} value={w.id}>
      {w.label}
    </option>
  ));
  return (
    <form
      className="wave-form"
      aria-label={t('waves.panel.copyTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (fromId && toId) void actions.apply({ type: 'wave.copy', from: fromId, wave: toId });
      }}
    >
      <h4>{t('waves.panel.copyTitle')}</h4>
      <p className="muted small">{t('waves.panel.copyHint')}</p>
      <div className="row">
        <label className="check">
          {t('waves.panel.copyFromLabel')}
          <select value={fromId ?? ''} onChange={(e) => setFrom(e.target.value)}>
            {options}
          </select>
        </label>
        <label className="check">
          {t('waves.panel.copyToLabel')}
          <select value={toId ?? ''} onChange={(e) => setTo(e.target.value)}>
            {options}
          </select>
        </label>
        <button type="submit" disabled={!fromId || !toId || fromId === toId}>
          {t('waves.panel.copyButton')}
        </button>
      </div>
    </form>
  );
}

function OrganisationPresenceForm({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [organisation, setOrganisation] = useState('');
  const [wave, setWave] = useState('');
  const [present, setPresent] = useState(true);
  const waveId = data.waves.find((w) => w.id === wave)?.id ?? data.waves.at(-1)?.id;
  const command = organisation && waveId ? organisationPresence(data, organisation, waveId, present) : null;
  const changes = command ? presenceChanges(data, command) : 0;
  const orgLabel = data.actors.find((a) => a.id === organisation)?.label ?? '';
  return (
    <form
      className="wave-form"
      aria-label={t('waves.panel.presenceTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!command) return;
        const { members: _members, ...presence } = command;
        void actions.apply(presence);
      }}
    >
      <h4>{t('waves.panel.presenceTitle')}</h4>
      <div className="row">
        <ActorSelect data={data} value={organisation} onChange={setOrganisation} label={t('waves.panel.presenceOrganisation')} placeholder={t('waves.panel.presenceOrganisation')} kinds={['organisation', 'department']} />
        <select value={present ? 'on' : 'off'} onChange={(e) => setPresent(e.target.value === 'on')} aria-label={t('waves.panel.presenceHow')}>
          <option value="on">{t('waves.panel.presenceOn')}</option>
          <option value="off">{t('waves.panel.presenceOff')}</option>
        </select>
        <select value={waveId ?? ''} onChange={(e) => setWave(e.target.value)} aria-label={t('waves.panel.presenceWave')}>
          {data.waves.map((w) => (
            <option key={w.id} value={w.id}>
              {w.label}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!command || changes === 0}>
          {t('waves.panel.presenceApply')}
        </button>
      </div>
      {command && (
        <p className="muted small" data-testid="presence-preview">
          {t('waves.panel.presenceWhat', { organisation: orgLabel, count: command.members })}{' '}
          {t('waves.panel.presenceChanges', { count: changes })}
        </p>
      )}
    </form>
  );
}

function RemoveWaveDialog({ data, wave, onConfirm, onDone }: { data: ProjectData; wave: Wave; onConfirm: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const only = useMemo(() => onlyInWave(data, wave.id), [data, wave.id]);
  const total = only.actors + only.ties + only.memberships + only.forums;
  const parts = (['actors', 'ties', 'memberships', 'forums'] as const).filter((k) => only[k] > 0).map((k) => t(`waves.panel.onlyCounts.${k}`, { count: only[k] }));
  return (
    <ConfirmDialog title={t('waves.panel.removeTitle', { label: wave.label })} confirmLabel={t('waves.panel.removeConfirm')} onConfirm={onConfirm} onCancel={onDone}>
      <p data-testid="remove-wave-only">
        {total === 0 ? t('waves.panel.removeNone', { label: wave.label }) : t('waves.panel.removeOnly', { count: total, label: wave.label, list: parts.join(', ') })}
      </p>
      <p className="muted">{t('waves.panel.removeUndo')}</p>
    </ConfirmDialog>
  );
}
