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
import type { StoreReader } from '../../db/store-reader';
import type { Profile } from '../../db/records';
import type { Host } from '../../host/host';
import { makeAuditFile } from './audit-file';
import { errorText } from '../../ui/error-text';
import { saveRecordedExport } from '../../ui/save-recorded-export';

export interface AuditExportDeps {
  store: Pick<StoreReader, 'name' | 'auditEntries'>;
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
    const book = await makeAuditFile(deps.store, { exportedAt: now, exportedBy, appVersion: deps.appVersion, lang });
    const saved = await saveRecordedExport(host, suggestedAuditFileName(now), book.bytes, lang, (fileName) =>
      audit.recordExport(profile, { kind: 'audit', fileName, rows: book.entries, sheets: book.sheetNames, chainHeads: book.heads }),
    );
    if (saved.kind !== 'saved') return saved;
    return { ...saved, entries: book.entries, heads: book.heads };
  } catch (e) {
    return { kind: 'failed', message: errorText(e, lang) };
  }
}
