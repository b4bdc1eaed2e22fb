import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './support/build-renderer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Builds the real renderer (the same output Electron loads through app://) and serves it on
 * 127.0.0.1, so browser tests always drive the current code.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await buildAndServe(resolve(import.meta.dirname, '../../vite.web.config.ts'));
  project.provide('baseURL', served.url);
  return served.stop;
}
