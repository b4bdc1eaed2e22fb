/**
 * Double-entry verification through the store: marking (chosen keys, every n-th), a blind second
 * keying by another profile, comparison when it is complete, on-the-fly settlements, the
 * coordinator's resolution (audited, naming verifier and keyer), and the keyer statistics.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VerificationRepository } from '../../../renderer/src/db/verification-repository';
import { StoreError } from '../../../renderer/src/db/store-error';
import { anna, bo, carl, dora, rejectionOf } from './db-test-support';
import { lookupOnly, responseFixture, type ResponseFixture } from './response-fixture';
import { responseIn } from './review-support';

let f: ResponseFixture;
let verification: VerificationRepository;

beforeEach(async () => {
  f = await responseFixture();
  verification = new VerificationRepository(f.db, lookupOnly(f.q));
});
afterEach(() => f.db.close());

/** A completed response of Anna's: workplace, innovated yes, kinds, employees 25. */
async function completed(): Promise<{ id: string; key: string }> {
  const id = await responseIn(f, 'draft');
  await f.responses.commitAnswer(anna, id, 'workplace_name', 'Aarhus Kommune');
  await f.responses.commitAnswer(anna, id, 'employees', 25);
  await f.responses.commitAnswer(anna, id, 'innovated', 'yes');
  await f.responses.commitAnswer(anna, id, 'kinds', ['service']);
  const done = await f.responses.markCompleted(anna, id);
  return { id, key: done.key };
}

const forbidden = (e: unknown) => e instanceof StoreError && e.code === 'forbidden';

describe('marking responses for verification', () => {
  it('a coordinator marks chosen keys; drafts are left out and named; a surveyor may not mark', async () => {
    const one = await completed();
    const draft = await responseIn(f, 'draft');
    const draftKey = (await f.responses.get(draft))?.key ?? '';
    const outcome = await verification.markByKeys(carl, [one.key.toLowerCase(), draftKey]);
    expect(outcome).toEqual({ marked: 1, alreadyMarked: 0, notCompleted: [draftKey] });
    expect(await verification.markByKeys(carl, [one.key])).toEqual({ marked: 0, alreadyMarked: 1, notCompleted: [] });
    expect((await verification.get(one.id))?.state).toBe('marked');
    expect(forbidden(await rejectionOf(verification.markByKeys(anna, [one.key])))).toBe(true);
  });

  it('an unknown key refuses the whole marking and names it (nothing is marked)', async () => {
    const one = await completed();
    const error = await rejectionOf(verification.markByKeys(carl, [one.key, 'ZZZ-9ZZ']));
    expect((error as StoreError).text?.da).toBe('Ingen besvarelse har nøglen ZZZ-9ZZ: intet er markeret.');
    expect(await f.db.verifications.count()).toBe(0);
  });

  it('every 2nd of each surveyor\'s completed responses, in keying order', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await completed()).id);
    const outcome = await verification.markShare(carl, { kind: 'every-nth', n: 2 });
    expect(outcome.marked).toBe(2);
    expect(new Set((await verification.list()).map((v) => v.responseId))).toEqual(new Set([ids[1], ids[3]]));
    const marks = await f.db.audit.where('action').equals('verification').toArray();
    expect(marks.map((m) => m.details?.['step'])).toEqual(['mark', 'mark']);
    expect(marks[0]?.details?.['keyerName']).toBe(anna.name);
  });
});

