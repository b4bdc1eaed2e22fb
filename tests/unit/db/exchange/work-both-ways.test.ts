/**
 * Work travels both ways (issue 13, item 5): the coordinator assigns cases to a surveyor known from
 * their package, rejects a response with a comment and sends the surveyor a package addressed to
 * them; the surveyor's computer takes the cases, the rejection and its comment; the surveyor's
 * attempts and fix come back by the usual package. Profiles live on their own computers, as in the
 * field: the office holds Carl and Dora, the laptop Anna and Bo.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../../renderer/src/core/questionnaire/builtin';
import { parseFrameCsv, type ParsedFrame } from '../../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../../renderer/src/core/weights/population';
import { verifyIntegrity } from '../../../../renderer/src/db/audit-verification';
import { CommentRepository } from '../../../../renderer/src/db/comment-repository';
import type { ImportFile, ImportOutcome } from '../../../../renderer/src/db/exchange-records';
import { QuestionnaireRepository } from '../../../../renderer/src/db/questionnaire-repository';
import { lookupOnly } from '../response-fixture';
import { anna, bo, carl, dora } from '../db-test-support';
import { computer, digest, send, type Computer } from './exchange-support';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());

function frame(lines: string[]): ParsedFrame {
  const parsed = parseFrameCsv(['id;navn;niveau;område;størrelse', ...lines].join('\n'), vocabulary);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

const FRAME = frame(['11111111;Skolen Nord;kommune;uddannelse;10-49', '22222222;Skolen Syd;kommune;uddannelse;10-49', '33333333;Regionshospitalet;region;sundhed;100+']);

async function office(label: string): Promise<Computer> {
  const c = await computer(label, [carl, dora]);
  const { basedOn } = await c.fieldwork.preview(FRAME);
  await c.fieldwork.applyFrame(carl, FRAME, 'stikprøve.csv', basedOn);
  return c;
}

async function packageFor(from: Computer, recipientId: string, name: string): Promise<ImportFile> {
  const built = await from.exchange.buildPackageFor(carl, recipientId);
  await from.exchange.recordSentToSurveyor(carl, built, name);
  return { name, data: built.bytes };
}

const imported = (outcome: ImportOutcome | undefined) => {
  if (outcome?.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(outcome)}`);
  return outcome;
};

/** The laptop's completed response, sent to an office that knows Anna from then on. */
async function fieldStart(label: string) {
  const laptop = await computer(`${label}-laptop`, [anna, bo]);
  const hq = await office(`${label}-office`);
  const r = await laptop.responses.create(anna, laptop.q);
  await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
  await laptop.responses.commitAnswer(anna, r.id, 'innovated', 'no');
  await laptop.responses.markCompleted(anna, r.id);
  imported((await hq.exchange.importPackages(carl, [await send(laptop, anna, 'all', 'anna-1.barometer')]))[0]);
  return { laptop, hq, responseId: r.id };
}

