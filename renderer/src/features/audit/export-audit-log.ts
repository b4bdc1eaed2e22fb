/**
 * The standalone audit export without React: refuse who may not, have the Worker read the whole
 * log and write the workbook with the chain heads it was taken at, let the host save it, then
 * record the export (with those heads) in the log itself, so "Verify integrity" later checks that
 * the log still holds them.
 */
import type { ChainHead } from '../../core/audit/audit-entry';
import { suggestedAuditFileName } from '../../core/export/file-names';
import { can } from '../../core/permissions/permissions';
import type { Lang } from '../../core/questionnaire/model';
import type { AuditRepository } from '../../db/audit-repository';
import type { BarometerDb } from '../../db/database';
import type { Profile } from '../../db/records';
import type { Host } from '../../host/host';
import { makeAuditFile } from './audit-file';
import { errorText } from './error-text';

export interface AuditExportDeps {
  db: BarometerDb;
  audit: Pick<AuditRepository, 'recordExport'>;
  host: Pick<Host, 'saveFile'>;
  profile: Profile;
  lang: Lang;
  appVersion: string;
  now?: Date;
}

export type AuditExportOutcome =
  | { kind: 'saved'; entries: number; fileName: string; heads: ChainHead[]; notRecorded?: string }
  | { kind: 'cancelled' }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

export async function exportAuditLog(deps: AuditExportDeps): Promise<AuditExportOutcome> {
  const { audit, host, profile, lang } = deps;
  const decision = can(profile.role, 'export-audit');
  if (!decision.allowed) return { kind: 'refused', message: decision.message[lang] };
  try {
    const now = deps.now ?? new Date();
    const exportedBy = `${profile.name} (${profile.initials})`;
    const book = await makeAuditFile(deps.db, { exportedAt: now, exportedBy, appVersion: deps.appVersion, lang });
    const suggested = suggestedAuditFileName(now);
    const saved = await host.saveFile(suggested, 'xlsx', book.bytes);
    if (!saved.ok) return { kind: 'failed', message: saved.error };
    if (!saved.value.saved) return { kind: 'cancelled' };
    const fileName = saved.value.fileName ?? suggested;
    const outcome: AuditExportOutcome = { kind: 'saved', entries: book.entries, fileName, heads: book.heads };
    try {
      await audit.recordExport(profile, { kind: 'audit', fileName, rows: book.entries, sheets: book.sheetNames, chainHeads: book.heads });
    } catch (e) {
      return { ...outcome, notRecorded: errorText(e, lang) };
    }
    return outcome;
  } catch (e) {
    return { kind: 'failed', message: errorText(e, lang) };
  }
}
