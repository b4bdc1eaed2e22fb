/**
 * What the merge reads of this computer's state, inside its transaction: the incoming responses
 * that are already here (identity and revision tree) and the stored hashes of the incoming audit
 * entries' places. Read in chunks; mostly by key range, since one get per id costs seconds for 10,000.
 */
import type { Table } from 'dexie';
import type { Package, ResponseTreeState } from '../core/exchange';
import type { BarometerDb } from './database';
import { firstTreeOf } from './revision-write';

const CHUNK = 500;

/** Rows of `table` for sorted `ids`: one range read when the range holds few others, else one get per id. */
async function rowsFor<T extends { id: string }, I>(table: Table<T, string, I>, ids: string[]): Promise<Map<string, T>> {
  const wanted = new Set(ids);
  const range = table.where(':id').between(ids[0] as string, ids[ids.length - 1] as string, true, true);
  const rows = (await range.count()) <= ids.length * 4 ? await range.toArray() : (await table.bulkGet(ids)).filter((r): r is T => r !== undefined);
  return new Map(rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, row]));
}

export async function localStates(db: BarometerDb, incoming: string[]): Promise<Map<string, ResponseTreeState>> {
  const local = new Map<string, ResponseTreeState>();
  // One key scan first: most incoming responses are usually new here, and need no read at all.
  const stored = new Set(await db.responses.toCollection().primaryKeys());
  const ids = incoming.filter((id) => stored.has(id)).sort();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const slice = ids.slice(start, start + CHUNK);
    const [records, trees] = await Promise.all([rowsFor(db.responses, slice), rowsFor(db.revisions, slice)]);
    for (const record of records.values()) {
      const { id, key, questionnaireId, questionnaireVersion, createdAt, createdById, createdByName } = record;
      const header = { id, key, questionnaireId, questionnaireVersion, createdAt, createdById, createdByName };
      local.set(id, { header, tree: trees.get(id)?.tree ?? firstTreeOf(record) });
    }
  }
  return local;
}

/** A stored audit entry's own hash and the hash it links back to. */
export interface StoredLink {
  hash: string;
  prevHash: string;
}

export async function storedAuditHashes(db: BarometerDb, pkg: Package): Promise<Map<string, StoredLink>> {
  const ranges = new Map<string, [number, number]>();
  for (const e of pkg.content.auditEntries) {
    const r = ranges.get(e.deviceId);
    ranges.set(e.deviceId, r ? [Math.min(r[0], e.deviceSeq), Math.max(r[1], e.deviceSeq)] : [e.deviceSeq, e.deviceSeq]);
  }
  const links = new Map<string, StoredLink>();
  // One past the package's last entry too: a relayed run must link to the entry stored after it.
  for (const [deviceId, [low, high]] of ranges) {
    const stored = await db.audit.where('[deviceId+deviceSeq]').between([deviceId, low], [deviceId, high + 1], true, true).toArray();
    for (const e of stored) links.set(`${e.deviceId}/${e.deviceSeq}`, { hash: e.hash, prevHash: e.prevHash });
  }
  return links;
}
