import type { BarometerDb } from './database';
import type { ResponseRecord, ResponseSummary } from './records';
import { assertWritable } from './write-guard';

export const SEED_CHUNK_SIZE = 1_000;

/**
 * Bulk insert for tests and benchmarks (no audit entries): chunks of 1,000 rows, each chunk of
 * responses and summaries in one transaction, so a failing chunk writes nothing of itself.
 * `summaries[i]` belongs to `records[i]`.
 */
export async function seedResponses(
  db: BarometerDb,
  records: readonly ResponseRecord[],
  summaries: readonly ResponseSummary[],
): Promise<void> {
  assertWritable(db);
  if (records.length !== summaries.length) {
    throw new Error(`seedResponses: ${records.length} records but ${summaries.length} summaries.`);
  }
  for (let start = 0; start < records.length; start += SEED_CHUNK_SIZE) {
    const end = start + SEED_CHUNK_SIZE;
    await db.transaction('rw', [db.responses, db.summaries], async () => {
      await db.responses.bulkAdd(records.slice(start, end));
      await db.summaries.bulkAdd(summaries.slice(start, end));
    });
  }
}
