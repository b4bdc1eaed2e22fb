/**
 * What a verification report says, as the screen words it: green or red, the headline naming the
 * first thing that breaks integrity (a chain break, else a recorded head, else a response that no
 * longer matches its history), and the details below it.
 */
import type { ParseKeys } from 'i18next';
import type { Lang, LocalText } from '../../core/questionnaire/model';
import { shortDevice } from '../../core/audit/verify-messages';
import type { IntegrityReport } from '../../db/audit-verification';

/** At most this many response mismatches are listed (all are counted in the headline's report). */
export const MAX_LISTED_MISMATCHES = 20;

export interface VerdictLine {
  key: ParseKeys<'audit'>;
  values: Record<string, string | number>;
}

export interface Verdict {
  ok: boolean;
  headline: VerdictLine;
  /** Where the first break is: the entry's local number and id. */
  entry: VerdictLine | null;
  details: VerdictLine[];
}

function firstProblem(report: IntegrityReport): LocalText | null {
  const { chains, responses } = report;
  return chains.firstBreak?.message ?? chains.heads.find((h) => h.status !== 'ok')?.message ?? responses.mismatches[0]?.message ?? null;
}

export function verdictOf(report: IntegrityReport, lang: Lang): Verdict {
  const { chains, responses } = report;
  const problem = report.ok ? null : firstProblem(report);
  const headline: VerdictLine = problem
    ? { key: 'verify.broken', values: { message: problem[lang] } }
    : {
        key: 'verify.ok',
        values: { entries: chains.entries, devices: chains.devices.length, heads: chains.heads.length, responses: responses.checked },
      };
  const ref = chains.firstBreak?.entry;
  const entry: VerdictLine | null = ref ? { key: 'verify.entryRef', values: { seq: ref.seq ?? '?', id: ref.id ?? '?' } } : null;
  const details: VerdictLine[] = [
    ...chains.devices.map((d): VerdictLine => ({ key: 'verify.device', values: { device: shortDevice(d.deviceId), verified: d.verified, entries: d.entries } })),
    ...chains.heads.filter((h) => h.status !== 'ok').map((h): VerdictLine => ({ key: 'verify.headsMismatch', values: { message: h.message[lang] } })),
    ...responses.mismatches.slice(0, MAX_LISTED_MISMATCHES).map((m): VerdictLine => ({ key: 'verify.responseMismatch', values: { message: m.message[lang] } })),
    ...(responses.withoutHistory > 0 ? [{ key: 'verify.withoutHistory', values: { n: responses.withoutHistory } } satisfies VerdictLine] : []),
    ...(responses.inConflict > 0 ? [{ key: 'verify.inConflict', values: { n: responses.inConflict } } satisfies VerdictLine] : []),
  ];
  return { ok: report.ok && problem === null, headline, entry, details };
}
