/**
 * The standalone audit export over a real store (fake IndexedDB): the workbook holds every entry and
 * the chain heads it was taken at, the export is recorded with those heads (so a later rewrite of
 * the log is caught), and whoever may not export the log is refused with nothing saved or recorded.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { headsIn } from '../../../renderer/src/core/audit/recorded-heads';
import { ok, type Result } from '../../../renderer/src/core/result';
import type { Profile } from '../../../renderer/src/db/records';
import { StoreReader } from '../../../renderer/src/db/store-reader';
import { exportAuditLog } from '../../../renderer/src/features/audit/export-audit-log';
import type { SavedFile } from '../../../renderer/src/host/host';
import { anna, carl, dora } from '../db/db-test-support';
import { responseFixture, type ResponseFixture } from '../db/response-fixture';

let f: ResponseFixture;
beforeEach(async () => {
  f = await responseFixture();
  const r = await f.responses.create(anna, f.q);
  await f.responses.commitAnswer(anna, r.id, 'workplace_name', '=HYPERLINK("http://evil")');
  await f.responses.commitAnswer(anna, r.id, 'employees', 12);
});
afterEach(() => f.db.close());

const now = new Date(2026, 10, 27, 3, 5);

function hostSaving(answer: (name: string) => Result<SavedFile> = (name) => ok({ saved: true, fileName: name })) {
  const saved: { name: string; data: Uint8Array }[] = [];
  return {
    saved,
    host: {
      saveFile: async (name: string, _kind: string, data: Uint8Array) => {
        saved.push({ name, data });
        return answer(name);
      },
    },
  };
}

const run = (profile: Profile, host: ReturnType<typeof hostSaving>['host']) =>
  exportAuditLog({ store: new StoreReader(f.db), audit: f.audit, host, profile, lang: 'da', appVersion: '0.1.0', now });

const sheet = (data: Uint8Array | undefined, name: string) => {
  const book = XLSX.read(data, { type: 'array' });
  return { names: book.SheetNames, rows: XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[name] as XLSX.WorkSheet) };
};

describe('the standalone audit export', () => {
  it('an auditor saves every entry with the chain head it was taken at, and the export is recorded with that head', async () => {
    const before = await f.audit.all();
    const headsBefore = await f.audit.heads();
    const { host, saved } = hostSaving();
    const outcome = await run(dora, host);

    expect(outcome).toEqual({ kind: 'saved', entries: before.length, fileName: 'revisionslog-2026-11-27T0305.xlsx', heads: headsBefore });
    const audit = sheet(saved[0]?.data, 'Audit');
    expect(audit.names).toEqual(['Audit', 'Audit chain heads', 'About']);
    expect(audit.rows.map((r) => r.hash)).toEqual(before.map((e) => e.hash));
    // Formula-like text is neutralised: it stays text wherever the cell travels.
    expect(audit.rows.find((r) => r.field === 'workplace_name')?.new).toBe('\'=HYPERLINK("http://evil")');
    const heads = sheet(saved[0]?.data, 'Audit chain heads').rows;
    expect(heads).toEqual([{ device: headsBefore[0]?.deviceId, deviceSeq: headsBefore[0]?.deviceSeq, hash: headsBefore[0]?.hash, takenAt: now.toISOString() }]);

    const after = await f.audit.all();
    const recorded = after[after.length - 1];
    expect(recorded).toMatchObject({ action: 'export', actorId: dora.id, actorRole: 'auditor' });
    expect(recorded?.details).toMatchObject({ kind: 'audit', fileName: 'revisionslog-2026-11-27T0305.xlsx', rows: before.length });
    expect(headsIn(recorded?.details ?? null)).toEqual(headsBefore);
    expect((await f.audit.verify()).ok).toBe(true);
  });

  it('the head the export recorded later catches a rewritten head entry', async () => {
    const { host } = hostSaving();
    await run(carl, host);
    const exported = (await f.audit.all()).find((e) => e.action === 'answer' && e.field === 'employees');
    // The exported head itself replaced: besides the broken chain, the head the export recorded is no longer in the log.
    await f.db.audit.update(exported?.seq ?? 0, { hash: 'f'.repeat(64) });
    const report = await f.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.chains.heads.some((h) => h.status === 'mismatch')).toBe(true);
  });

  it('a surveyor is refused with a message; nothing is saved or recorded', async () => {
    const count = await f.audit.count();
    const { host, saved } = hostSaving();
    const outcome = await run(anna, host);
    expect(outcome).toEqual({ kind: 'refused', message: 'Kun en revisor eller en koordinator kan gøre dette.' });
    expect(saved).toEqual([]);
    expect(await f.audit.count()).toBe(count);
  });

  it('a cancelled save records nothing', async () => {
    const count = await f.audit.count();
    const { host } = hostSaving(() => ok({ saved: false }));
    expect(await run(carl, host)).toEqual({ kind: 'cancelled' });
    expect(await f.audit.count()).toBe(count);
  });
});
