/**
 * The reading Worker behind "Verify integrity": opens the database itself (reading 100,000 entries
 * on the main thread would freeze the screen), reads the log chunk by chunk, has each chunk hashed by
 * the hashing Worker at the end of `hashPort`, checks and replays, answers once.
 */
import '../zod-config';
import { verifyIntegrity } from './audit-verification';
import { hashHere, hashThrough } from './audit-verify-hash';
import { openBarometerDb } from './database';
import type { VerifyReply, VerifyRequest } from './audit-verify-client';

self.onmessage = (event: MessageEvent<VerifyRequest>) => {
  const { dbName, heads, hashPort } = event.data;
  const run = async (): Promise<VerifyReply> => {
    const db = await openBarometerDb(dbName);
    try {
      return { ok: true, report: await verifyIntegrity(db, heads, { hasher: hashPort ? hashThrough(hashPort) : hashHere }) };
    } finally {
      db.close();
    }
  };
  run().then(
    (reply) => self.postMessage(reply),
    (error: unknown) => self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies VerifyReply),
  );
};
