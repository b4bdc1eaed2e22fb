/**
 * Schema 2 → 3: exchange between computers. Every response gets a revision tree with one revision
 * holding its current state (attributed to its creator: the audit log records who changed what
 * before), so packages can carry it and merges can tell "same", "newer" and "diverged" apart.
 * Runs inside Dexie's upgrade transaction; a throw leaves the database at version 2, data intact.
 */
import type { Transaction } from 'dexie';
import type { RevisionRow } from './exchange-records';
import type { ResponseRecord } from './records';
import { firstTreeOf, revisionRow } from './revision-write';

const BATCH = 500;

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const rows: RevisionRow[] = [];
  await tx.table('responses').each((record: ResponseRecord) => {
    rows.push(revisionRow(record.id, firstTreeOf(record)));
  });
  const revisions = tx.table('revisions');
  for (let start = 0; start < rows.length; start += BATCH) await revisions.bulkPut(rows.slice(start, start + BATCH));
}
