/**
 * The progress by day read from the store: attempts on their Copenhagen day, a response started from
 * a case counted as work that day, and a case completed when its response was first marked completed.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { parseFrameCsv } from '../../../renderer/src/core/fieldwork/parse-frame';
import { progressByDay } from '../../../renderer/src/core/fieldwork/progress-by-day';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { FieldworkRepository } from '../../../renderer/src/db/fieldwork-repository';
import { anna, carl } from './db-test-support';
import { responseFixture } from './response-fixture';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());

async function withFrame() {
  const parsed = parseFrameCsv(
    ['id;navn;niveau;område;størrelse', '11111111;Skolen Nord;kommune;uddannelse;10-49', '22222222;Skolen Syd;kommune;uddannelse;10-49', '33333333;Skolen Vest;kommune;uddannelse;3-9'].join('\n'),
    vocabulary,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const f = await responseFixture();
  const fieldwork = new FieldworkRepository(f.db);
  await fieldwork.applyFrame(carl, parsed.value, 'stikprøve.csv', 0);
  await fieldwork.assign(carl, ['11111111', '22222222', '33333333'], anna.id);
  return { ...f, fieldwork };
}

const attempt = (id: string, caseId: string, at: string, outcome: 'non-contact' | 'refusal' | 'complete') => ({
  id, caseId, at, mode: 'phone' as const, outcome, note: '', byId: anna.id, byName: anna.name,
});

describe('progress by day from the store', () => {
  it('attempts fall on their Copenhagen day; a case completed by an attempt is completed that day', async () => {
    const f = await withFrame();
    await f.db.attempts.bulkAdd([
      attempt('a1', '11111111', '2026-11-02T08:00:00Z', 'non-contact'),
      // 23:30 UTC on the 2nd is 00:30 on the 3rd in Copenhagen.
      attempt('a2', '11111111', '2026-11-02T23:30:00Z', 'complete'),
      attempt('a3', '22222222', '2026-11-03T09:00:00Z', 'refusal'),
    ]);
    // The monitoring's single read gives what the two reads give apart.
    const both = await f.fieldwork.monitoring();
    expect(both).toEqual({ cases: await f.fieldwork.cases(), progress: await f.fieldwork.progress() });
    expect(both.cases.map((c) => c.disposition)).toEqual(['complete', 'refusal', 'not-attempted']);
    const rows = progressByDay(await f.fieldwork.progress());
    expect(rows).toEqual([
      { day: '2026-11-02', attempts: 1, attempted: 1, firstAttempted: 1, completed: 0, attemptedSoFar: 1, completedSoFar: 0 },
      { day: '2026-11-03', attempts: 2, attempted: 2, firstAttempted: 1, completed: 1, attemptedSoFar: 2, completedSoFar: 1 },
    ]);
    f.db.close();
  });

  it('a response from a case is work on the day it was started; completing it completes the case at that moment', async () => {
    const f = await withFrame();
    const r = await f.responses.createFromCase(anna, f.q, '33333333');
    await f.responses.commitAnswer(anna, r.id, 'innovated', 'no');
    // The test questionnaire has other areas than the frame: a coordinator clears the locked answer.
    await f.responses.commitAnswer(carl, r.id, 'policy_area', undefined, 'Området findes ikke i testskemaet');
    await f.responses.markCompleted(anna, r.id);
    const facts = await f.fieldwork.progress();
    const completedAt = (await f.db.audit.where('action').equals('status').toArray()).find((e) => e.responseId === r.id && e.newValue === 'completed')?.at;
    expect(completedAt).toBeDefined();
    expect(facts).toEqual([
      { attempts: [], responsesStarted: [], completedAt: null },
      { attempts: [], responsesStarted: [], completedAt: null },
      { attempts: [], responsesStarted: [r.createdAt], completedAt },
    ]);
    // Reopened, it is a partial interview again: no completion.
    await f.responses.reopen(anna, r.id);
    expect((await f.fieldwork.progress())[2]?.completedAt).toBeNull();
    f.db.close();
  });
});
