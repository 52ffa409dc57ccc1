import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import type { Translator } from '../core/i18n/catalogue';
import { duplicateRows, type DuplicateScope, type DuplicateSide } from '../core/matching';
import { listOf } from '../core/model/erasure';
import { mergeInputOf, mergeParts, planMerge } from '../core/model/merge';
import { ProjectStore } from '../main/engine/project-store';
import type { CliIo } from './program';

/**
 * `brobygger duplicates` (the pairs of actors that may be one, as the app's dialog lists them)
 * and `brobygger merge` (one into the other, one undoable step, by the rules of
 * src/core/model/merge.ts).
 */
export function addMergeCommands(program: Command, tr: Translator, io: CliIo): void {
  program
    .command('duplicates')
    .description(tr.t('merge.cli.cmdDuplicates'))
    .argument('<file>', tr.t('cli.argFile'))
    .addOption(new Option('--only <which>', tr.t('merge.cli.optOnly')).choices(['persons', 'organisations']))
    .option('--json', tr.t('cli.optJson'))
    .action((file: string, opts: { only?: 'persons' | 'organisations'; json?: boolean }) => {
      // read-only: listing changes no byte of the file
      const store = ProjectStore.open(file, { readonly: true });
      const scope: DuplicateScope = opts.only ?? 'all';
      let rows;
      try {
        rows = duplicateRows(store.read(), scope);
      } finally {
        store.close();
      }
      if (opts.json) {
        io.out(`${JSON.stringify(rows.map((r) => ({ ...r, likeness: tr.t(r.likeness) })), null, 2)}\n`);
        return;
      }
      const path = resolve(file);
      if (rows.length === 0) {
        io.out(`${tr.t('merge.cli.noPairs', { file: path })}\n`);
        return;
      }
      const side = (s: DuplicateSide) => {
        const about = [tr.t(`kinds.${s.kind}`), ...s.organisations];
        const uses = [tr.t('merge.dialog.ties', { count: s.uses.ties }), tr.t(s.kind === 'person' ? 'merge.dialog.memberships' : 'merge.dialog.members', { count: s.uses.memberships }), tr.t('merge.dialog.seats', { count: s.uses.seats })];
        return `    ${s.label} (${s.id}): ${[...about, ...uses].join(' · ')}`;
      };
      const lines = [tr.t('merge.cli.pairs', { count: rows.length, file: path })];
      for (const r of rows) {
        const drop = r.ids[0] === r.keep ? r.ids[1] : r.ids[0];
        lines.push('', `  ${r.score.toLocaleString(tr.lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}  ${tr.t(r.likeness)}`, ...r.sides.map(side), `    brobygger merge "${file}" "${r.keep}" "${drop}"`);
      }
      io.out(`${lines.join('\n')}\n`);
    });

  program
    .command('merge')
    .description(tr.t('merge.cli.cmdMerge'))
    .argument('<file>', tr.t('cli.argFile'))
    .argument('<keep>', tr.t('merge.cli.argKeep'))
    .argument('<drop>', tr.t('merge.cli.argDrop'))
    .action((file: string, keep: string, drop: string) => {
      const store = ProjectStore.open(file, {});
      try {
        const before = store.read();
        // what the merge does, worked out as the engine will; a refused merge never gets here
        const input = mergeInputOf(before, keep, drop);
        store.apply({ type: 'actor.merge', keep, drop });
        const parts = input ? mergeParts(planMerge(input)).map((p) => tr.t(p.key, p.params)) : [];
        const params = {
          keep: input?.keep.label ?? keep,
          drop: input?.drop.label ?? drop,
          keepId: keep,
          dropId: drop,
          file: resolve(file),
        };
        io.out(`${parts.length > 0 ? tr.t('merge.cli.merged', { ...params, list: listOf(parts, tr.lang) }) : tr.t('merge.cli.mergedNothing', params)}\n`);
      } finally {
        store.close();
      }
    });
}
