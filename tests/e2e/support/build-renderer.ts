import { build, preview } from 'vite';

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

/** Builds for production and serves the output on 127.0.0.1 (a free port); returns its URL and a stop function. */
export async function buildAndServe(configFile: string): Promise<{ url: string; stop(): Promise<void> }> {
  await buildForProduction(configFile);
  const server = await preview({ configFile, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, stop: () => server.close() };
}
