/**
 * Where committing one answer spends its time above a bare put (issue 15, item 1). Variants of the
 * commit, each adding one part to the one before, all in one strict transaction over the tables the
 * writer opens, run interleaved (one commit of each variant per round) so a busy moment of the
 * machine hits them alike. The parts are the writer's own functions; only their order of adding is
 * the bench's.
 */
import { evaluateResponse } from '../../renderer/src/core/engine/evaluate-response';
import { loadBuiltinQuestionnaire } from '../../renderer/src/core/questionnaire/builtin';
import type { Questionnaire } from '../../renderer/src/core/questionnaire/model';
import { newRevision, winner, type RevisionTree } from '../../renderer/src/core/revisions';
import { sealEntry } from '../../renderer/src/core/audit/entry-hash';
import { GENESIS_HASH, type AuditEntry } from '../../renderer/src/core/audit/audit-entry';
import { withAnswer } from '../../renderer/src/db/answer-change';
import { ChainWriter } from '../../renderer/src/db/audit-writer';
import Dexie from 'dexie';
import { DEFAULT_DB_NAME, openBarometerDb, type BarometerDb } from '../../renderer/src/db/database';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema-versions';
import { ensureDeviceId } from '../../renderer/src/db/device-id';
import { stampOf, storedActor } from '../../renderer/src/db/permission-guard';
import { ProfileRepository } from '../../renderer/src/db/profile-repository';
import type { ProfileRow, ResponseRecord } from '../../renderer/src/db/records';
import { ResponseRepository } from '../../renderer/src/db/response-repository';
import { summarise } from '../../renderer/src/db/response-summary';
import { contentOf, extendedRevisions } from '../../renderer/src/db/revision-write';
import type { RevisionRow } from '../../renderer/src/db/exchange-records';
import { ResponseWriter } from '../../renderer/src/db/response-write';

/** The parts, in the order the ladder adds them. */
export const PARTS = ['dexie', 'tables', 'reads', 'evaluation', 'summary', 'revision', 'audit'] as const;
type Part = (typeof PARTS)[number];

/**
 * Before: every request awaited in turn, on a Dexie that keeps its live-query middlewares (the
 * writer before issue 15 item 1). Now: the reads issued at once, then the writes at once, on the
 * app's database (without those middlewares), as the writer does it now.
 */
export type Mode = 'before' | 'now';

interface Lane {
  parts: ReadonlySet<Part>;
  mode: Mode;
  db: BarometerDb;
  writer: ResponseWriter;
  /** The response this lane commits to (each lane its own, so trees grow alike). */
  id: string;
  /** The lane's record as last written: stands in for the read when `reads` is not included. */
  record: ResponseRecord;
  samples: number[];
}

/** The i-th commit of the standard bench: alternately a name and a yes/no, as `commitAnswers` does. */
function change(i: number): [string, string] {
  return i % 2 === 0 ? ['workplace_name', `Plejecenter Solsikken ${i}`] : ['innov_product', i % 4 === 1 ? 'yes' : 'no'];
}

/** Runs `requests` one after another, or all issued at once. */
async function run(mode: Mode, requests: (() => Promise<unknown>)[]): Promise<unknown[]> {
  if (mode === 'now') return Promise.all(requests.map((r) => r()));
  const out: unknown[] = [];
  for (const r of requests) out.push(await r());
  return out;
}

