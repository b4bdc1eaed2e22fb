/**
 * zod otherwise probes `new Function` on first use, which the CSP (script-src 'self') refuses and
 * reports as a violation; the probe only picks a faster path. Imported FIRST by every entry (the
 * window's and each Worker's): ES modules run their imports in order, so this runs before any module
 * that builds or uses a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
