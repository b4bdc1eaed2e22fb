import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { buildForProduction } from './support/build-renderer';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

/**
 * Builds the real renderer (the same output Electron loads through app://) and serves it on
 * 127.0.0.1, so browser tests always drive the current code.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configFile = resolve(import.meta.dirname, '../../vite.web.config.ts');
  await buildForProduction(configFile);
  server = await preview({ configFile, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('The preview server did not report its address.');
  project.provide('baseURL', address);
  return async () => {
    await server?.close();
  };
}
