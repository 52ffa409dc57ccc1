import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Translator } from '../core/i18n/catalogue';
import { ProjectStore } from '../main/engine/project-store';
import { dateOption } from './date-option';
import type { CliIo } from './program';

interface ReportFlags {
  to: string;
  views?: string;
  pseudonymise?: boolean;
  date?: string;
}

/**
 * `brobygger report <project> --to rapport.pdf|rapport.docx [--lang da|en] [--pseudonymise]
 * [--views a,b]`: the steering-group report without the app, in the CLI's language (`--lang`).
 */
export function addReportCommand(program: Command, tr: Translator, io: CliIo): void {
  program
    .command('report')
    .description(tr.t('report.cli.description'))
    .argument('<file>', tr.t('cli.argFile'))
    .requiredOption('--to <path>', tr.t('report.cli.toOption'))
    .option('--views <names>', tr.t('report.cli.viewsOption'))
    .option('--pseudonymise', tr.t('exchange.cli.optPseudonymise'))
    .option('--date <YYYY-MM-DD>')
    .action(async (file: string, opts: ReportFlags) => {
      // the writers (pdfkit, docx, fonts) load only for this command, so every other command starts as fast as before
      const date = dateOption(opts.date);
      const { reportFormatOf, writeReport } = await import('../main/engine/report-file');
      const to = resolve(opts.to);
      // the file's kind is checked before the project is read and analysed
      reportFormatOf(to);
      const store = ProjectStore.open(file, { readonly: true });
      try {
        const data = store.read();
        const views = opts.views?.split(',').map((v) => v.trim()).filter(Boolean);
        const out = await writeReport(data, {
          file: to,
          t: tr,
          date,
          ...(views ? { views } : {}),
          pseudonyms: opts.pseudonymise ? store.pseudonyms() : null,
        });
        io.out(`${out.pages === null ? tr.t('report.cli.writtenDocx', { file: out.file }) : tr.t('report.cli.written', { count: out.pages, file: out.file })}\n`);
      } finally {
        store.close();
      }
    });
}
