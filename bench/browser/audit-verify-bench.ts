/**
 * Audit verification benchmark (bench/audit-verify.bench-run.ts): 100,000 chained entries written
 * into the app's store as devices would write them, then "Verify integrity" through the app's own
 * path (the Worker opens the store, reads the log and the responses, hashes with WebCrypto).
 */
import { GENESIS_HASH, type AuditEntry } from '../../renderer/src/core/audit/audit-entry';
import { hashInput, sealEntry, sha256Hex } from '../../renderer/src/core/audit/entry-hash';
import { verifyInWorker } from '../../renderer/src/db/audit-verify-client';
import { openBarometerDb } from '../../renderer/src/db/database';
import { deleteDatabase } from './delete-database';

const DB_NAME = 'bench-audit';
const RESPONSES = 1_000;
const CHUNK = 5_000;

/** The i-th entry of a device's chain: a create for each of 1,000 responses, then answers to them. */
function draft(deviceId: string, i: number): Omit<AuditEntry, 'prevHash' | 'hash'> {
  const r = i % RESPONSES;
  const create = i < RESPONSES;
  return {
    id: crypto.randomUUID(),
    deviceId,
    deviceSeq: i + 1,
    at: new Date(Date.UTC(2026, 0, 1) + i * 1_000).toISOString(),
    actorId: 'profile-bench',
    actorName: 'Bench Surveyor',
    actorInitials: 'BS',
    actorRole: 'surveyor',
    action: create ? 'create' : 'answer',
    responseId: `00000000-0000-4000-8000-${String(r).padStart(12, '0')}`,
    responseKey: `B${String(r).padStart(7, '0')}`,
    field: create ? null : i % 2 === 0 ? 'n_employees' : 'workplace_name',
    oldValue: null,
    newValue: create ? null : i % 2 === 0 ? i : `Arbejdsplads ${i}`,
    reason: null,
    details: null,
  };
}

/**
 * Writes `count` entries split over `devices` chains, a chunk at a time (so a million entries never
 * sit in this page at once); returns the time to generate (hash) and to store them.
 */
async function seedAudit(count: number, devices: number): Promise<{ generateMs: number; storeMs: number }> {
  await deleteDatabase(DB_NAME);
  const db = await openBarometerDb(DB_NAME);
  const chains = Array.from({ length: devices }, (_, d) => ({ id: `${d}`.padStart(8, 'd') + '-0000-4000-8000-000000000000', prev: GENESIS_HASH, n: 0 }));
  let generateMs = 0;
  let storeMs = 0;
  for (let start = 0; start < count; start += CHUNK) {
    const t0 = performance.now();
    const entries: AuditEntry[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const chain = chains[i % devices] as (typeof chains)[number];
      const entry = sealEntry(draft(chain.id, chain.n), chain.prev);
      chain.prev = entry.hash;
      chain.n += 1;
      entries.push(entry);
    }
    const t1 = performance.now();
    await db.audit.bulkAdd(entries);
    storeMs += performance.now() - t1;
    generateMs += t1 - t0;
  }
  db.close();
  return { generateMs, storeMs };
}

/**
 * "Verify integrity" through its Worker, as the audit screen runs it (`hashApart`: a second Worker
 * hashes instead).
 */
async function verifyAudit(hashApart = false) {
  const db = await openBarometerDb(DB_NAME);
  const t0 = performance.now();
  const report = await verifyInWorker(db, [], { hashApart });
  const totalMs = performance.now() - t0;
  db.close();
  return { totalMs, ok: report.ok, entries: report.chains.entries, devices: report.chains.devices.length, workerMs: report.ms, timings: report.timings, checked: report.responses.checked };
}

/** Where verification's time goes, on this thread: reading the log, writing the texts, hashing them two ways. */
async function diagnoseAudit() {
  const db = await openBarometerDb(DB_NAME);
  const t0 = performance.now();
  const entries = await db.audit.toArray();
  const t1 = performance.now();
  const texts = entries.map(hashInput);
  const t2 = performance.now();
  for (const text of texts) sha256Hex(text);
  const t3 = performance.now();
  const encoder = new TextEncoder();
  for (let i = 0; i < texts.length; i += 2_000) {
    await Promise.all(texts.slice(i, i + 2_000).map((t) => crypto.subtle.digest('SHA-256', encoder.encode(t))));
  }
  const t4 = performance.now();
  db.close();
  return { readMs: t1 - t0, textsMs: t2 - t1, nobleMs: t3 - t2, webCryptoMs: t4 - t3, bytes: texts.reduce((n, t) => n + t.length, 0) };
}

(window as unknown as { benchAudit: unknown }).benchAudit = { seedAudit, verifyAudit, diagnoseAudit };

