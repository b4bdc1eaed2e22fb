/** Puts a response of Anna's (a surveyor) into each review status through the repositories. */
import type { ResponseStatus } from '../../../renderer/src/db/records';
import { anna, carl, dora } from './db-test-support';
import type { ResponseFixture } from './response-fixture';

/** The answers that let the test questionnaire be completed. */
export async function answerRequired(f: ResponseFixture, id: string): Promise<void> {
  await f.responses.commitAnswer(anna, id, 'workplace_name', 'Aarhus Kommune');
  await f.responses.commitAnswer(anna, id, 'innovated', 'no');
}

export async function responseIn(f: ResponseFixture, status: ResponseStatus, deleted = false): Promise<string> {
  const { id } = await f.responses.create(anna, f.q);
  if (status !== 'draft') {
    await answerRequired(f, id);
    await f.responses.markCompleted(anna, id);
  }
  if (status === 'approved') await f.review.approve(dora, id);
  if (status === 'rejected') await f.review.reject(dora, id, 'Please check the name');
  if (deleted) await f.responses.softDelete(carl, id, 'Duplicate');
  return id;
}
