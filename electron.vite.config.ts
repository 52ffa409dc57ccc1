import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      // the CLI is built beside the main process, so `brobygger` runs without TypeScript tooling
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/cli/index.ts'),
          // threads of the analysis, loaded by path (engine/parallel-paths.ts)
          'path-worker': resolve('src/main/engine/path-worker.ts'),
          'analysis-worker': resolve('src/main/engine/analysis-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file; it only imports electron.
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    build: {
      // BROBYGGER_NO_MINIFY=1 keeps function names readable in a CPU profile of the renderer
      minify: !process.env['BROBYGGER_NO_MINIFY'],
      sourcemap: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
