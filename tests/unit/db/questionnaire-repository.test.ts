import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { QuestionnaireRepository } from '../../../renderer/src/db/questionnaire-repository';
import { openTestDb } from './db-test-support';
import { testDefinition } from './test-questionnaire';

describe('stored questionnaires', () => {
  let db: BarometerDb;
  beforeEach(async () => {
    db = await openTestDb('questionnaires');
  });
  afterEach(() => db.close());

  it('keeps each id and version once, and every version side by side', async () => {
    const repo = new QuestionnaireRepository(db);
    expect(await repo.ensure(testDefinition)).toBe(true);
    expect(await repo.ensure({ ...testDefinition, title: { da: 'Ændret', en: 'Changed' } })).toBe(false);
    expect(await repo.ensure({ ...testDefinition, version: '2' })).toBe(true);

    expect(await repo.get('store-test', '1')).toEqual(testDefinition);
    expect((await repo.get('store-test', '2'))?.version).toBe('2');
    expect(await repo.get('store-test', '3')).toBeUndefined();
    expect(await db.questionnaires.count()).toBe(2);
  });

  it('refuses to store an edition the loader refuses, saying why in both languages', async () => {
    const repo = new QuestionnaireRepository(db);
    const bad = { ...testDefinition, version: '9', choiceLists: { ...testDefinition.choiceLists, tom: [] } };
    const refusal = await repo.add({ id: 'anyone' }, bad, 'bad.xlsx').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusal).toMatchObject({
      message: "The questionnaire cannot be loaded: Choice list 'tom': has no options",
      text: { da: "Spørgeskemaet kan ikke indlæses: Listen 'tom': har ingen svarmuligheder", en: "The questionnaire cannot be loaded: Choice list 'tom': has no options" },
    });
    expect(await repo.get('store-test', '9')).toBeUndefined();
  });
});
