/** What the export status says about an outcome: i18next keys (namespace 'export') with their values. */
import { localeOf } from '../../app/locale';
import type { Truncation } from '../../core/export/data-rows';
import type { Lang } from '../../core/questionnaire/model';
import { formatBytes } from '../../ui/format-bytes';
import type { ExportOutcome } from './export-responses';

export type ExportStringKey = 'working' | 'done' | 'unweighted' | 'truncated' | 'cancelled' | 'failed' | 'tooLarge' | 'notRecorded';

export interface ExportMessageLine {
  key: ExportStringKey;
  /** `count` picks the plural form; the other values fill the placeholders. */
  values?: Record<string, string | number>;
}

export interface ExportMessage {
  tone: 'info' | 'success' | 'warning' | 'error';
  lines: ExportMessageLine[];
}

/** At most this many truncated cells are named in the message; the rest are counted. */
export const MAX_LISTED_TRUNCATIONS = 5;

function truncationList(truncated: readonly Truncation[]): string {
  const listed = truncated.slice(0, MAX_LISTED_TRUNCATIONS).map((t) => `${t.key} ${t.column}`);
  if (truncated.length > MAX_LISTED_TRUNCATIONS) listed.push('…');
  return listed.join(', ');
}

/** The status for `outcome`; `'working'` while the export runs. */
export function exportMessage(outcome: ExportOutcome | 'working', lang: Lang): ExportMessage {
  const number = new Intl.NumberFormat(localeOf(lang));
  if (outcome === 'working') return { tone: 'info', lines: [{ key: 'working' }] };
  switch (outcome.kind) {
    case 'saved': {
      const done: ExportMessageLine = {
        key: 'done',
        values: { count: outcome.count, n: number.format(outcome.count), file: outcome.fileName },
      };
      const lines: ExportMessageLine[] = [done];
      if (!outcome.weighted) lines.push({ key: 'unweighted' });
      if (outcome.notRecorded) lines.push({ key: 'notRecorded', values: { message: outcome.notRecorded } });
      if (outcome.truncated.length === 0) return { tone: outcome.notRecorded ? 'warning' : 'success', lines };
      const n = outcome.truncated.length;
      lines.push({ key: 'truncated', values: { count: n, n: number.format(n), list: truncationList(outcome.truncated) } });
      return { tone: 'warning', lines };
    }
    case 'cancelled':
      return { tone: 'info', lines: [{ key: 'cancelled' }] };
    case 'too-large':
      return {
        tone: 'error',
        lines: [{ key: 'tooLarge', values: { size: formatBytes(outcome.bytes, lang), limit: formatBytes(outcome.limit, lang) } }],
      };
    case 'failed':
      return { tone: 'error', lines: [{ key: 'failed', values: { message: outcome.message } }] };
  }
}
