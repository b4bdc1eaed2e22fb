/** The statistics files across editions: −97 is a third missing code, and an option only an older edition had keeps a number. */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { editionSet } from '../../../renderer/src/core/editions/edition-set';
import { editionColumns } from '../../../renderer/src/core/export/edition-columns';
import { StatisticsExport } from '../../../renderer/src/core/export/statistics-export';
import type { Answers, QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { zipEntries } from '../export/zip-reader';
import { compiled, edition1, edition2 } from './editions-fixture';

// Edition 2 without the option `state`: an edition-1 answer `state` has no option in the newest edition.
const withoutState: QuestionnaireDef = { ...structuredClone(edition2), choiceLists: { ...structuredClone(edition2.choiceLists), levels: edition2.choiceLists.levels!.filter((c) => c.code !== 'state') } };
const q1 = compiled(edition1);
const q2 = compiled(withoutState);
const set = editionSet([q1, q2]);

const record = (i: number, version: string, answers: Answers) => ({
  id: `id-${i}`, key: `K${i}`, status: 'draft', createdByName: 'Anna', createdAt: `2027-01-0${i}T10:00:00.000Z`, updatedAt: `2027-01-0${i}T10:00:00.000Z`,
  questionnaireId: 'editions-test', questionnaireVersion: version, answers,
});

async function files() {
  const job = new StatisticsExport(q2, { selection: { status: 'all', dateField: 'created' }, labelLanguage: 'en', population: null, exportedAt: new Date('2027-02-01T10:00:00Z') }, undefined, set);
  job.add([record(1, '1', { level: 'state', retired: 3 }), record(2, '2', { level: 'regional', ai: 'no' })]);
  const result = await job.finish();
  return new Map([...zipEntries(result.bytes)].map(([name, e]) => [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(inflateRawSync(e.data))]));
}

describe('the statistics files across editions', () => {
  it('the retired option keeps a place: edition 1’s first option, so first (the union rule: after its predecessor, or at the start)', () => {
    const level = editionColumns(set).find((c) => c.name === 'level');
    expect(level?.kind === 'value' ? level.variable.choices?.map((c) => c.code) : null).toEqual(['state', 'regional', 'municipality']);
  });

  it('the CSV numbers the options in that order and writes −97 where the edition lacks the question', async () => {
    const out = await files();
    const csv = [...out.entries()].find(([name]) => name.endsWith('.csv') && name !== 'variables.csv')![1];
    const [header, first, second] = csv.replace(/^\ufeff/, '').trim().split('\r\n').map((line) => line.split(','));
    const at = (row: string[] | undefined, name: string) => row?.[header!.indexOf(name)];
    // state = 1, regional = 2, municipality = 3; ai is −97 in edition 1; retired is −97 in edition 2.
    expect([at(first, 'level'), at(first, 'ai'), at(first, 'retired')]).toEqual(['1', '-97', '3']);
    expect([at(second, 'level'), at(second, 'ai'), at(second, 'retired')]).toEqual(['2', '2', '-97']);
  });

  it('SPSS, Stata and DDI declare −97 as missing', async () => {
    const out = await files();
    const text = (suffix: string) => [...out.entries()].find(([name]) => name.endsWith(suffix))![1];
    expect(text('.sps')).toMatch(/MISSING VALUES .* \(-99, -98, -97\)\./);
    expect(text('.sps')).toContain("-97 'Not in the response''s edition'");
    expect(text('.do')).toContain('mvdecode ai, mv(-99=.a \\ -98=.b \\ -97=.c)');
    expect(text('.xml')).toContain('<item VALUE="-97"/>');
  });
});
