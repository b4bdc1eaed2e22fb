/**
 * The Worker behind "Verify integrity": opens the database itself (reading 100,000 entries on the
 * main thread would freeze the screen), verifies, answers once.
 */
import '../zod-config';
import { verifyIntegrity } from './audit-verification';
import { openBarometerDb } from './database';
import type { VerifyReply, VerifyRequest } from './audit-verify-client';

self.onmessage = (event: MessageEvent<VerifyRequest>) => {
  const { dbName, heads } = event.data;
  const run = async (): Promise<VerifyReply> => {
    const db = await openBarometerDb(dbName);
    try {
      return { ok: true, report: await verifyIntegrity(db, heads) };
    } finally {
      db.close();
    }
  };
  run().then(
    (reply) => self.postMessage(reply),
    (error: unknown) => self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies VerifyReply),
  );
};