describe('work that travels from the coordinator to a surveyor and back', () => {
  it('the coordinator assigns to a surveyor known from their package and rejects with a comment; the surveyor gets both', async () => {
    const { laptop, hq, responseId } = await fieldStart('both-ways');
    expect((await hq.exchange.knownSurveyors()).map((s) => [s.profileId, s.name])).toEqual([[anna.id, anna.name]]);
    expect((await hq.fieldwork.assignees()).map((a) => [a.name, a.remote])).toEqual([[carl.name, false], [anna.name, true]]);
    await hq.fieldwork.assign(carl, ['11111111', '22222222'], anna.id);
    await hq.review.reject(dora, responseId, 'Tjek antal ansatte');

    const file = await packageFor(hq, anna.id, 'til-anna.barometer');
    const outcome = imported((await laptop.exchange.importPackages(anna, [file]))[0]);
    expect(outcome.manifest.recipient).toEqual({ profileId: anna.id, name: anna.name });
    expect(outcome.fieldwork).toMatchObject({ cases: 2, casesWithdrawn: 0, comments: 1 });
    expect(outcome.report).toMatchObject({ updated: 1, refused: [] });

    const mine = await laptop.fieldwork.cases(anna.id);
    expect(mine.map((c) => [c.id, c.frame.name, c.assigneeName])).toEqual([
      ['11111111', 'Skolen Nord', anna.name],
      ['22222222', 'Skolen Syd', anna.name],
    ]);
    expect((await laptop.responses.get(responseId))?.status).toBe('rejected');
    const comments = await new CommentRepository(laptop.db, lookupOnly(laptop.q)).forResponse(responseId);
    expect(comments.map((c) => [c.kind, c.text, c.authorName, c.authorRole])).toEqual([['rejection', 'Tjek antal ansatte', dora.name, 'auditor']]);
    // The laptop holds the office's chain now; every chain and every response checks out.
    expect((await verifyIntegrity(laptop.db)).ok).toBe(true);
  });

  it("takes no comments on responses the surveyor's computer does not hold (the office's chain records others' too)", async () => {
    const { hq, responseId } = await fieldStart('others-comments');
    await hq.review.reject(dora, responseId, 'Tjek navnet');
    const boLaptop = await computer('others-comments-bo', [bo]);
    const boFirst = await send(boLaptop, bo, 'all', 'bo-1.barometer');
    imported((await hq.exchange.importPackages(carl, [boFirst]))[0]);
    await hq.fieldwork.assign(carl, ['33333333'], bo.id);
    const outcome = imported((await boLaptop.exchange.importPackages(bo, [await packageFor(hq, bo.id, 'til-bo.barometer')]))[0]);
    expect(outcome.fieldwork).toMatchObject({ cases: 1, comments: 0 });
    expect(await boLaptop.db.comments.count()).toBe(0);
  });

  it('is for the profile it names: another surveyor on the same laptop is refused, and nothing changes', async () => {
    const { laptop, hq } = await fieldStart('addressed');
    await hq.fieldwork.assign(carl, ['11111111'], anna.id);
    const file = await packageFor(hq, anna.id, 'til-anna.barometer');
    const before = await digest(laptop.db);
    const [outcome] = await laptop.exchange.importPackages(bo, [file]);
    expect(outcome).toMatchObject({ status: 'refused', code: 'forbidden' });
    expect(outcome?.status === 'refused' && outcome.message.da).toBe(
      `Denne pakke fra koordinatoren er til ${anna.name}, ikke til ${bo.name}: log ind som ${anna.name} for at indlæse den. Intet er indlæst.`,
    );
    expect(await digest(laptop.db)).toEqual(before);
    // Nor does a coordinator import it: it is Anna's.
    const [byCarl] = await hq.exchange.importPackages(carl, [file]);
    expect(byCarl).toMatchObject({ status: 'refused', code: 'forbidden' });
  });

  it("the surveyor's attempts and fix come back by the usual package; the office sees the outcome and the completed response", async () => {
    const { laptop, hq, responseId } = await fieldStart('fix-back');
    await hq.fieldwork.assign(carl, ['11111111', '22222222'], anna.id);
    await hq.review.reject(dora, responseId, 'Tjek navnet');
    imported((await laptop.exchange.importPackages(anna, [await packageFor(hq, anna.id, 'til-anna.barometer')]))[0]);

    await laptop.fieldwork.recordAttempt(anna, '22222222', { mode: 'phone', outcome: 'refusal', note: 'Har ikke tid' });
    await laptop.responses.commitAnswer(anna, responseId, 'workplace_name', 'Skolen Nord');
    await laptop.responses.markCompleted(anna, responseId);
    const back = imported((await hq.exchange.importPackages(carl, [await send(laptop, anna, 'since-last', 'anna-2.barometer')]))[0]);
    expect(back.fieldwork).toMatchObject({ attempts: 1 });
    expect(back.report).toMatchObject({ updated: 1, refused: [] });

    const cases = await hq.fieldwork.cases();
    expect(cases.find((c) => c.id === '22222222')).toMatchObject({ disposition: 'refusal', attempts: 1, assigneeId: anna.id });
    expect(await hq.responses.get(responseId)).toMatchObject({ status: 'completed', answers: { workplace_name: 'Skolen Nord' } });
    expect((await verifyIntegrity(hq.db)).ok).toBe(true);
  });

  it('the latest list of cases is the one in force, whatever order the packages arrive in; a re-import changes nothing', async () => {
    const { laptop, hq } = await fieldStart('case-list');
    await hq.fieldwork.assign(carl, ['11111111', '22222222'], anna.id);
    const first = await packageFor(hq, anna.id, 'til-anna-1.barometer');
    await hq.fieldwork.assign(carl, ['22222222'], null);
    await hq.fieldwork.assign(carl, ['33333333'], anna.id);
    const second = await packageFor(hq, anna.id, 'til-anna-2.barometer');

    const later = imported((await laptop.exchange.importPackages(anna, [second]))[0]);
    expect(later.fieldwork).toMatchObject({ cases: 2 });
    const older = imported((await laptop.exchange.importPackages(anna, [first]))[0]);
    expect(older.fieldwork).toMatchObject({ cases: 0, casesWithdrawn: 0 });
    expect((await laptop.fieldwork.cases(anna.id)).map((c) => c.id)).toEqual(['11111111', '33333333']);
    const [again] = await laptop.exchange.importPackages(anna, [second]);
    expect(again?.status).toBe('already-imported');

    // In the other order on a second laptop of Anna's, the same list.
    const other = await computer('case-list-laptop-2', [anna]);
    imported((await other.exchange.importPackages(anna, [first]))[0]);
    const applied = imported((await other.exchange.importPackages(anna, [second]))[0]);
    expect(applied.fieldwork).toMatchObject({ casesWithdrawn: 1 });
    expect((await other.fieldwork.cases(anna.id)).map((c) => c.id)).toEqual(['11111111', '33333333']);
    expect((await other.fieldwork.cases()).find((c) => c.id === '22222222')?.assigneeId).toBe('');
  });

  it("the coordinator's edition for new responses comes with the package, embedded; an older package does not take it back", async () => {
    const { laptop, hq } = await fieldStart('edition');
    const editions = new QuestionnaireRepository(hq.db);
    const next = { ...hq.q.def, version: `${hq.q.def.version}-2` };
    await editions.add(carl, next, 'ny-udgave.xlsx');
    const before = await packageFor(hq, anna.id, 'til-anna-0.barometer');
    await editions.setActiveQuestionnaire(carl, next.id, next.version);
    const file = await packageFor(hq, anna.id, 'til-anna-1.barometer');

    const outcome = imported((await laptop.exchange.importPackages(anna, [file]))[0]);
    expect(outcome.fieldwork.activeEdition).toEqual({ id: next.id, version: next.version });
    const onLaptop = new QuestionnaireRepository(laptop.db);
    expect(await onLaptop.activeQuestionnaire()).toEqual({ id: next.id, version: next.version });
    expect(await onLaptop.get(next.id, next.version)).toEqual(next);
    const older = imported((await laptop.exchange.importPackages(anna, [before]))[0]);
    expect(older.fieldwork.activeEdition).toBeNull();
    expect(await onLaptop.activeQuestionnaire()).toEqual({ id: next.id, version: next.version });
    // Recorded on the laptop as the import's doing (the office's own entries came with its chain).
    const entries = (await laptop.db.audit.where('action').equals('questionnaire').toArray()).filter((e) => e.actorId === anna.id);
    expect(entries.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([['activeQuestionnaire', null, `${next.id} ${next.version}`]]);
  });

  it('a draft moved to the new edition on the laptop arrives in that edition at the office (its edition only moves forward)', async () => {
    const laptop = await computer('moved-laptop', [anna]);
    const hq = await office('moved-office');
    const draft = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, draft.id, 'workplace_name', 'Skolen');
    imported((await hq.exchange.importPackages(carl, [await send(laptop, anna, 'all', 'anna-1.barometer')]))[0]);
    const next = { ...hq.q.def, version: `${hq.q.def.version}-2`, previousVersion: hq.q.def.version };
    const editions = new QuestionnaireRepository(hq.db);
    await editions.add(carl, next, 'ny-udgave.xlsx');
    await editions.setActiveQuestionnaire(carl, next.id, next.version);
    imported((await laptop.exchange.importPackages(anna, [await packageFor(hq, anna.id, 'til-anna.barometer')]))[0]);

    const onLaptop = new QuestionnaireRepository(laptop.db);
    await onLaptop.loadCatalog();
    const { revision } = await onLaptop.drafts.preview(draft.id, next.id, next.version);
    await onLaptop.drafts.move(anna, draft.id, next.id, next.version, revision);
    const back = imported((await hq.exchange.importPackages(carl, [await send(laptop, anna, 'since-last', 'anna-2.barometer')]))[0]);
    expect(back.report).toMatchObject({ updated: 1, refused: [] });
    expect(await hq.responses.get(draft.id)).toMatchObject({ questionnaireVersion: next.version, answers: { workplace_name: 'Skolen' } });
    // The office's older copy of the header, sent back, does not move it back.
    const again = imported((await laptop.exchange.importPackages(anna, [await packageFor(hq, anna.id, 'til-anna-2.barometer')]))[0]);
    expect(again.report.refused).toEqual([]);
    expect((await laptop.responses.get(draft.id))?.questionnaireVersion).toBe(next.version);
  });

  it('a surveyor cannot send work to anyone, and the office cannot address someone it does not know', async () => {
    const { laptop, hq } = await fieldStart('who-sends');
    await expect(laptop.exchange.buildPackageFor(anna, bo.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(hq.exchange.buildPackageFor(carl, 'profile-nobody')).rejects.toMatchObject({ code: 'not-found' });
  });
});
