/**
 * The round trip between a coordinator and three surveyors (issue 13, item 5), as a property: the
 * packages of one field season — each surveyor's first work, the office's packages back to each
 * (cases, rejections with comments), a reassignment, each surveyor's attempts and fixes — imported
 * in any order give one state: on a coordinator's computer the responses, trees, attempts, links,
 * comments and keying sessions; on each surveyor's computer the list of cases in force.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../../renderer/src/core/questionnaire/builtin';
import { parseFrameCsv } from '../../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../../renderer/src/core/weights/population';
import type { ImportFile } from '../../../../renderer/src/db/exchange-records';
import type { Profile } from '../../../../renderer/src/db/records';
import { anna, bo, carl, dora } from '../db-test-support';
import { computer, digest, send, type Computer } from './exchange-support';

const eva: Profile = { ...anna, id: 'profile-eva', name: 'Eva Holm', initials: 'EH' };
const SURVEYORS = [anna, bo, eva] as const;
const CASES = ['11111111', '22222222', '33333333', '44444444'];
const MERGED = ['responses', 'summaries', 'revisions', 'attempts', 'caseLinks', 'comments', 'keyingSessions', 'verifications', 'cases'];

const parsed = parseFrameCsv(
  ['id;navn;niveau;område;størrelse', ...CASES.map((id, i) => `${id};Arbejdsplads ${i + 1};kommune;uddannelse;10-49`)].join('\n'),
  stratumVocabulary(loadBuiltinQuestionnaire()),
);
if (!parsed.ok) throw new Error('the frame');
const FRAME = parsed.value;

interface Season {
  /** The office's backup once it has sent round 1: where every order of round 2 starts from. */
  officeBackup: ImportFile;
  /** Every surveyor's package to the office: the first round, then the second. */
  toOffice: ImportFile[];
  /** Per surveyor, the office's packages to them, in the order they were made. */
  toSurveyor: ImportFile[][];
}

async function fieldSeason(): Promise<Season> {
  const office = await computer('season-office', [carl, dora]);
  const { basedOn } = await office.fieldwork.preview(FRAME);
  await office.fieldwork.applyFrame(carl, FRAME, 'stikprøve.csv', basedOn);
  const laptops: Computer[] = [];
  const responseIds: string[] = [];
  const toOffice: ImportFile[] = [];
  for (const [i, who] of SURVEYORS.entries()) {
    const laptop = await computer(`season-laptop-${i}`, [who]);
    const r = await laptop.responses.create(who, laptop.q);
    await laptop.responses.commitAnswer(who, r.id, 'workplace_name', `Skole ${i}`);
    await laptop.responses.commitAnswer(who, r.id, 'innovated', 'no');
    await laptop.responses.markCompleted(who, r.id);
    const file = await send(laptop, who, 'all', `${who.initials}-1.barometer`);
    await office.exchange.importPackages(carl, [file]);
    laptops.push(laptop);
    responseIds.push(r.id);
    toOffice.push(file);
  }
  const addressed = async (i: number, round: number): Promise<ImportFile> => {
    const who = SURVEYORS[i]!;
    const built = await office.exchange.buildPackageFor(carl, who.id);
    await office.exchange.recordSentToSurveyor(carl, built, `til-${who.initials}-${round}.barometer`);
    return { name: `til-${who.initials}-${round}.barometer`, data: built.bytes };
  };
  // Round 1: a case each (Anna two), every response rejected with a comment.
  await office.fieldwork.assign(carl, ['11111111', '44444444'], anna.id);
  await office.fieldwork.assign(carl, ['22222222'], bo.id);
  await office.fieldwork.assign(carl, ['33333333'], eva.id);
  for (const id of responseIds) await office.review.reject(dora, id, 'Tjek navnet');
  const toSurveyor: ImportFile[][] = [[await addressed(0, 1)], [await addressed(1, 1)], [await addressed(2, 1)]];
  // Round 2: Anna's second case goes to Eva.
  await office.fieldwork.assign(carl, ['44444444'], eva.id);
  toSurveyor[0]!.push(await addressed(0, 2));
  toSurveyor[2]!.push(await addressed(2, 2));
  const backup = await office.exchange.buildBackup(carl);
  const officeBackup = { name: backup.fileName, data: backup.bytes };
  // Each surveyor takes round 1, records an attempt, fixes and completes, and sends again.
  for (const [i, who] of SURVEYORS.entries()) {
    const laptop = laptops[i]!;
    await laptop.exchange.importPackages(who, [toSurveyor[i]![0]!]);
    const [mine] = await laptop.fieldwork.cases(who.id);
    await laptop.fieldwork.recordAttempt(who, mine!.id, { mode: 'phone', outcome: i === 1 ? 'refusal' : 'non-contact', note: `Forsøg ${i}` });
    await laptop.responses.commitAnswer(who, responseIds[i]!, 'workplace_name', `Skolen ${i}`);
    await laptop.responses.markCompleted(who, responseIds[i]!);
    toOffice.push(await send(laptop, who, 'since-last', `${who.initials}-2.barometer`));
  }
  return { officeBackup, toOffice, toSurveyor };
}

let season: Season;
let label = 0;

/** The office as its backup left it (restored on a computer of its own), then `files` imported in order. */
async function officeState(files: readonly ImportFile[]): Promise<Record<string, string>> {
  const hub = await computer(`season-hub-${label++}`, [carl, dora]);
  const [restored] = await hub.exchange.restoreBackup(carl, season.officeBackup);
  expect(restored?.status, JSON.stringify(restored)).toBe('imported');
  for (const file of files) {
    const [outcome] = await hub.exchange.importPackages(carl, [file]);
    expect(outcome?.status, JSON.stringify(outcome)).toBe("imported");
  }
  const state = await digest(hub.db, MERGED);
  hub.db.close();
  return state;
}

async function surveyorCases(i: number, files: readonly ImportFile[]): Promise<string[]> {
  const who = SURVEYORS[i]!;
  const laptop = await computer(`season-surveyor-${label++}`, [who]);
  for (const file of files) await laptop.exchange.importPackages(who, [file]);
  const ids = (await laptop.fieldwork.cases(who.id)).map((c) => c.id);
  laptop.db.close();
  return ids;
}

describe('a field season round trip, imported in any order', () => {
  beforeAll(async () => {
    season = await fieldSeason();
  }, 60_000);

  it("gives the coordinator's computer one state whatever order the surveyors' packages come in", async () => {
    const reference = await officeState(season.toOffice);
    // The reference holds the season's work: three attempts, three comments, responses completed again.
    expect(reference.attempts).not.toBe((await officeState([])).attempts);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(season.toOffice, { minLength: season.toOffice.length }), async (order) => {
        expect(await officeState(order)).toEqual(reference);
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it("gives each surveyor the latest list of cases whatever order the office's packages come in, and twice changes nothing", async () => {
    const expected = [['11111111'], ['22222222'], ['33333333', '44444444']];
    for (const [i, files] of season.toSurveyor.entries()) {
      expect(await surveyorCases(i, files)).toEqual(expected[i]);
      expect(await surveyorCases(i, [...files].reverse())).toEqual(expected[i]);
      expect(await surveyorCases(i, [...files, ...files])).toEqual(expected[i]);
    }
  }, 60_000);
});
