/**
 * Volume through the real repository: three packages of 400 responses over the same responses,
 * one continuing them all and one diverging on 5 %, merged in any order, give the same state, with
 * exactly those conflicts. (The benchmark runs the same with 10,000 in Chromium.)
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../../renderer/src/core/questionnaire/builtin';
import { ExchangeRepository, type ImportFile } from '../../../../renderer/src/db/exchange-repository';
import { QuestionnaireRepository } from '../../../../renderer/src/db/questionnaire-repository';
import { packageFile, threePackageInputs } from '../../../fixtures/generate-packages';
import { carl, openTestDb, storeProfiles } from '../db-test-support';
import { digest, MERGED_TABLES } from './exchange-support';

const q = loadBuiltinQuestionnaire();
const spec = (n: number) => ({ deviceId: `device-${n}`, surveyor: { id: `s-${n}`, name: `Surveyor ${n}`, initials: `S${n}` } });

async function coordinator(label: string) {
  const db = await openTestDb(label);
  await storeProfiles(db);
  await new QuestionnaireRepository(db).ensure(q.def);
  return { db, exchange: new ExchangeRepository(db, () => q) };
}

/** The coordinator confirms each new device's fingerprint. */
const trustEach = () => Promise.resolve(true);

describe('merging three large packages', () => {
  it('is order independent, reports each package’s effect, and keeps 5 % in conflict', async () => {
    const inputs = threePackageInputs(q, 400, 0.05, [spec(1), spec(2), spec(3)]);
    const files: ImportFile[] = await Promise.all(inputs.map(async (input, i) => ({ name: `p${i + 1}.barometer`, data: await packageFile(input) })));
    const inOrder = await coordinator('large-1');
    const progress: number[] = [];
    const outcomes = await inOrder.exchange.importPackages(carl, files, (p) => p.phase === 'merging' && progress.push(p.done), trustEach);
    expect(outcomes.map((o) => (o.status === 'imported' ? [o.report.new, o.report.updated, o.report.unchanged + o.report.older, o.report.conflicts] : o.status))).toEqual([
      [400, 0, 0, 0],
      [0, 400, 0, 0],
      [0, 0, 380, 20],
    ]);
    expect(progress.filter((done) => done > 0).length).toBeGreaterThan(2);
    expect(await inOrder.exchange.conflictCount()).toBe(20);

    const reversed = await coordinator('large-2');
    await reversed.exchange.importPackages(carl, [...files].reverse(), undefined, trustEach);
    expect(await digest(reversed.db, MERGED_TABLES)).toEqual(await digest(inOrder.db, MERGED_TABLES));
  }, 60_000);
});