/** One commit with the lane's parts: the writer's steps, each either done or stood in for from memory. */
async function commitWith(q: Questionnaire, lane: Lane, actor: ProfileRow, deviceId: string, i: number): Promise<void> {
  const { db, writer } = lane;
  const has = (p: Part) => lane.parts.has(p);
  const [field, value] = change(i);
  const now = new Date().toISOString();
  const work = async () => {
    const reads: (() => Promise<unknown>)[] = [];
    if (has('reads')) {
      reads.push(() => storedActor(db, actor), () => db.caseLinks.get(lane.id), () => ChainWriter.open(db, deviceId), () => db.responses.get(lane.id));
    }
    if (has('revision')) reads.push(() => db.revisions.get(lane.id));
    const read = await run(lane.mode, reads);
    const row = has('reads') ? (read[0] as ProfileRow) : actor;
    const chain = has('reads') ? (read[2] as ChainWriter) : undefined;
    const current = has('reads') ? (read[3] as ResponseRecord) : lane.record;
    const stored = has('revision') ? (read[read.length - 1] as RevisionRow | undefined) : undefined;
    const next: ResponseRecord = { ...current, answers: withAnswer(current.answers, field, value), updatedAt: now, revision: current.revision + 1 };
    const progress = has('evaluation') ? evaluateResponse(q, next.answers).progress.ratio : 0.5;
    const writes: (() => Promise<unknown>)[] = [() => db.responses.put(next)];
    if (has('summary')) writes.push(() => db.summaries.put(summarise(next, progress)));
    if (has('revision')) writes.push(() => db.revisions.put(extendedRevisions(stored, next, row)));
    if (has('audit') && chain) {
      writes.push(() => chain.append(stampOf(row), now, { action: 'answer', responseId: lane.id, responseKey: current.key, field, oldValue: null, newValue: value, reason: null }));
    }
    await run(lane.mode, writes);
    lane.record = next;
  };
  const t = performance.now();
  if (has('dexie')) await db.transaction('rw', has('tables') ? writer.tables : [db.responses], work);
  else await nativePut(db, { ...lane.record, answers: withAnswer(lane.record.answers, field, value), updatedAt: now, revision: lane.record.revision + 1 });
  lane.samples.push(performance.now() - t);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * The whole commit without Dexie: the same reads issued at once, the same CPU parts, the same writes
 * issued at once, in one strict native transaction over the same stores. What is left above it is Dexie's.
 */
async function nativeCommit(db: BarometerDb, q: Questionnaire, lane: Lane, actor: ProfileRow, deviceId: string, i: number): Promise<void> {
  const [field, value] = change(i);
  const now = new Date().toISOString();
  const t = performance.now();
  const tx = db.backendDB().transaction(['responses', 'summaries', 'audit', 'profiles', 'comments', 'revisions', 'cases', 'caseLinks'], 'readwrite', { durability: 'strict' });
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const last = new Promise<AuditEntry | undefined>((resolve, reject) => {
    const range = IDBKeyRange.bound([deviceId, -Infinity], [deviceId, Infinity]);
    const req = tx.objectStore('audit').index('[deviceId+deviceSeq]').openCursor(range, 'prev');
    req.onsuccess = () => resolve((req.result?.value as AuditEntry | undefined) ?? undefined);
    req.onerror = () => reject(req.error);
  });
  const [row, , tail, current, stored] = await Promise.all([
    request(tx.objectStore('profiles').get(actor.id)) as Promise<ProfileRow>,
    request(tx.objectStore('caseLinks').get(lane.id)),
    last,
    request(tx.objectStore('responses').get(lane.id)) as Promise<ResponseRecord>,
    request(tx.objectStore('revisions').get(lane.id)) as Promise<RevisionRow | undefined>,
  ]);
  const next: ResponseRecord = { ...current, answers: withAnswer(current.answers, field, value), updatedAt: now, revision: current.revision + 1 };
  const progress = evaluateResponse(q, next.answers).progress.ratio;
  const entry = sealEntry({
    id: crypto.randomUUID(), deviceId, deviceSeq: (tail?.deviceSeq ?? 0) + 1, at: now, actorId: row.id, actorName: row.name, actorInitials: row.initials,
    actorRole: row.role, action: 'answer', responseId: lane.id, responseKey: current.key, field, oldValue: null, newValue: value, reason: null, details: null,
  }, tail?.hash ?? GENESIS_HASH);
  tx.objectStore('responses').put(next);
  tx.objectStore('summaries').put(summarise(next, progress));
  tx.objectStore('revisions').put(extendedRevisions(stored, next, row));
  tx.objectStore('audit').add(entry);
  await done;
  lane.samples.push(performance.now() - t);
}

/** A native IndexedDB put into the app's own responses store (its indexes included), strict. */
function nativePut(db: BarometerDb, record: ResponseRecord): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('responses', 'readwrite', { durability: 'strict' });
    tx.objectStore('responses').put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
}
function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? NaN;
}

const counts = { transactions: 0, requests: 0 };
let transactionsCounted = false;

/** Dexie binds `IDBDatabase.transaction` when it opens: count transactions from before any database opens. */
function countTransactions(): void {
  if (transactionsCounted) return;
  transactionsCounted = true;
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    counts.transactions += 1;
    return original.apply(this, args);
  };
}

/** IndexedDB transactions and requests one call of `work` makes (the request methods are wrapped meanwhile). */
async function countRequests(work: () => Promise<unknown>): Promise<{ transactions: number; requests: number }> {
  counts.transactions = 0;
  counts.requests = 0;
  const restore: (() => void)[] = [];
  const wrap = (proto: object, name: string) => {
    const target = proto as Record<string, (...args: unknown[]) => unknown>;
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function (this: unknown, ...args: unknown[]) {
      counts.requests += 1;
      return original.apply(this, args);
    };
    restore.push(() => (target[name] = original));
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const name of ['get', 'getAll', 'getKey', 'getAllKeys', 'put', 'add', 'delete', 'count', 'openCursor', 'openKeyCursor']) wrap(proto, name);
  }
  try {
    await work();
  } finally {
    for (const undo of restore) undo();
  }
  return { ...counts };
}

