import { build } from 'vite';

/**
 * A production build from inside a test run. Vitest sets NODE_ENV=test, which Vite would carry into
 * the bundle (React's development build, StrictMode's double effects): set it for the build only.
 */
export async function buildForProduction(configFile: string): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = before;
  }
}
