import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer alone, for a plain browser (`npm run web`, browser tests, benchmarks).
// It serves the same build output that Electron loads through app://.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, 'out/renderer'), emptyOutDir: true },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 5199, strictPort: false },
  server: { host: '127.0.0.1', port: 5198 },
});
