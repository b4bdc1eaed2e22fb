/**
 * Computers for the exchange tests: each a fresh database with the test people, the test
 * questionnaire stored, and the real repositories. Import 'fake-indexeddb/auto' first in each test file.
 */
import { sha256Hex } from '../../../../renderer/src/core/audit/entry-hash';
import type { BarometerDb } from '../../../../renderer/src/db/database';
import {
  ExchangeRepository,
  type BuiltPackage,
  type ConfirmDevice,
  type ImportFile,
  type ImportOutcome,
  type ImportProgress,
} from '../../../../renderer/src/db/exchange-repository';
import { QuestionnaireRepository } from '../../../../renderer/src/db/questionnaire-repository';
import type { Profile } from '../../../../renderer/src/db/records';
import { ResponseRepository } from '../../../../renderer/src/db/response-repository';
import { lookupOnly } from '../response-fixture';
import { ReviewRepository } from '../../../../renderer/src/db/review-repository';
import { FieldworkRepository } from '../../../../renderer/src/db/fieldwork-repository';
import type { Questionnaire } from '../../../../renderer/src/core/questionnaire/model';
import { openTestDb, storeProfiles } from '../db-test-support';
import { testQuestionnaire } from '../test-questionnaire';
import { signPart } from '../../../../renderer/src/core/exchange/package-signature';
import { testSigner } from '../../../fixtures/test-signer';

export interface Computer {
  db: BarometerDb;
  q: Questionnaire;
  responses: ResponseRepository;
  review: ReviewRepository;
  exchange: ExchangeRepository;
  fieldwork: FieldworkRepository;
}

/**
 * The real repository, as a coordinator uses it who confirms every new device's fingerprint when
 * asked (the tests of trust itself pass their own answer).
 */
class ConfirmingExchange extends ExchangeRepository {
  override importPackages(
    actor: Profile,
    files: readonly ImportFile[],
    onProgress?: (progress: ImportProgress) => void,
    confirmDevice: ConfirmDevice = () => Promise.resolve(true),
  ): Promise<ImportOutcome[]> {
    return super.importPackages(actor, files, onProgress, confirmDevice);
  }
}

export async function computer(label: string, people?: readonly Profile[]): Promise<Computer> {
  const db = await openTestDb(label);
  await storeProfiles(db, people);
  const q = testQuestionnaire();
  await new QuestionnaireRepository(db).ensure(q.def);
  const lookup = lookupOnly(q);
  return {
    db,
    q,
    responses: new ResponseRepository(db, lookup),
    review: new ReviewRepository(db, lookup),
    exchange: new ConfirmingExchange(db, lookup),
    fieldwork: new FieldworkRepository(db),
  };
}

/** A surveyor's package as the file the coordinator picks. */
export async function send(from: Computer, actor: Profile, scope: 'all' | 'since-last', name = 'package.barometer'): Promise<ImportFile & { built: BuiltPackage }> {
  const built = await from.exchange.buildPackage(actor, { scope });
  await from.exchange.recordSent(actor, built, name);
  return { name, data: built.bytes, built };
}

/** The repository with no one to confirm a new device (the argument left out). */
export function askingNobody(c: Computer): ExchangeRepository {
  return new ExchangeRepository(c.db, lookupOnly(c.q));
}

/** SHA-256 of every row of the given tables (all by default), in primary-key order. */
export async function digest(db: BarometerDb, tables: readonly string[] = db.tables.map((t) => t.name)): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of [...tables].sort()) out[name] = sha256Hex(JSON.stringify(await db.table(name).toArray()));
  return out;
}

/** The merged state that must not depend on import order: responses, summaries, trees. */
export const MERGED_TABLES = ['responses', 'summaries', 'revisions'] as const;

/**
 * A package document altered by hand, signed anew as if written by `deviceId` (a forger signs with a
 * key of their own: the signature holds, so the importer's other checks must catch the forgery).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- forged documents break the types on purpose
export async function resigned(doc: any, deviceId: string): Promise<any> {
  doc.manifest.deviceId = deviceId;
  doc.signature = await signPart(await testSigner(deviceId), { format: doc.format, formatVersion: doc.formatVersion, manifest: doc.manifest });
  return doc;
}
