/**
 * The fieldwork in the store: a coordinator imports the frame (and a new version after preview),
 * assigns cases in blocks, a surveyor records attempts and starts a response from a case whose
 * identifying answers are locked; every write is behind the roles table and audited.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { builtinQuestionnaireDef, loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { loadQuestionnaire } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type { QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { parseFrameCsv, type ParsedFrame } from '../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { FieldworkRepository } from '../../../renderer/src/db/fieldwork-repository';
import type { Profile } from '../../../renderer/src/db/records';
import { anna, bo, carl, dora, rejectionOf } from './db-test-support';
import { responseFixture, type ResponseFixture } from './response-fixture';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());

function frame(lines: string[]): ParsedFrame {
  const parsed = parseFrameCsv(['id;navn;niveau;område;størrelse', ...lines].join('\n'), vocabulary);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

const FIRST = frame([
  '11111111;Skolen Nord;kommune;uddannelse;10-49',
  '22222222;Skolen Syd;kommune;uddannelse;10-49',
  '33333333;Regionshospitalet;region;sundhed;100+',
]);

async function withFrame(): Promise<ResponseFixture & { fieldwork: FieldworkRepository }> {
  const f = await responseFixture();
  const fieldwork = new FieldworkRepository(f.db);
  const { basedOn } = await fieldwork.preview(FIRST);
  await fieldwork.applyFrame(carl, FIRST, 'stikprøve.csv', basedOn);
  return { ...f, fieldwork };
}

describe('the sample frame in the store', () => {
  it('a first import makes one unassigned case per workplace, version 1, audited', async () => {
    const f = await withFrame();
    expect(await f.fieldwork.currentVersion()).toMatchObject({ version: 1, fileName: 'stikprøve.csv', cases: 3, added: 3, removed: 0, changed: 0 });
    const cases = await f.fieldwork.cases();
    expect(cases.map((c) => [c.id, c.stratum, c.assigneeId, c.disposition])).toEqual([
      ['11111111', 'sector_level=municipality|policy_area=education|size_class=10_49', '', 'not-attempted'],
      ['22222222', 'sector_level=municipality|policy_area=education|size_class=10_49', '', 'not-attempted'],
      ['33333333', 'sector_level=region|policy_area=health|size_class=100_plus', '', 'not-attempted'],
    ]);
    const [entry] = await f.db.audit.where('action').equals('fieldwork').toArray();
    expect(entry).toMatchObject({ actorId: carl.id, details: { kind: 'frame-import', version: 1, cases: 3, added: 3 } });
    f.db.close();
  });

  it('a re-import shows its changes first, then applies them as version 2, keeping surveyors and attempts', async () => {
    const f = await withFrame();
    await f.fieldwork.assign(carl, ['11111111', '33333333'], anna.id);
    await f.fieldwork.recordAttempt(anna, '33333333', { mode: 'phone', outcome: 'non-contact' });
    const next = frame(['11111111;Skolen Nord (ny adresse);kommune;uddannelse;10-49', '33333333;Regionshospitalet;region;sundhed;100+', '44444444;Museet;stat;kultur og fritid;3-9']);
    const { diff, basedOn } = await f.fieldwork.preview(next);
    expect(basedOn).toBe(1);
    expect({ added: diff.added.map((c) => c.workplaceId), removed: diff.removed.map((c) => c.workplaceId), changed: diff.changed.map((c) => [c.workplaceId, c.fields]) }).toEqual({
      added: ['44444444'], removed: ['22222222'], changed: [['11111111', ['name']]],
    });
    // Nothing is applied by the preview.
    expect((await f.fieldwork.cases()).map((c) => c.id)).toEqual(['11111111', '22222222', '33333333']);

    await f.fieldwork.applyFrame(carl, next, 'stikprøve-2.csv', basedOn);
    const cases = await f.fieldwork.cases();
    expect(cases.map((c) => [c.id, c.frame.name, c.assigneeName, c.disposition])).toEqual([
      ['11111111', 'Skolen Nord (ny adresse)', anna.name, 'not-attempted'],
      ['33333333', 'Regionshospitalet', anna.name, 'non-contact'],
      ['44444444', 'Museet', '', 'not-attempted'],
    ]);
    expect((await f.fieldwork.versions()).map((v) => [v.version, v.added, v.removed, v.changed])).toEqual([[1, 3, 0, 0], [2, 1, 1, 1]]);
    // The left-out workplace is kept, out of the frame.
    expect(await f.db.cases.get('22222222')).toMatchObject({ inFrame: 0 });
    f.db.close();
  });

  it('refuses to apply a preview made before another version was applied', async () => {
    const f = await withFrame();
    const stale = await f.fieldwork.preview(FIRST);
    await f.fieldwork.applyFrame(carl, FIRST, 'again.csv', stale.basedOn);
    expect(await rejectionOf(f.fieldwork.applyFrame(carl, FIRST, 'late.csv', stale.basedOn))).toMatchObject({ code: 'stale-selection' });
    expect((await f.fieldwork.versions()).length).toBe(2);
    f.db.close();
  });
});

describe('assignments, attempts and responses from cases', () => {
  it('assigns a block, reassigns part of it; each change one audit entry; only to surveyors or coordinators', async () => {
    const f = await withFrame();
    expect(await f.fieldwork.assign(carl, ['11111111', '22222222', '33333333'], anna.id)).toBe(3);
    expect(await f.fieldwork.assign(carl, ['22222222', '33333333'], bo.id)).toBe(2);
    expect(await f.fieldwork.assign(carl, ['22222222'], bo.id)).toBe(0);
    expect((await f.fieldwork.cases(anna.id)).map((c) => c.id)).toEqual(['11111111']);
    expect((await f.fieldwork.cases(bo.id)).map((c) => c.id)).toEqual(['22222222', '33333333']);
    const entries = await f.db.audit.where('action').equals('fieldwork').toArray();
    expect(entries.filter((e) => e.details?.kind === 'assign').map((e) => [e.newValue, e.details?.count])).toEqual([[anna.name, 3], [bo.name, 2]]);
    expect(await rejectionOf(f.fieldwork.assign(carl, ['11111111'], dora.id))).toMatchObject({ code: 'forbidden' });
    expect(await rejectionOf(f.fieldwork.assign(carl, ['99999999'], anna.id))).toMatchObject({ code: 'not-found' });
    expect((await f.fieldwork.cases(anna.id)).map((c) => c.id)).toEqual(['11111111']);
    f.db.close();
  });

  it('records attempts: the latest outcome is the disposition, audited with old and new', async () => {
    const f = await withFrame();
    await f.fieldwork.assign(carl, ['11111111'], anna.id);
    await f.fieldwork.recordAttempt(anna, '11111111', { mode: 'phone', outcome: 'non-contact', note: 'Ingen svar' });
    await f.fieldwork.recordAttempt(anna, '11111111', { mode: 'email', outcome: 'refusal' });
    const [c] = await f.fieldwork.cases(anna.id);
    expect(c).toMatchObject({ disposition: 'refusal', attempts: 2 });
    expect((await f.fieldwork.attemptsOf('11111111')).map((a) => [a.mode, a.outcome, a.note, a.byName])).toEqual([
      ['phone', 'non-contact', 'Ingen svar', anna.name],
      ['email', 'refusal', '', anna.name],
    ]);
    const attempts = (await f.db.audit.where('action').equals('fieldwork').toArray()).filter((e) => e.details?.kind === 'attempt');
    expect(attempts.map((e) => [e.field, e.oldValue, e.newValue, e.details?.aapor, e.details?.final])).toEqual([
      ['disposition', 'not-attempted', 'non-contact', '2.2', false],
      ['disposition', 'non-contact', 'refusal', '2.1', true],
    ]);
    f.db.close();
  });

  it('keeps attempts made within one millisecond (or after the clock was set back) in the order they were made', async () => {
    const f = await withFrame();
    await f.fieldwork.assign(carl, ['11111111'], anna.id);
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-02T10:00:00.000Z'));
    try {
      await f.fieldwork.recordAttempt(anna, '11111111', { mode: 'phone', outcome: 'non-contact' });
      await f.fieldwork.recordAttempt(anna, '11111111', { mode: 'phone', outcome: 'refusal' });
      clock.mockReturnValue(Date.parse('2026-03-02T09:00:00.000Z'));
      await f.fieldwork.recordAttempt(anna, '11111111', { mode: 'visit', outcome: 'unknown' });
    } finally {
      clock.mockRestore();
    }
    expect((await f.fieldwork.attemptsOf('11111111')).map((a) => [a.at, a.outcome])).toEqual([
      ['2026-03-02T10:00:00.000Z', 'non-contact'],
      ['2026-03-02T10:00:00.001Z', 'refusal'],
      ['2026-03-02T10:00:00.002Z', 'unknown'],
    ]);
    expect((await f.fieldwork.cases(anna.id))[0]).toMatchObject({ disposition: 'unknown', attempts: 3 });
    f.db.close();
  });

  it('leaves out of a started response a frame code its edition has no option for (a level only an older edition has)', async () => {
    const f = await withFrame();
    await f.fieldwork.assign(carl, ['33333333'], anna.id);
    // An edition of the barometer without the level region.
    const def = structuredClone(builtinQuestionnaireDef) as QuestionnaireDef;
    const levels = def.sections.flatMap((s) => s.questions).find((x) => x.name === 'sector_level')?.choices;
    if (typeof levels !== 'string') throw new Error('sector_level has no named choice list');
    def.choiceLists[levels] = (def.choiceLists[levels] ?? []).filter((c) => c.code !== 'region');
    const loaded = loadQuestionnaire({ ...def, version: '2099.1' });
    if (!loaded.ok) throw new Error(loaded.error[0]?.message);
    const r = await f.responses.createFromCase(anna, loaded.value, '33333333');
    expect(r.answers).toEqual({ workplace_name: 'Regionshospitalet', workplace_id: '33333333', policy_area: 'health' });
    expect(await f.responses.caseLinkOf(r.id)).toMatchObject({ caseId: '33333333', locked: ['workplace_name', 'workplace_id', 'policy_area'] });
    f.db.close();
  });

  it("starts a response from a case with section A filled in, locked against the surveyor's edits", async () => {
    const f = await withFrame();
    await f.fieldwork.assign(carl, ['33333333'], anna.id);
    const r = await f.responses.createFromCase(anna, f.q, '33333333');
    expect(r.answers).toEqual({ workplace_name: 'Regionshospitalet', workplace_id: '33333333', sector_level: 'region', policy_area: 'health' });
    expect(await f.responses.caseLinkOf(r.id)).toMatchObject({ caseId: '33333333', locked: ['workplace_name', 'workplace_id', 'sector_level', 'policy_area'] });
    const fromFrame = (await f.db.audit.where('responseId').equals(r.id).toArray()).filter((e) => e.action === 'answer');
    expect(fromFrame.map((e) => [e.field, e.details?.source])).toEqual([
      ['workplace_name', 'sample-frame'], ['workplace_id', 'sample-frame'], ['sector_level', 'sample-frame'], ['policy_area', 'sample-frame'],
    ]);
    expect((await f.fieldwork.cases(anna.id))[0]).toMatchObject({ disposition: 'partial', responseIds: [r.id] });

    // The surveyor may answer the rest, not change what came from the frame.
    await f.responses.commitAnswer(anna, r.id, 'employees', 250);
    expect(await rejectionOf(f.responses.commitAnswer(anna, r.id, 'workplace_name', 'Andet navn'))).toMatchObject({ code: 'forbidden', text: { da: expect.stringMatching(/kommer fra stikprøven/) } });
    // A coordinator changes it only with a reason.
    expect(await rejectionOf(f.responses.commitAnswer(carl, r.id, 'workplace_name', 'Regionshospitalet Vest'))).toMatchObject({ code: 'reason-required' });
    const fixed = await f.responses.commitAnswer(carl, r.id, 'workplace_name', 'Regionshospitalet Vest', 'Navnet er ændret efter sammenlægning');
    expect(fixed.answers.workplace_name).toBe('Regionshospitalet Vest');
    f.db.close();
  });

  it('a surveyor starts or records only on cases assigned to them; an auditor on none', async () => {
    const f = await withFrame();
    await f.fieldwork.assign(carl, ['11111111'], anna.id);
    const before = { responses: await f.db.responses.count(), attempts: await f.db.attempts.count(), audit: await f.audit.count() };
    for (const who of [bo, dora] as Profile[]) {
      expect(await rejectionOf(f.responses.createFromCase(who, f.q, '11111111'))).toMatchObject({ code: 'forbidden' });
      expect(await rejectionOf(f.fieldwork.recordAttempt(who, '11111111', { mode: 'visit', outcome: 'refusal' }))).toMatchObject({ code: 'forbidden' });
    }
    for (const who of [anna, bo, dora] as Profile[]) {
      expect(await rejectionOf(f.fieldwork.assign(who, ['11111111'], bo.id))).toMatchObject({ code: 'forbidden' });
      expect(await rejectionOf(f.fieldwork.applyFrame(who, FIRST, 'x.csv', 1))).toMatchObject({ code: 'forbidden' });
    }
    expect({ responses: await f.db.responses.count(), attempts: await f.db.attempts.count(), audit: await f.audit.count() }).toEqual(before);
    // A coordinator works any case.
    await f.fieldwork.recordAttempt(carl, '22222222', { mode: 'letter', outcome: 'closed' });
    expect((await f.fieldwork.cases()).find((c) => c.id === '22222222')?.disposition).toBe('closed');
    f.db.close();
  });
});
