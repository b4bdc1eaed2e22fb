/**
 * Incoming answers are checked against their questionnaire version (issue 10, item 4): a package
 * with an answer that does not fit (a code of no option, text in a number question, an unknown
 * variable) is refused whole, naming the response key and the variable, and changes nothing. The
 * surveyor's laptop can still send (its data must always be able to leave it) and, once the answer
 * is fixed, the next package imports. The restore of an own backup is not refused for it.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../../../renderer/src/core/exchange/check-answers';
import { readPackage } from '../../../../renderer/src/core/exchange/read-package';
import { loadQuestionnaire } from '../../../../renderer/src/core/questionnaire/load-questionnaire';
import { ANSWER_CASES, FORGED_KEY } from '../../../fixtures/packages/bad-package-cases-answers';
import { gzJson } from '../../../fixtures/packages/make-bad-packages';
import { SAMPLE_QUESTIONNAIRE } from '../../../fixtures/packages/sample-package';
import { anna, carl } from '../db-test-support';
import { computer, digest, send } from './exchange-support';

const DIR = join(import.meta.dirname, '../../../fixtures/packages');
const gunzipJson = (bytes: Uint8Array): { manifest: { questionnaires: unknown[] } } => JSON.parse(gunzipSync(bytes).toString('utf8'));

describe('answers checked against their questionnaire in the package reader', () => {
  for (const c of ANSWER_CASES) {
    it(`refuses ${c.file} (${c.story}), naming ${FORGED_KEY} and ${c.variable}`, async () => {
      const result = await readPackage(new Uint8Array(readFileSync(join(DIR, c.file))));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-answer');
      for (const text of [result.error.message.da, result.error.message.en]) {
        expect(text).toContain(FORGED_KEY);
        expect(text).toContain(`${c.variable}:`);
      }
      expect(result.error.path).toMatch(new RegExp(`^content\\.responses\\[3\\]\\.revisions\\.contents\\[\\d\\]\\.content\\.answers\\.${c.variable}$`));
    });
  }

  it('checks a version the package does not embed against this computer’s stored definition', async () => {
    const doc = gunzipJson(new Uint8Array(readFileSync(join(DIR, 'answer-text-in-number.bepkg'))));
    doc.manifest.questionnaires = []; // the manifest is outside the content checksum
    const loaded = loadQuestionnaire(SAMPLE_QUESTIONNAIRE);
    if (!loaded.ok) throw new Error('sample questionnaire');
    const result = await readPackage(gzJson(doc), { isKnownQuestionnaire: () => true, storedQuestionnaire: () => loaded.value });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-answer');
    if (!result.ok) expect(result.error.message.da).toContain(`Besvarelse ${FORGED_KEY}`);
  });

  it('names what is wrong in words, and accepts what fits', () => {
    const loaded = loadQuestionnaire(SAMPLE_QUESTIONNAIRE);
    if (!loaded.ok) throw new Error('sample questionnaire');
    const v = (name: string) => loaded.value.byName.get(name);
    expect(answerProblem(v('innovated'), 'mars')?.da).toBe('"mars" er ikke en svarmulighed til spørgsmålet');
    expect(answerProblem(v('employees'), 'lots')?.en).toBe('"lots" is not a number');
    expect(answerProblem(v('employees'), 4.5)?.en).toBe('4.5 is not a whole number');
    expect(answerProblem(v('kinds'), ['service', 'service'])?.en).toBe('["service","service"] names an option twice');
    expect(answerProblem(v('kinds'), 'service')?.en).toBe('"service" is not a list of options');
    expect(answerProblem(undefined, 'x')?.en).toBe('the questionnaire has no such question');
    for (const [name, value] of [['innovated', 'yes'], ['employees', 12], ['kinds', ['process', 'service']], ['workplace_name', '=1+1'], ['innovated', ''], ['kinds', []]] as const) {
      expect(answerProblem(v(name), value as never), `${name} ${JSON.stringify(value)}`).toBeUndefined();
    }
  });

  it('a date answer must be an existing day written YYYY-MM-DD, as the entry form stores it', () => {
    const loaded = loadQuestionnaire({ ...SAMPLE_QUESTIONNAIRE, sections: [{ id: 's', title: { da: 'S', en: 'S' }, questions: [{ name: 'started', type: 'date', label: { da: 'Start', en: 'Start' } }] }], choiceLists: {}, derived: [] });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const started = loaded.value.byName.get('started');
    expect(answerProblem(started, '2021-03-05')).toBeUndefined();
    // As typed, a day February lacks, and a number: none is a stored date.
    expect(answerProblem(started, '05-03-2021')?.da).toBe('"05-03-2021" er ikke en dato (ÅÅÅÅ-MM-DD)');
    expect(answerProblem(started, '2021-02-31')?.en).toBe('"2021-02-31" is not a date (YYYY-MM-DD)');
    expect(answerProblem(started, 18_691)?.en).toBe('18691 is not a text');
  });
});

describe('a coordinator importing a package with answers that do not fit', () => {
  it('refuses it whole with the key and variable, changes nothing; after the fix the next package imports', async () => {
    const laptop = await computer('invalid-answers-laptop');
    const office = await computer('invalid-answers-office');
    const good = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, good.id, 'workplace_name', 'Skolen');
    const bad = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, bad.id, 'sector_level', 'mars');
    await laptop.responses.commitAnswer(anna, bad.id, 'employees', 'lots');

    // The office's device id is made at its first import, whatever the package: left out here.
    const tables = office.db.tables.map((t) => t.name).filter((name) => name !== 'settings');
    const before = await digest(office.db, tables);
    const sent = await send(laptop, anna, 'all'); // the laptop can always send
    const [outcome] = await office.exchange.importPackages(carl, [sent]);
    expect(outcome).toMatchObject({ status: 'refused', code: 'invalid-answer' });
    if (outcome?.status !== 'refused') return;
    expect(outcome.message.da).toMatch(new RegExp(`Besvarelse ${bad.key} .*: (sector_level: "mars" er ikke en svarmulighed|employees: "lots" er ikke et tal)`));
    expect(await digest(office.db, tables)).toEqual(before);

    await laptop.responses.commitAnswer(anna, bad.id, 'sector_level', 'region');
    await laptop.responses.commitAnswer(anna, bad.id, 'employees', 12);
    const [again] = await office.exchange.importPackages(carl, [await send(laptop, anna, 'all', 'fixed.barometer')]);
    expect(again).toMatchObject({ status: 'imported', report: { new: 2 } });
    expect((await office.db.responses.get(bad.id))?.answers).toMatchObject({ sector_level: 'region', employees: 12 });
  });

  it('a surveyor still restores an own backup holding such an answer', async () => {
    const laptop = await computer('invalid-answers-restore');
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'employees', 'lots');
    const backup = await laptop.exchange.buildBackup(anna);
    const fresh = await computer('invalid-answers-restored');
    const [outcome] = await fresh.exchange.restoreBackup(anna, { name: backup.fileName, data: backup.bytes });
    expect(outcome).toMatchObject({ status: 'imported', report: { new: 1 } });
    expect((await fresh.db.responses.get(r.id))?.answers['employees']).toBe('lots');
  });
});
