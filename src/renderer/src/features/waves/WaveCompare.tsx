import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WAVE_MEASURES, MEASURE_DIGITS } from '../../../../core/analysis/wave-compare-report';
import type { CollaborationChange, TieChange, WaveChange } from '../../../../core/analysis/wave-compare';
import { namesIn, word } from '../../../../core/analysis/wording';
import type { MapHighlight } from '../../../../core/drawing/overlays';
import { isUserError } from '../../../../core/errors';
import type { WaveId } from '../../../../core/ids';
import type { ProjectData } from '../../../../core/model/schema';
import { formatUserError } from '../../../../core/wording/format-error';
import { translatorOf } from '../../i18n';
import type { WavesView } from './use-waves-view';
import { highlightOfActor, highlightOfChange, highlightOfCollaboration, highlightOfTie } from './wave-model';
import { TableExport } from '../../components/TableExport';

const TONE_CLASS = { worse: 'severity severity-high', better: 'severity severity-better', neutral: 'severity severity-low' } as const;

/**
 * Two waves side by side: the headline figures of each wave's analysis and the change, what
 * changed in sentences (for the worse first), and the lists of ties, persons, collaborations and
 * key persons. Choosing an item shows it on the map, which meanwhile draws what came, went and
 * stayed.
 */
export function WaveCompare({ data, view, onHighlight, highlighted }: { data: ProjectData; view: WavesView; onHighlight: (h: MapHighlight | null) => void; highlighted: MapHighlight | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const { pair, state } = view;
  const c = state.comparison;
  const names = useMemo(() => namesIn(data, lang), [data, lang]);
  const say = useMemo(() => {
    const tr = translatorOf(i18n);
    return (w: WaveChange['message']) => word(w, names, tr);
  }, [i18n, names]);
  const format = useMemo(() => {
    const by = (digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits });
    const signed = (digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits, signDisplay: 'exceptZero' });
    const minus = (s: string) => s.replace('-', '−');
    return { value: (x: number, d: number) => minus(by(d).format(x)), change: (x: number, d: number) => minus(signed(d).format(x)) };
  }, [lang]);
  const typeLabel = useMemo(() => new Map(data.codebooks.tieTypes.map((x) => [x.key, x.label[lang]])), [data.codebooks.tieTypes, lang]);
  const directed = useMemo(() => new Set(data.ties.filter((x) => x.directed).map((x) => x.id as string)), [data.ties]);

  if (!pair)
    return (
      <section className="wave-compare">
        <h3>{t('waves.panel.compareTitle')}</h3>
        <p className="muted">{t('waves.panel.needTwo')}</p>
      </section>
    );

  const choose = (side: 0 | 1, id: string) => {
    const wave = data.waves.find((w) => w.id === id)?.id;
    if (!wave) return;
    const next: [WaveId, WaveId] = side === 0 ? [wave, pair[1]] : [pair[0], wave];
    // choosing the other side's wave swaps the two
    view.choose(next[0] === next[1] ? [pair[1], pair[0]] : next);
    onHighlight(null);
  };
  const waveSelect = (side: 0 | 1, label: string) => (
    <label className="check">
      {label}
      <select value={pair[side]} onChange={(e) => choose(side, e.target.value)}>
        {data.waves.map((w) => (
          <option key={w.id} value={w.id}>
            {w.label}
          </option>
        ))}
      </select>
    </label>
  );
  const isOn = (h: MapHighlight) => highlighted !== null && highlighted.actors.join('\u0000') === h.actors.join('\u0000') && highlighted.ties.join('\u0000') === h.ties.join('\u0000');
  const item = (key: string, h: MapHighlight, content: ReactNode) => (
    <li key={key}>
      <button type="button" className={isOn(h) ? 'link-button active' : 'link-button'} aria-pressed={isOn(h)} onClick={() => onHighlight(isOn(h) ? null : h)}>
        {content}
      </button>
    </li>
  );
  const actorName = (id: string) => names.actor(id);
  const tieText = (x: TieChange) => `${actorName(x.source)} ${directed.has(x.tie) ? '→' : '–'} ${actorName(x.target)} (${typeLabel.get(x.type) ?? x.type})`;
  const pairText = (x: CollaborationChange) => `${actorName(x.a)} – ${actorName(x.b)}`;
  const keyPersonText = (k: { person: string; collaborationsLost: readonly unknown[] }) =>
    k.collaborationsLost.length > 0 ? t('waves.panel.keyPerson', { name: actorName(k.person), count: k.collaborationsLost.length }) : actorName(k.person);
  const list = (testId: string, heading: string, items: ReactNode[]) => (
    <>
      <h4>{heading}</h4>
      {items.length === 0 ? (
        <p className="muted small">{t('analysis.none')}</p>
      ) : (
        <ul className="plain choosable" data-testid={testId}>
          {items}
        </ul>
      )}
    </>
  );

  return (
    <section className="wave-compare" aria-labelledby="waves-compare-title" data-testid="wave-compare">
      <h3 id="waves-compare-title">{t('waves.panel.compareTitle')}</h3>
      <div className="row">
        {waveSelect(0, t('waves.panel.compareA'))}
        <button type="button" className="icon" aria-label={t('waves.panel.swap')} title={t('waves.panel.swap')} onClick={() => view.choose([pair[1], pair[0]])}>
          ⇄
        </button>
        {waveSelect(1, t('waves.panel.compareB'))}
      </div>
      <p className="muted small">{t('waves.panel.mapHint')}</p>
      {state.status === 'computing' && !c && (
        <p className="muted" aria-busy="true">
          {t('waves.panel.computing')}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="field-error" role="alert">
          {t('waves.panel.failed', { message: isUserError(state.error) ? formatUserError(state.error, translatorOf(i18n), 'form') : String(state.error) })}
        </p>
      )}
      {c && (
        <div aria-busy={state.status === 'computing'}>
          <TableExport table="waveFigures" rows={WAVE_MEASURES} extra={{ comparison: c }} />
          <table className="data-table compare" data-testid="wave-figures">
            <thead>
              <tr>
                <th>{t('waves.compare.measure')}</th>
                <th className="num">{c.a.label}</th>
                <th className="num">{c.b.label}</th>
                <th className="num">{t('waves.compare.change')}</th>
              </tr>
            </thead>
            <tbody>
              {WAVE_MEASURES.map((m) => {
                const [x, y] = [c.a[m], c.b[m]];
                const d = MEASURE_DIGITS[m];
                const change = x !== null && y !== null && Number((y - x).toFixed(d)) !== 0 ? y - x : null;
                return (
                  <tr key={m} data-measure={m} className={change !== null ? 'changed' : undefined}>
                    <td>{t(`waves.measures.${m}`)}</td>
                    <td className="num">{x === null ? '–' : format.value(x, d)}</td>
                    <td className="num">{y === null ? '–' : format.value(y, d)}</td>
                    <td className="num">{change === null ? '' : format.change(change, d)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <h4>{t('waves.compare.changes', { count: c.findings.length })}</h4>
          {c.findings.length === 0 ? (
            <p className="muted small">{t('waves.panel.noChanges')}</p>
          ) : (
            <ol className="finding-list wave-changes" data-testid="wave-changes">
              {c.findings.map((f, i) => {
                const h = highlightOfChange(f);
                const on = isOn(h);
                return (
                  <li key={`${f.kind}-${String(i)}`} className={on ? 'finding active' : 'finding'}>
                    <button type="button" className="finding-button" aria-pressed={on} onClick={() => onHighlight(on ? null : h)}>
                      <span className={TONE_CLASS[f.tone]}>{t(`waves.tone.${f.tone}`)}</span>
                      <span className="finding-message">{say(f.message)}</span>
                    </button>
                    {on && f.recommendation && (
                      <p className="finding-recommendation">
                        <strong>{t('ui.recommendation')}:</strong> {say(f.recommendation)}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          )}

          {list('ties-gained', t('waves.compare.tiesGained', { count: c.ties.gained.length }), c.ties.gained.map((x) => item(x.tie, highlightOfTie(x), tieText(x))))}
          {list('ties-lost', t('waves.compare.tiesLost', { count: c.ties.lost.length }), c.ties.lost.map((x) => item(x.tie, highlightOfTie(x), tieText(x))))}
          {list('persons-joined', t('waves.compare.personsJoined', { count: c.persons.joined.length }), c.persons.joined.map((id) => item(id, highlightOfActor(id), actorName(id))))}
          {list('persons-left', t('waves.compare.personsLeft', { count: c.persons.left.length }), c.persons.left.map((id) => item(id, highlightOfActor(id), actorName(id))))}
          {(c.organisations.joined.length > 0 || c.organisations.left.length > 0) && (
            <>
              {list('organisations-joined', t('waves.compare.organisationsJoined', { count: c.organisations.joined.length }), c.organisations.joined.map((id) => item(id, highlightOfActor(id), actorName(id))))}
              {list('organisations-left', t('waves.compare.organisationsLeft', { count: c.organisations.left.length }), c.organisations.left.map((id) => item(id, highlightOfActor(id), actorName(id))))}
            </>
          )}
          {(['ended', 'weakened', 'strengthened', 'began'] as const).map((k) => (
            <div key={k}>{list(`collaborations-${k}`, t(`waves.compare.${k}`, { count: c.collaborations[k].length }), c.collaborations[k].map((x) => item(`${x.a}\u0000${x.b}`, highlightOfCollaboration(x), pairText(x))))}</div>
          ))}
          <div className="key-persons-then-now">
            <div>{list('key-persons-then', t('waves.compare.keyPersonsIn', { wave: c.a.label }), c.keyPersons.then.map((k) => item(k.person, highlightOfActor(k.person), keyPersonText(k))))}</div>
            <div>{list('key-persons-now', t('waves.compare.keyPersonsIn', { wave: c.b.label }), c.keyPersons.now.map((k) => item(k.person, highlightOfActor(k.person), keyPersonText(k))))}</div>
          </div>
        </div>
      )}
    </section>
  );
}
