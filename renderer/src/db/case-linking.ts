/**
 * Linking a response keyed without a case (from the list, not from «Mine opgaver») to its case
 * afterwards. The answers stay as keyed and nothing is locked: the link only says which sampled
 * workplace the response is, so the case's outcome, the rates and n_h count it. One transaction with
 * its audit entry ('fieldwork', `details.kind = 'link'`, on the response's history).
 */
import { ChainWriter } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import type { CaseLinkRow } from './fieldwork-records';
import { permit, stampOf, storedActor } from './permission-guard';
import type { Profile } from './records';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

export interface LinkResult {
  link: CaseLinkRow;
  /** Responses (not deleted) the case has now, this one included: more than one is flagged. */
  responsesOfCase: number;
}

const refuse = (code: 'not-found' | 'forbidden' | 'deleted', da: string, en: string) => new StoreError(code, en, [], { da, en });

export async function linkResponseToCase(db: BarometerDb, actor: Pick<Profile, 'id'>, responseId: string, caseId: string): Promise<LinkResult> {
  assertWritable(db);
  const deviceId = await ensureDeviceId(db);
  const { responses, summaries, cases, caseLinks, audit, profiles } = db;
  return db.transaction('rw', [responses, summaries, cases, caseLinks, audit, profiles], async () => {
    const row = await storedActor(db, actor);
    const [response, c, existing] = await Promise.all([responses.get(responseId), cases.get(caseId), caseLinks.get(responseId)]);
    if (!response) throw refuse('not-found', 'Besvarelsen findes ikke.', 'The response does not exist.');
    if (response.deletedAt !== null) throw refuse('deleted', 'Besvarelsen er slettet: gendan den først.', 'The response is deleted: restore it first.');
    if (!c || c.inFrame !== 1) throw refuse('not-found', 'Arbejdspladsen er ikke i stikprøven.', 'The workplace is not in the sample.');
    permit(row, 'link-case', { own: response.createdById === row.id, assignedToActor: c.assigneeId === row.id });
    if (existing) {
      throw refuse('forbidden', `Besvarelsen hører allerede til opgaven ${existing.caseId}.`, `The response already belongs to the case ${existing.caseId}.`);
    }
    const now = new Date().toISOString();
    const link: CaseLinkRow = { responseId, caseId, locked: [], linkedAt: now, linkedById: row.id };
    await caseLinks.add(link);
    const others = await caseLinks.where('caseId').equals(caseId).toArray();
    const live = (await summaries.bulkGet(others.map((l) => l.responseId))).filter((s) => s !== undefined && s.deleted === 0).length;
    const chain = await ChainWriter.open(db, deviceId);
    await chain.append(stampOf(row), now, {
      action: 'fieldwork',
      responseId,
      responseKey: response.key,
      newValue: caseId,
      details: { kind: 'link', caseId, workplaceName: c.frame.name, responsesOfCase: live },
    });
    return { link, responsesOfCase: live };
  });
}
