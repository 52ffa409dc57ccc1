import type { Command } from 'commander';
import { resolve } from 'node:path';
import { UserError } from '../core/errors';
import type { Translator } from '../core/i18n/catalogue';
import { ProjectStore } from '../main/engine/project-store';
import { dateOption } from './date-option';
import type { CliIo } from './program';

interface RenderFlags {
  to: string;
  view?: string;
  width?: string;
  scale?: string;
  pseudonymise?: boolean;
  transparent?: boolean;
  date?: string;
}

const number = (value: string | undefined, name: string, key: 'render.errors.width' | 'render.errors.scale'): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UserError('invalid', key, { value, min: 320, max: 8000, name });
  return n;
};

/**
 * `brobygger render <project> [--view NAME] --to map.svg|map.png|map.pdf [--width W] [--scale S]
 * [--pseudonymise] [--transparent]`: an image of the map with its legend, title and source line,
 * drawn as the app draws it. The language is the CLI's (`--lang`).
 */
export function addRenderCommand(program: Command, tr: Translator, io: CliIo): void {
  program
    .command('render')
    .description(tr.t('render.cli.description'))
    .argument('<file>', tr.t('cli.argFile'))
    .requiredOption('--to <path>', tr.t('render.cli.toOption'))
    .option('--view <name>', tr.t('render.cli.viewOption'))
    .option('--width <points>', tr.t('render.cli.widthOption'))
    .option('--scale <factor>', tr.t('render.cli.scaleOption'))
    .option('--pseudonymise', tr.t('exchange.cli.optPseudonymise'))
    .option('--transparent', tr.t('render.cli.transparentOption'))
    .option('--date <YYYY-MM-DD>')
    .action(async (file: string, opts: RenderFlags) => {
      const date = dateOption(opts.date);
      // the image writers (resvg, pdfkit, fonts) load only for this command
      const { renderFormatOf, writeRender } = await import('../main/engine/render-view');
      const to = resolve(opts.to);
      // a wrong extension is told before the project is opened
      renderFormatOf(to);
      const width = number(opts.width, '--width', 'render.errors.width');
      const scale = number(opts.scale, '--scale', 'render.errors.scale');
      const store = ProjectStore.open(file, { readonly: true });
      try {
        const data = store.read();
        const out = await writeRender(data, to, {
          t: tr,
          date,
          view: opts.view ?? null,
          ...(width !== undefined ? { width } : {}),
          ...(scale !== undefined ? { scale } : {}),
          pseudonyms: opts.pseudonymise ? store.pseudonyms() : null,
          transparent: opts.transparent ?? false,
        });
        io.out(`${tr.t('render.cli.written', { file: out.file })}\n`);
      } finally {
        store.close();
      }
    });
}
