/** One fresh database, the test questionnaire and the repositories, for each response test. */
import { AuditRepository } from '../../../renderer/src/db/audit-repository';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import type { Questionnaire } from '../../../renderer/src/core/questionnaire/model';
import { openTestDb } from './db-test-support';
import { testQuestionnaire } from './test-questionnaire';

export interface ResponseFixture {
  db: BarometerDb;
  q: Questionnaire;
  responses: ResponseRepository;
  audit: AuditRepository;
}

export async function responseFixture(): Promise<ResponseFixture> {
  const db = await openTestDb('responses');
  const q = testQuestionnaire();
  const responses = new ResponseRepository(db, (id, version) => {
    if (id === q.id && version === q.version) return q;
    throw new Error(`unknown questionnaire ${id} ${version}`);
  });
  return { db, q, responses, audit: new AuditRepository(db) };
}
