import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { rendererCodeSplitting } from '../build/renderer-chunks';

const root = resolve(import.meta.dirname, '..');

// One origin for the real app and the benchmark page, so both see the same IndexedDB.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  publicDir: resolve(root, 'renderer/public'),
  build: {
    // BENCH_OUT_DIR: a second bench run from the same checkout builds apart, not over the first's files.
    outDir: process.env.BENCH_OUT_DIR ?? resolve(root, 'out/bench'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        app: resolve(root, 'renderer/index.html'),
        bench: resolve(root, 'bench/browser/index.html'),
      },
      // The app's chunks as it ships them (the first-screen figure measures what ships).
      output: { codeSplitting: rendererCodeSplitting() },
    },
  },
  worker: { format: 'es' },
});
