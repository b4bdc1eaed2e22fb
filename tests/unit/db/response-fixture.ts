/** One fresh database with the test people stored, the test questionnaire and the repositories. */
import { AuditRepository } from '../../../renderer/src/db/audit-repository';
import { CommentRepository } from '../../../renderer/src/db/comment-repository';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { ReviewRepository } from '../../../renderer/src/db/review-repository';
import type { QuestionnaireLookup } from '../../../renderer/src/db/response-write';
import type { Questionnaire } from '../../../renderer/src/core/questionnaire/model';
import { openTestDb, storeProfiles } from './db-test-support';
import { testQuestionnaire } from './test-questionnaire';

export interface ResponseFixture {
  db: BarometerDb;
  q: Questionnaire;
  responses: ResponseRepository;
  review: ReviewRepository;
  comments: CommentRepository;
  audit: AuditRepository;
}

/** The lookup repositories get: the test questionnaire, and nothing else. */
export function lookupOnly(q: Questionnaire): QuestionnaireLookup {
  return (id, version) => {
    if (id === q.id && version === q.version) return q;
    throw new Error(`unknown questionnaire ${id} ${version}`);
  };
}

export async function responseFixture(): Promise<ResponseFixture> {
  const db = await openTestDb('responses');
  await storeProfiles(db);
  const q = testQuestionnaire();
  const lookup = lookupOnly(q);
  return {
    db,
    q,
    responses: new ResponseRepository(db, lookup),
    review: new ReviewRepository(db, lookup),
    comments: new CommentRepository(db, lookup),
    audit: new AuditRepository(db),
  };
}
