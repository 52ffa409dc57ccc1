import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Translator } from '../core/i18n/catalogue';
import { ProjectStore } from '../main/engine/project-store';
import { dateOption } from './date-option';
import type { CliIo } from './program';

interface SlidesFlags {
  to: string;
  views?: string;
  pseudonymise?: boolean;
  date?: string;
}

/**
 * `brobygger slides <project> --to deck.pptx|deck.pdf [--views a,b] [--pseudonymise]`: the saved
 * views as a presentation, a slide each, without the app. The language is the CLI's (`--lang`).
 */
export function addSlidesCommand(program: Command, tr: Translator, io: CliIo): void {
  program
    .command('slides')
    .description(tr.t('views.cli.slidesDescription'))
    .argument('<file>', tr.t('cli.argFile'))
    .requiredOption('--to <path>', tr.t('views.cli.toOption'))
    .option('--views <names>', tr.t('views.cli.viewsOption'))
    .option('--pseudonymise', tr.t('exchange.cli.optPseudonymise'))
    .option('--date <YYYY-MM-DD>')
    .action(async (file: string, opts: SlidesFlags) => {
      // the deck writers (pptxgenjs, pdfkit, fonts) load only for this command
      const date = dateOption(opts.date);
      const { writeDeck } = await import('../main/engine/deck-file');
      const store = ProjectStore.open(file, { readonly: true });
      try {
        const data = store.read();
        const views = opts.views?.split(',').map((v) => v.trim()).filter(Boolean);
        const out = await writeDeck(data, {
          file: resolve(opts.to),
          t: tr,
          date,
          ...(views ? { views } : {}),
          pseudonyms: opts.pseudonymise ? store.pseudonyms() : null,
        });
        io.out(`${tr.t('views.cli.written', { count: out.slides, file: out.file })}\n`);
      } finally {
        store.close();
      }
    });
}