/** The app's database opened by a Dexie with every middleware it ships with (the app's drops two). */
async function dexieAsShipped(): Promise<BarometerDb> {
  const db = new Dexie(DEFAULT_DB_NAME, { chromeTransactionDurability: 'strict' });
  for (const v of SCHEMA_VERSIONS) db.version(v.version).stores(v.stores);
  await db.open();
  return db as unknown as BarometerDb;
}

/** Microseconds per call of a synchronous part (the mean of `n` calls). */
function microseconds(n: number, run: (i: number) => unknown): number {
  const t = performance.now();
  for (let i = 0; i < n; i++) run(i);
  return ((performance.now() - t) * 1000) / n;
}

/** The ladder in the seeded app database, `rounds` commits per variant; then the CPU parts alone. */
export async function commitBreakdown(rounds: number) {
  countTransactions();
  const q = loadBuiltinQuestionnaire();
  const db = await openBarometerDb();
  const profile = (await new ProfileRepository(db).list())[0];
  if (!profile) throw new Error('seed first');
  const repo = new ResponseRepository(db, () => q);
  const writer = new ResponseWriter(db, () => q);
  const deviceId = await ensureDeviceId(db);
  const actor = (await db.profiles.get(profile.id)) as ProfileRow;

  const lanes: Lane[] = [];
  const withMiddlewares = await dexieAsShipped();
  for (const mode of ['before', 'now'] as const) {
    const laneDb = mode === 'before' ? withMiddlewares : db;
    const laneWriter = mode === 'before' ? new ResponseWriter(withMiddlewares, () => q) : writer;
    for (let k = mode === 'before' ? 0 : 1; k <= PARTS.length; k++) {
      const record = await repo.create(profile, q);
      lanes.push({ parts: new Set(PARTS.slice(0, k)), mode, db: laneDb, writer: laneWriter, id: record.id, record, samples: [] });
    }
  }
  const nativeRecord = await repo.create(profile, q);
  const native: Lane = { parts: new Set(PARTS), mode: 'now', db, writer, id: nativeRecord.id, record: nativeRecord, samples: [] };
  const real = await repo.create(profile, q);
  const realSamples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const lane of lanes) await commitWith(q, lane, actor, deviceId, i);
    await nativeCommit(db, q, native, actor, deviceId, i);
    const [field, value] = change(i);
    const t = performance.now();
    await repo.commitAnswer(profile, real.id, field, value);
    realSamples.push(performance.now() - t);
  }
  const [field, value] = change(rounds);
  const counted = await countRequests(() => repo.commitAnswer(profile, real.id, field, value));

  // The CPU parts alone, on the state the real lane reached (a tree of `rounds` revisions).
  const record = (await db.responses.get(real.id)) as ResponseRecord;
  const tree = ((await db.revisions.get(real.id))?.tree ?? null) as RevisionTree;
  const cpu = {
    evaluationUs: microseconds(2_000, () => evaluateResponse(q, record.answers)),
    summaryUs: microseconds(2_000, () => summarise(record, 0.5)),
    revisionUs: microseconds(500, () => newRevision(tree, winner(tree)?.rev ?? null, contentOf(record, actor))),
    auditHashUs: microseconds(2_000, (i) =>
      sealEntry({
        id: crypto.randomUUID(), deviceId, deviceSeq: i + 1, at: record.updatedAt, actorId: actor.id, actorName: actor.name, actorInitials: actor.initials,
        actorRole: actor.role, action: 'answer', responseId: record.id, responseKey: record.key, field: 'workplace_name', oldValue: null, newValue: `x ${i}`, reason: null, details: null,
      }, GENESIS_HASH),
    ),
    treeNodes: tree.nodes.length,
    treeBytes: JSON.stringify(tree).length,
    recordBytes: JSON.stringify(record).length,
  };
  db.close();
  withMiddlewares.close();
  return {
    ladder: lanes.map((lane) => ({ mode: lane.mode, parts: PARTS.filter((p) => lane.parts.has(p)), p50: median(lane.samples), p95: p95(lane.samples) })),
    real: { p50: median(realSamples), p95: p95(realSamples), firstQuarterP50: median(realSamples.slice(0, rounds / 4)), lastQuarterP50: median(realSamples.slice(-rounds / 4)) },
    native: { p50: median(native.samples), p95: p95(native.samples) },
    counted,
    cpu,
  };
}

(window as unknown as { benchCommit: unknown }).benchCommit = { commitBreakdown };