describe('the second keying', () => {
  it('is refused to the profile that keyed the response first, and to auditors', async () => {
    const one = await completed();
    await verification.markByKeys(carl, [one.key]);
    const own = await rejectionOf(verification.start(anna, one.id, 'afterwards'));
    expect((own as StoreError).text?.da).toBe('En besvarelse verificeres af en anden profil end den, der tastede den første gang.');
    expect(forbidden(await rejectionOf(verification.start(dora, one.id, 'afterwards')))).toBe(true);
    expect((await verification.get(one.id))?.state).toBe('marked');
  });

  it('afterwards: two mismatches go to the coordinator; her choices are audited and the response is verified', async () => {
    const one = await completed();
    await verification.markByKeys(carl, [one.key]);
    await verification.start(bo, one.id, 'afterwards');
    // Another verifier cannot take over a keying under way.
    expect(forbidden(await rejectionOf(verification.keyAnswer(carl, one.id, 'employees', 52)))).toBe(true);
    await verification.keyAnswer(bo, one.id, 'workplace_name', 'Aarhus  Kommune '); // spacing is not a difference
    await verification.keyAnswer(bo, one.id, 'employees', 52);
    await verification.keyAnswer(bo, one.id, 'innovated', 'yes');
    await verification.keyAnswer(bo, one.id, 'kinds', ['process']);
    const keyed = await verification.finish(bo, one.id, 'session-1');
    expect(keyed.state).toBe('disagreements');
    expect(keyed.disagreements).toEqual([
      { variable: 'employees', first: 25, second: 52 },
      { variable: 'kinds', first: ['service'], second: ['process'] },
    ]);
    // Compared: workplace_name, workplace_id, employees, sector_level, policy_area, innovated, kinds, effect_quality, effect_cost.
    expect(keyed.fieldsCompared).toBe(9);
    expect((await f.responses.get(one.id))?.answers['employees']).toBe(25);

    expect(forbidden(await rejectionOf(verification.resolve(bo, one.id, { employees: 'first', kinds: 'second' })))).toBe(true);
    const missing = await rejectionOf(verification.resolve(carl, one.id, { employees: 'first' }));
    expect((missing as StoreError).text?.da).toBe('Vælg en værdi for hvert spørgsmål, der afviger (1 mangler).');

    const resolved = await verification.resolve(carl, one.id, { employees: 'first', kinds: 'second' });
    expect(resolved.state).toBe('verified');
    expect(resolved.resolutions.map((r) => [r.variable, r.choice, r.error])).toEqual([
      ['employees', 'first', 'verifier'],
      ['kinds', 'second', 'keyer'],
    ]);
    const response = await f.responses.get(one.id);
    expect(response?.answers['employees']).toBe(25);
    expect(response?.answers['kinds']).toEqual(['process']);
    const entries = (await f.db.audit.where('responseId').equals(one.id).toArray()).filter((e) => e.details?.['step'] === 'resolve');
    expect(entries.map((e) => [e.field, e.oldValue, e.newValue, e.actorName, e.details?.['verifierName'], e.details?.['keyerName']])).toEqual([
      ['employees', 25, 25, carl.name, bo.name, anna.name],
      ['kinds', ['service'], ['process'], carl.name, bo.name, anna.name],
    ]);
  });

  it('on the fly: a keyer error puts the verifier\'s value into the response; nothing left: verified at once', async () => {
    const one = await completed();
    await verification.markByKeys(carl, [one.key]);
    await verification.start(bo, one.id, 'on-the-fly');
    for (const [field, value] of [['workplace_name', 'Aarhus Kommune'], ['innovated', 'yes'], ['kinds', ['service']]] as const) {
      await verification.keyAnswer(bo, one.id, field, typeof value === 'string' ? value : [...value]);
    }
    await verification.keyAnswer(bo, one.id, 'employees', 26, 'keyer');
    await verification.keyAnswer(bo, one.id, 'sector_level', undefined, 'verifier');
    const done = await verification.finish(bo, one.id, 'session-2');
    expect(done.state).toBe('verified');
    expect(done.disagreements).toEqual([]);
    expect((await f.responses.get(one.id))?.answers['employees']).toBe(26);
    const settled = (await f.db.audit.where('responseId').equals(one.id).toArray()).find((e) => e.details?.['step'] === 'on-the-fly');
    expect(settled).toMatchObject({ field: 'employees', oldValue: 25, newValue: 26, actorName: bo.name });
  });
});

