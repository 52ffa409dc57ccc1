import type { Translator } from '../core/i18n/catalogue';
import type { ProjectSummary } from '../core/model/summary';

/** `brobygger info --json` prints exactly this; its keys are documented in the README. */
export interface InfoReport extends ProjectSummary {
  file: string;
  formatVersion: number;
  history: { undoCount: number; redoCount: number };
}

function table(rows: ReadonlyArray<readonly [string, string | number]>): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${String(value).padStart(5)}`);
}

export function formatInfo(r: InfoReport, tr: Translator): string {
  const c = r.counts;
  const lines = [
    `${tr.t('cli.project')}: ${r.name}`,
    `${tr.t('cli.file')}: ${r.file} (${tr.t('cli.formatVersion').toLowerCase()} ${r.formatVersion})`,
    '',
    `${tr.t('cli.counts')}:`,
    ...table([
      [tr.t('counts.persons'), c.persons],
      [tr.t('counts.organisations'), c.organisations],
      [tr.t('counts.departments'), c.departments],
      [tr.t('counts.memberships'), c.memberships],
      [tr.t('counts.ties'), c.ties],
      [tr.t('counts.forums'), c.forums],
      [tr.t('counts.seats'), c.seats],
      [tr.t('counts.waves'), c.waves],
      [tr.t('activities.count'), c.activities],
    ]),
    '',
    `${tr.t('cli.bySector')}:`,
    ...table(r.bySector.map((s) => [s.sector === null ? tr.t('cli.noSector') : s.label, s.actors])),
    '',
    `${tr.t('cli.byTieType')}:`,
    ...table(r.byTieType.map((t) => [t.label, t.ties])),
    '',
    `${tr.t('cli.byForum')}:`,
    ...(r.byForum.length ? table(r.byForum.map((f) => [f.label, f.seats])) : [`  ${tr.t('cli.none')}`]),
    '',
    `${tr.t('activities.cli.byTargetGroup')}:`,
    ...(c.activities ? table(r.byTargetGroup.filter((g) => g.activities > 0).map((g) => [g.label, g.activities])) : [`  ${tr.t('cli.none')}`]),
    '',
    `${tr.t('cli.byWave')}:`,
    ...(r.byWave.length
      ? r.byWave.map((w) => `  ${tr.t('cli.waveLine', { ...w })}`)
      : [`  ${tr.t('cli.none')}`]),
    '',
    tr.t('cli.history', { undo: r.history.undoCount, redo: r.history.redoCount }),
  ];
  return `${lines.join('\n')}\n`;
}
