/**
 * Computers for the exchange tests: each a fresh database with the test people, the test
 * questionnaire stored, and the real repositories. Import 'fake-indexeddb/auto' first in each test file.
 */
import { sha256Hex } from '../../../../renderer/src/core/audit/entry-hash';
import type { BarometerDb } from '../../../../renderer/src/db/database';
import { ExchangeRepository, type BuiltPackage, type ImportFile } from '../../../../renderer/src/db/exchange-repository';
import { QuestionnaireRepository } from '../../../../renderer/src/db/questionnaire-repository';
import type { Profile } from '../../../../renderer/src/db/records';
import { ResponseRepository } from '../../../../renderer/src/db/response-repository';
import { lookupOnly } from '../response-fixture';
import { ReviewRepository } from '../../../../renderer/src/db/review-repository';
import type { Questionnaire } from '../../../../renderer/src/core/questionnaire/model';
import { openTestDb, storeProfiles } from '../db-test-support';
import { testQuestionnaire } from '../test-questionnaire';

export interface Computer {
  db: BarometerDb;
  q: Questionnaire;
  responses: ResponseRepository;
  review: ReviewRepository;
  exchange: ExchangeRepository;
}

export async function computer(label: string): Promise<Computer> {
  const db = await openTestDb(label);
  await storeProfiles(db);
  const q = testQuestionnaire();
  await new QuestionnaireRepository(db).ensure(q.def);
  const lookup = lookupOnly(q);
  return {
    db,
    q,
    responses: new ResponseRepository(db, lookup),
    review: new ReviewRepository(db, lookup),
    exchange: new ExchangeRepository(db, lookup),
  };
}

/** A surveyor's package as the file the coordinator picks. */
export async function send(from: Computer, actor: Profile, scope: 'all' | 'since-last', name = 'package.barometer'): Promise<ImportFile & { built: BuiltPackage }> {
  const built = await from.exchange.buildPackage(actor, { scope });
  await from.exchange.recordSent(actor, built, name);
  return { name, data: built.bytes, built };
}

/** SHA-256 of every row of the given tables (all by default), in primary-key order. */
export async function digest(db: BarometerDb, tables: readonly string[] = db.tables.map((t) => t.name)): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of [...tables].sort()) out[name] = sha256Hex(JSON.stringify(await db.table(name).toArray()));
  return out;
}

/** The merged state that must not depend on import order: responses, summaries, trees. */
export const MERGED_TABLES = ['responses', 'summaries', 'revisions'] as const;
