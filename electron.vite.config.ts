import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { buildDefines, buildInfo } from './build/build-info';
import { rendererCodeSplitting } from './build/renderer-chunks';

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };
// Version and build date for About (renderer) and app:info (main).
const define = buildDefines(buildInfo(pkg.version, process.env));

// Top-level main/, preload/ and renderer/ folders, as the project layout asks.
export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      // Bundle zod and anything else main imports: the installers ship no node_modules at all.
      externalizeDeps: false,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(__dirname, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      sourcemap: false,
      // A sandboxed preload cannot be an ES module: emit CommonJS (index.cjs).
      lib: { entry: resolve(__dirname, 'preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { input: { index: resolve(__dirname, 'preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    define,
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      sourcemap: false,
      // electron-vite leaves the renderer unminified by default: minified, as the browser build is,
      // the first screen has half the code to compile.
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        output: { codeSplitting: rendererCodeSplitting() },
      },
    },
    worker: { format: 'es' },
  },
});
