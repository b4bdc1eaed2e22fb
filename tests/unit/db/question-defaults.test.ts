/**
 * Defaults and read-only questions in the store: a new response starts with the questionnaire's
 * defaults, each in the audit log as coming from the questionnaire (so the integrity check's replay
 * agrees); a read-only question's answer cannot be changed by anyone.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { AuditRepository } from '../../../renderer/src/db/audit-repository';
import { verifyIntegrity } from '../../../renderer/src/db/audit-verification';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { FieldworkRepository } from '../../../renderer/src/db/fieldwork-repository';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { parseFrameCsv } from '../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { anna, carl, openTestDb, rejectionOf, storeProfiles } from './db-test-support';
import { lookupOnly } from './response-fixture';
import { testDefinition, testQuestionnaire } from './test-questionnaire';

const withDefaults: QuestionnaireDef = {
  ...testDefinition,
  version: 'defaults',
  sections: testDefinition.sections.map((section) => ({
    ...section,
    questions: section.questions.map((q) => {
      if (q.name === 'employees') return { ...q, default: 10 };
      if (q.name === 'workplace_id') return { ...q, default: 'ukendt', readOnly: true };
      if (q.name === 'kinds') return { ...q, default: ['service', 'process'] };
      return q;
    }),
  })),
};

let db: BarometerDb;
let responses: ResponseRepository;
let audit: AuditRepository;
const q = testQuestionnaire(withDefaults);

beforeEach(async () => {
  db = await openTestDb('defaults');
  await storeProfiles(db);
  responses = new ResponseRepository(db, lookupOnly(q));
  audit = new AuditRepository(db);
});
afterEach(() => db.close());

describe('a questionnaire with defaults', () => {
  it('starts a new response with them, each audited as coming from the questionnaire, and the log verifies', async () => {
    const created = await responses.create(anna, q);
    expect(created.answers).toEqual({ workplace_id: 'ukendt', employees: 10, kinds: ['service', 'process'] });
    const entries = await audit.forResponse(created.id);
    expect(entries.map((e) => [e.action, e.field ?? null, e.newValue ?? null, (e.details as { source?: string } | undefined)?.source ?? null])).toEqual([
      ['create', null, null, null],
      ['answer', 'workplace_id', 'ukendt', 'questionnaire-default'],
      ['answer', 'employees', 10, 'questionnaire-default'],
      ['answer', 'kinds', ['service', 'process'], 'questionnaire-default'],
    ]);
    await responses.commitAnswer(anna, created.id, 'employees', 12);
    expect(await verifyIntegrity(db)).toMatchObject({ ok: true, responses: { checked: 1, mismatches: [] } });
  });

  it('refuses to change a read-only answer, to a surveyor and a coordinator alike, and writes nothing', async () => {
    const created = await responses.create(anna, q);
    const before = await audit.forResponse(created.id);
    const refusal = await rejectionOf(responses.commitAnswer(anna, created.id, 'workplace_id', '12345678'));
    expect(refusal).toMatchObject({ code: 'question-read-only', text: { da: 'Spørgsmålet kan ikke ændres: dets svar er givet af spørgeskemaet.' } });
    await expect(responses.commitAnswer(carl, created.id, 'workplace_id', undefined, 'rettelse')).rejects.toMatchObject({ code: 'question-read-only' });
    expect((await responses.get(created.id))?.answers.workplace_id).toBe('ukendt');
    expect(await audit.forResponse(created.id)).toEqual(before);
  });

  it("a response from a case takes the frame's answers over the defaults, and the other defaults", async () => {
    const parsed = parseFrameCsv('id;navn;niveau;område;størrelse\n33333333;Regionshospitalet;region;sundhed;100+', stratumVocabulary(loadBuiltinQuestionnaire()));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const fieldwork = new FieldworkRepository(db);
    await fieldwork.applyFrame(carl, parsed.value, 'stikprøve.csv', (await fieldwork.preview(parsed.value)).basedOn);
    await fieldwork.assign(carl, ['33333333'], anna.id);
    const r = await responses.createFromCase(anna, q, '33333333');
    expect(r.answers).toEqual({ workplace_name: 'Regionshospitalet', workplace_id: '33333333', sector_level: 'region', policy_area: 'health', employees: 10, kinds: ['service', 'process'] });
    const answered = (await audit.forResponse(r.id)).filter((e) => e.action === 'answer');
    expect(answered.map((e) => [e.field, (e.details as { source?: string } | undefined)?.source])).toEqual([
      ['employees', 'questionnaire-default'], ['kinds', 'questionnaire-default'],
      ['workplace_name', 'sample-frame'], ['workplace_id', 'sample-frame'], ['sector_level', 'sample-frame'], ['policy_area', 'sample-frame'],
    ]);
    expect(await verifyIntegrity(db)).toMatchObject({ ok: true });
  });

  it('a questionnaire without defaults still starts empty', async () => {
    const plain = testQuestionnaire();
    const created = await new ResponseRepository(db, lookupOnly(plain)).create(anna, plain);
    expect(created.answers).toEqual({});
  });
});

describe('defaults checked when the questionnaire loads', () => {
  const load = (patch: Record<string, unknown>) =>
    loadQuestionnaire({
      ...testDefinition,
      sections: testDefinition.sections.map((s, i) => (i === 0 ? { ...s, questions: s.questions.map((qd) => (qd.name === 'employees' ? { ...qd, ...patch } : qd)) } : s)),
    });
  const messages = (patch: Record<string, unknown>) => {
    const loaded = load(patch);
    return loaded.ok ? [] : loaded.error.map((e) => [e.path, e.message]);
  };

  it('a default outside the bounds, of the wrong kind, or empty is refused at its path', () => {
    expect(messages({ default: 100001 })).toEqual([['sections[0].questions[2].default', "Question 'employees' default: 100001 does not fit the question: Must be at most 100000"]]);
    expect(messages({ default: 'ti' })).toEqual([["sections[0].questions[2].default", "Question 'employees' default: \"ti\" does not fit the question: Must be a whole number"]]);
    expect(messages({ default: '' })).toEqual([['sections[0].questions[2].default', "Question 'employees' default: an empty default: leave the key out instead"]]);
    expect(messages({ default: 0 })).toEqual([]);
  });

  it('a read-only question that must be answered needs a default', () => {
    expect(messages({ readOnly: true, required: true })).toEqual([
      ['sections[0].questions[2].readOnly', "Question 'employees' readOnly: a read-only question that must be answered needs a default (nobody could answer it)"],
    ]);
    expect(messages({ readOnly: true, required: true, default: 3 })).toEqual([]);
  });
});
