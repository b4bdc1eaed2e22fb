/** Storing questionnaire editions from an XLSForm: the coordinator's alone, audited, and a version names one content for good. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { QuestionnaireRepository } from '../../../renderer/src/db/questionnaire-repository';
import { StoreError } from '../../../renderer/src/db/store-error';
import { anna, carl, dora, openTestDb, rejectionOf, storeProfiles } from './db-test-support';

const builtin = loadBuiltinQuestionnaire().def;
const edition = (version: string): QuestionnaireDef => ({ ...structuredClone(builtin), version });

let db: BarometerDb;
let repo: QuestionnaireRepository;
beforeEach(async () => {
  db = await openTestDb('editions');
  await storeProfiles(db);
  repo = new QuestionnaireRepository(db);
});
afterEach(() => db.close());

describe('storing a questionnaire edition', () => {
  it('a coordinator stores one: listed, readable by id and version, and recorded as one audit entry naming the file', async () => {
    expect(await repo.add(carl, edition('2027.1'), 'barometer-2027.xlsx')).toBe('added');
    expect((await repo.list()).map((q) => q.version)).toEqual(['2027.1']);
    expect(await repo.get(builtin.id, '2027.1')).toEqual(edition('2027.1'));
    const entries = await db.audit.toArray();
    expect(entries.map((e) => [e.action, e.actorId, e.responseId, e.details])).toEqual([
      ['questionnaire', carl.id, null, { kind: 'stored', id: builtin.id, version: '2027.1', fileName: 'barometer-2027.xlsx' }],
    ]);
  });

  it.each([
    ['a surveyor', anna],
    ['an auditor', dora],
  ])('%s is refused and nothing is stored or logged', async (_who, actor) => {
    const error = await rejectionOf(repo.add(actor, edition('2027.1'), 'x.xlsx'));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('forbidden');
    expect((error as StoreError).text?.da).toBe('Kun en koordinator kan gøre dette.');
    expect([await db.questionnaires.count(), await db.audit.count()]).toEqual([0, 0]);
  });

  it('the same edition again changes nothing; the same version with other content is refused', async () => {
    await repo.add(carl, edition('2027.1'), 'a.xlsx');
    expect(await repo.add(carl, edition('2027.1'), 'a.xlsx')).toBe('unchanged');
    const changed = edition('2027.1');
    changed.title = { da: 'Andet', en: 'Other' };
    const error = await rejectionOf(repo.add(carl, changed, 'b.xlsx'));
    expect((error as StoreError).code).toBe('questionnaire-invalid');
    expect((error as StoreError).text?.da).toBe(`Version 2027.1 af ${builtin.id} er allerede gemt med et andet indhold: giv den nye udgave sin egen version.`);
    expect(await repo.get(builtin.id, '2027.1')).toEqual(edition('2027.1'));
    expect(await db.audit.count()).toBe(1);
  });

  it('a definition the loader refuses never reaches the store', async () => {
    const broken = edition('2027.2');
    broken.sections[0]!.questions[0]!.relevant = '${nowhere} = 1';
    const error = await rejectionOf(repo.add(carl, broken, 'c.xlsx'));
    expect((error as StoreError).code).toBe('questionnaire-invalid');
    expect([await db.questionnaires.count(), await db.audit.count()]).toEqual([0, 0]);
  });
});
