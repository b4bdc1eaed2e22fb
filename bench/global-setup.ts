import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe } from '../tests/e2e/support/build-renderer';

declare module 'vitest' {
  export interface ProvidedContext {
    benchURL: string;
  }
}

/** The app and the benchmark page, built for production and served from one origin. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await buildAndServe(resolve(import.meta.dirname, 'vite.bench.config.ts'));
  project.provide('benchURL', served.url);
  return served.stop;
}