describe('the review queue by verification', () => {
  it('filters by verification state, and bulk approve acts on exactly the verified ones', async () => {
    const verified = await completed();
    const marked = await completed();
    const plain = await completed();
    await verification.markByKeys(carl, [verified.key, marked.key]);
    await verification.start(bo, verified.id, 'afterwards');
    for (const [field, value] of [['workplace_name', 'Aarhus Kommune'], ['employees', 25], ['innovated', 'yes'], ['kinds', ['service']]] as const) {
      await verification.keyAnswer(bo, verified.id, field, typeof value === 'object' ? [...value] : value);
    }
    expect((await verification.finish(bo, verified.id, null)).state).toBe('verified');
    const ids = async (filter: Parameters<typeof f.review.queue>[0]) => (await f.review.queue(filter)).map((s) => s.id);
    expect(await ids({ verification: 'verified' })).toEqual([verified.id]);
    expect(await ids({ verification: 'marked' })).toEqual([marked.id]);
    expect(await ids({ verification: 'none' })).toEqual([plain.id]);
    const approved = await f.review.bulkApprove(dora, { statuses: ['completed'], verification: 'verified' }, [verified.id]);
    expect(approved.map((r) => r.id)).toEqual([verified.id]);
    expect((await f.responses.get(marked.id))?.status).toBe('completed');
  });
});

describe('keyer statistics', () => {
  it('per session and per operator, with the errors of the verifications a session completed', async () => {
    const one = await completed();
    await verification.markByKeys(carl, [one.key]);
    await verification.start(bo, one.id, 'afterwards');
    await verification.keyAnswer(bo, one.id, 'workplace_name', 'Aarhus Kommune');
    await verification.keyAnswer(bo, one.id, 'employees', 52);
    await verification.keyAnswer(bo, one.id, 'innovated', 'yes');
    await verification.keyAnswer(bo, one.id, 'kinds', ['process']);
    await verification.finish(bo, one.id, 's-bo');
    await verification.resolve(carl, one.id, { employees: 'first', kinds: 'second' });
    // Bo: 10 minutes, 2 of them a pause, 200 keystrokes. Anna: 30 minutes, 600 keystrokes, adding.
    const t0 = Date.UTC(2024, 2, 1, 9);
    await verification.recordSession(bo, { id: 's-bo', mode: 'verify', start: t0, end: t0 + 600_000, pauseMs: 120_000, keystrokes: 200, responseIds: [one.id] });
    await verification.recordSession(anna, { id: 's-anna', mode: 'add', start: t0 - 3_600_000, end: t0 - 1_800_000, pauseMs: 0, keystrokes: 600, responseIds: [one.id] });
    expect(forbidden(await rejectionOf(verification.recordSession(dora, { id: 's-d', mode: 'add', start: t0, end: t0, pauseMs: 0, keystrokes: 0, responseIds: [] })))).toBe(true);

    const { sessions, operators } = await verification.statistics();
    const boSession = sessions.find((s) => s.operatorId === bo.id);
    // 200 keystrokes in 8 working minutes = 1,500/hour; 2 errors per 200 keystrokes = 10 per 1,000;
    // 9 fields compared: keyer 1/9 = 11.1 %, verifier 1/9, total 2/9.
    expect(boSession).toMatchObject({ mode: 'verify', elapsedMs: 600_000, pauseMs: 120_000, responses: 1, keystrokes: 200, keystrokesPerHour: 1500, errorsPer1000: 10 });
    expect(boSession?.keyerErrorPct).toBeCloseTo(100 / 9, 10);
    expect(boSession?.verifierErrorPct).toBeCloseTo(100 / 9, 10);
    expect(boSession?.totalErrorPct).toBeCloseTo(200 / 9, 10);
    const annaSession = sessions.find((s) => s.operatorId === anna.id);
    expect(annaSession).toMatchObject({ mode: 'add', keystrokesPerHour: 1200, errorsPer1000: 0, keyerErrorPct: null });
    expect(operators.map((o) => [o.operatorName, o.mode, o.keystrokes])).toEqual([
      [anna.name, 'all', 600],
      [bo.name, 'all', 200],
    ]);
  });
});
