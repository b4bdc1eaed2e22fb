/**
 * The active edition for new responses (a coordinator's choice, audited) and moving a draft to
 * another edition (the surveyor their own drafts, a coordinator any; one audit entry with the
 * response, its summary and its revision in one transaction; dropped answers stay in the history).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finalState } from '../../../renderer/src/core/audit/history';
import { checkResponses } from '../../../renderer/src/core/audit/response-consistency';
import { winner } from '../../../renderer/src/core/revisions';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { EditionCatalog } from '../../../renderer/src/db/edition-catalog';
import { QuestionnaireRepository } from '../../../renderer/src/db/questionnaire-repository';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { StoreError } from '../../../renderer/src/db/store-error';
import { compiled, edition1, edition2 } from '../editions/editions-fixture';
import { anna, bo, carl, dora, openTestDb, rejectionOf, storeProfiles } from './db-test-support';

let db: BarometerDb;
let repo: QuestionnaireRepository;
let responses: ResponseRepository;
const q1 = compiled(edition1);

beforeEach(async () => {
  db = await openTestDb('edition-moves');
  await storeProfiles(db);
  const catalog = new EditionCatalog(q1);
  repo = new QuestionnaireRepository(db, catalog);
  responses = new ResponseRepository(db, catalog.lookup);
  await repo.ensure(edition1);
  await repo.add(carl, edition2, 'edition-2.xlsx');
});
afterEach(() => db.close());

describe('the active edition', () => {
  it('is none (the built-in one is used) until a coordinator chooses; then it is stored and audited', async () => {
    expect(await repo.activeQuestionnaire()).toBeNull();
    expect((await repo.forNewResponses(q1)).version).toBe('1');
    await repo.setActiveQuestionnaire(carl, 'editions-test', '2');
    expect(await repo.activeQuestionnaire()).toEqual({ id: 'editions-test', version: '2' });
    expect((await repo.forNewResponses(q1)).version).toBe('2');
    const last = (await db.audit.toArray()).at(-1);
    expect([last?.action, last?.field, last?.oldValue, last?.newValue, last?.details]).toEqual([
      'questionnaire', 'activeQuestionnaire', null, 'editions-test 2', { kind: 'active', id: 'editions-test', version: '2' },
    ]);
  });

  it('a surveyor or an auditor is refused; an edition not stored is refused; nothing is written', async () => {
    const before = await db.audit.count();
    for (const who of [anna, dora]) expect(((await rejectionOf(repo.setActiveQuestionnaire(who, 'editions-test', '2'))) as StoreError).code).toBe('forbidden');
    expect(((await rejectionOf(repo.setActiveQuestionnaire(carl, 'editions-test', '9'))) as StoreError).code).toBe('questionnaire-invalid');
    expect([await repo.activeQuestionnaire(), await db.audit.count()]).toEqual([null, before]);
  });

  it("an edition stored by another write (as a package's import stores its embedded editions) is usable at once", async () => {
    const third = { ...structuredClone(edition2), version: '3', previousVersion: '2' };
    expect(repo.catalog.get('editions-test', '3')).toBeUndefined();
    await db.transaction('rw', db.questionnaires, () => db.questionnaires.bulkAdd([{ id: third.id, version: '3', def: third, storedAt: '2027-01-01T00:00:00.000Z' }]));
    expect(repo.catalog.get('editions-test', '3')?.version).toBe('3');
  });

  it('an edition renaming options of a previous version that is not stored, or has no such option, is refused', async () => {
    const orphan = { ...structuredClone(edition2), version: '5', previousVersion: '4' };
    expect(((await rejectionOf(repo.add(carl, orphan, 'x.xlsx'))) as StoreError).text?.en).toContain('version 4 (previous_version), which is not stored');
    const wrong = { ...structuredClone(edition2), version: '6' };
    wrong.choiceLists.levels![1]!.previousCode = 'county';
    expect(((await rejectionOf(repo.add(carl, wrong, 'y.xlsx'))) as StoreError).text?.en).toBe('Version 1 has no such option to rename (previous_name): levels: county → regional.');
  });
});

describe('moving a draft to edition 2', () => {
  async function draftOf(actor = anna) {
    const r = await responses.create(actor, q1);
    await responses.commitAnswer(actor, r.id, 'name', 'A');
    await responses.commitAnswer(actor, r.id, 'level', 'region');
    await responses.commitAnswer(actor, r.id, 'retired', 7);
    return (await responses.get(r.id))!;
  }

  it('the preview says what happens to each answer and writes nothing', async () => {
    const r = await draftOf();
    const before = await db.audit.count();
    const { plan, revision } = await repo.drafts.preview(r.id, 'editions-test', '2');
    expect(plan.moves.map((m) => [m.field, m.outcome, m.to ?? m.reason])).toEqual([
      ['name', 'kept', 'A'], ['level', 'mapped', 'regional'], ['retired', 'dropped', 'question-gone'],
    ]);
    expect(revision).toBe(r.revision);
    expect([await db.audit.count(), (await responses.get(r.id))?.questionnaireVersion]).toEqual([before, '1']);
  });

  it('the surveyor moves their own draft: response, summary, revision and ONE audit entry; the dropped answer stays in the history', async () => {
    const r = await draftOf();
    const entriesBefore = await db.audit.count();
    const moved = await repo.drafts.move(anna, r.id, 'editions-test', '2', r.revision);
    expect([moved.questionnaireVersion, moved.answers, moved.revision]).toEqual(['2', { name: 'A', level: 'regional' }, r.revision + 1]);
    expect(await responses.get(r.id)).toEqual(moved);
    const entries = await db.audit.where('responseId').equals(r.id).toArray();
    expect(await db.audit.count()).toBe(entriesBefore + 1);
    const last = entries.at(-1)!;
    expect([last.action, last.field, last.oldValue, last.newValue]).toEqual(['questionnaire', 'questionnaireVersion', '1', '2']);
    expect(last.details).toMatchObject({
      kind: 'draft-moved', fromVersion: '1', toVersion: '2', kept: ['name'],
      mapped: [{ field: 'level', from: 'region', to: 'regional', lost: [] }],
      dropped: [{ field: 'retired', value: 7, reason: 'question-gone' }],
    });
    // The revision tree's winner is the moved state; the history before the move still holds the dropped answer.
    const tree = (await db.revisions.get(r.id))!.tree;
    expect(winner(tree)?.content.answers).toEqual({ name: 'A', level: 'regional' });
    expect(finalState(entries.slice(0, -1)).answers).toEqual({ name: 'A', level: 'region', retired: 7 });
    // The audit log replays to the stored answers (the integrity check agrees).
    expect(finalState(entries).answers).toEqual({ name: 'A', level: 'regional' });
    expect(checkResponses([moved], entries).mismatches).toEqual([]);
    expect((await db.summaries.get(r.id))?.progress).toBeGreaterThan(0);
  });

  it('another surveyor and an auditor are refused; a coordinator may; only drafts move', async () => {
    const r = await draftOf();
    for (const who of [bo, dora]) expect(((await rejectionOf(repo.drafts.move(who, r.id, 'editions-test', '2', r.revision))) as StoreError).code).toBe('forbidden');
    await responses.markCompleted(anna, r.id);
    const done = (await responses.get(r.id))!;
    const refused = (await rejectionOf(repo.drafts.move(carl, r.id, 'editions-test', '2', done.revision))) as StoreError;
    expect(refused.text?.da).toBe('Kun en kladde kan flyttes til en anden udgave af spørgeskemaet.');
    await responses.reopen(anna, r.id);
    const again = (await responses.get(r.id))!;
    expect((await repo.drafts.move(carl, r.id, 'editions-test', '2', again.revision)).questionnaireVersion).toBe('2');
  });

  it('a draft changed since the preview is refused and left as it was', async () => {
    const r = await draftOf();
    const { revision } = await repo.drafts.preview(r.id, 'editions-test', '2');
    await responses.commitAnswer(anna, r.id, 'name', 'B');
    expect(((await rejectionOf(repo.drafts.move(anna, r.id, 'editions-test', '2', revision))) as StoreError).code).toBe('stale-selection');
    expect((await responses.get(r.id))?.questionnaireVersion).toBe('1');
  });

  it('a moved draft is edited in its new edition', async () => {
    const r = await draftOf();
    await repo.drafts.move(anna, r.id, 'editions-test', '2', r.revision);
    expect((await responses.commitAnswer(anna, r.id, 'ai', 'yes')).answers).toEqual({ name: 'A', level: 'regional', ai: 'yes' });
  });
});
