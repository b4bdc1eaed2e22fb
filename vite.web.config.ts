import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { buildDefines, buildInfo } from './build/build-info';
import { rendererCodeSplitting } from './build/renderer-chunks';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

// The renderer alone, for a plain browser (`npm run web`, browser tests, benchmarks).
// It serves the same build output that Electron loads through app://.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  // Version and build date for About, as in the Electron build.
  define: buildDefines(buildInfo(pkg.version, process.env)),
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: rendererCodeSplitting() } },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 5199, strictPort: false },
  server: { host: '127.0.0.1', port: 5198 },
});
