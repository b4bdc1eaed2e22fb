/**
 * The data-quality report as a sheet (xlsx through the host), recorded in the audit log once saved.
 * A review export: coordinators and auditors (the store refuses anyone else).
 */
import { suggestedQualityFileName } from '../../core/export/file-names';
import { can } from '../../core/permissions/permissions';
import type { Finding } from '../../core/quality/finding';
import { QUALITY_COLUMNS, QUALITY_SHEET_NAME, qualityRows } from '../../core/quality/quality-rows';
import type { HeldEditions } from '../../core/editions/own-edition';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import type { AuditRepository } from '../../db/audit-repository';
import type { Profile } from '../../db/records';
import type { Host } from '../../host/host';
import { errorText } from '../../ui/error-text';
import { saveRecordedExport } from '../../ui/save-recorded-export';

export interface QualityExportDeps {
  audit: Pick<AuditRepository, 'recordExport'>;
  host: Pick<Host, 'saveFile'>;
  profile: Profile;
  questionnaire: Questionnaire;
  /** The editions held: a finding's question is worded in its response's own edition. */
  questionnaires?: { catalog: HeldEditions };
  lang: Lang;
  now?: Date;
}

export type QualityExportOutcome =
  | { kind: 'saved'; findings: number; fileName: string; notRecorded?: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export async function exportQualityReport(findings: readonly Finding[], deps: QualityExportDeps): Promise<QualityExportOutcome> {
  const { profile, lang } = deps;
  const decision = can(profile.role, 'export-audit');
  if (!decision.allowed) return { kind: 'failed', message: decision.message[lang] };
  try {
    const now = deps.now ?? new Date();
    const rows = [[...QUALITY_COLUMNS], ...qualityRows(findings, deps.questionnaire, lang, (id, version) => deps.questionnaires?.catalog.get(id, version))];
    // The xlsx writer is loaded on first use, not with the app's first screen.
    const { writeXlsx } = await import('../../core/export/xlsx-writer');
    const bytes = await writeXlsx([{ name: QUALITY_SHEET_NAME, rows }], now);
    const saved = await saveRecordedExport(deps.host, suggestedQualityFileName(now), bytes, lang, (fileName) =>
      deps.audit.recordExport(profile, { kind: 'quality', fileName, rows: findings.length, sheets: [QUALITY_SHEET_NAME] }),
    );
    return saved.kind === 'saved' ? { ...saved, findings: findings.length } : saved;
  } catch (e) {
    return { kind: 'failed', message: errorText(e, lang) };
  }
}
