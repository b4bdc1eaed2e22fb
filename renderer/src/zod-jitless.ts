/**
 * zod otherwise probes `new Function` as each object schema is built (to pick a faster path); the
 * CSP (script-src 'self') refuses it and Chromium reports a violation. Schemas are built when their
 * modules load, so this must run before any of them: main.tsx imports it first.
 */
import { z } from 'zod';

z.config({ jitless: true });
