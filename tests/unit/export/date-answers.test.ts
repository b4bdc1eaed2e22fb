/**
 * A date question's answer in every export: a real date cell with the day's format in the workbook,
 * ISO text in the statistics CSV (not answered −99, skipped empty, as text columns), which the .sps
 * reads as SDATE10 dates and the .do daily() dates keeping not answered (.a) and skipped (.b) apart.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataColumns } from '../../../renderer/src/core/export/data-columns';
import { dataRow } from '../../../renderer/src/core/export/data-rows';
import { excelSerial } from '../../../renderer/src/core/export/excel-date';
import { rowXml, SharedStrings } from '../../../renderer/src/core/export/sheet-xml';
import { StatisticsExport } from '../../../renderer/src/core/export/statistics-export';
import { stylesXml } from '../../../renderer/src/core/export/workbook-parts';
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { compile, date, text } from '../core/form-builder';
import { zipEntries } from './zip-reader';

process.env.TZ = 'Europe/Copenhagen';
const q = compile({ questions: [text('name'), date('started', { relevant: "${name} != ''" })] });

function record(i: number, answers: Answers): ResponseRecord {
  const at = '2021-03-05T09:00:00.000Z';
  return {
    id: `00000000-0000-4000-8000-00000000000${i}`, key: `K${i}`, questionnaireId: q.id, questionnaireVersion: q.version, status: 'completed',
    createdAt: at, createdById: 'p', createdByName: 'Anne Holm', updatedAt: at, revision: 1, answers, deletedAt: null,
  };
}
// Answered; asked but not answered; skipped (no name, so the date is not asked).
const records = [record(1, { name: 'Skole', started: '2021-03-05' }), record(2, { name: 'Skole' }), record(3, {})];

describe('a date answer in the workbook', () => {
  const columns = dataColumns(q);
  const at = columns.findIndex((c) => c.name === 'started');

  it('is a date at local midnight of that day: serial 44260 (25569 days to 1970-01-01, then 18691), no time of day', () => {
    const cell = dataRow(q, records[0]!, columns)[at];
    expect(cell).toBeInstanceOf(Date);
    expect(excelSerial(cell as Date)).toBe(44_260);
    expect(dataRow(q, records[1]!, columns)[at]).toBe(-99);
    expect(dataRow(q, records[2]!, columns)[at]).toBeNull();
  });

  it('is written with the date style, whose format is yyyy-mm-dd', () => {
    const cells = [new Date(2021, 2, 5)];
    expect(rowXml(2, cells, ['A'], new SharedStrings(), false, ['day'])).toBe('<row r="2"><c s="4"><v>44260</v></c></row>');
    expect(stylesXml()).toContain('<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>');
    expect(stylesXml()).toContain('<cellXfs count="5">');
  });
});

describe('a date answer in the statistics export', () => {
  it('is ISO text in the CSV, an SDATE10 date in the .sps and a daily() date in the .do', async () => {
    const job = new StatisticsExport(q, { selection: { status: 'all', dateField: 'created' }, labelLanguage: 'da', population: null, exportedAt: new Date('2021-04-01T10:00:00Z') });
    job.add(records);
    const result = await job.finish();
    const files = new Map([...zipEntries(result.bytes)].map(([name, e]) => [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(inflateRawSync(e.data))]));
    const csvName = [...files.keys()].find((f) => f.endsWith('.csv'))!;
    const lines = files.get(csvName)!.replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(','));
    const at = lines[0]!.indexOf('started');
    expect(lines.slice(1).map((l) => l[at])).toEqual(['2021-03-05', '-99', '']);
    const sps = files.get([...files.keys()].find((f) => f.endsWith('.sps'))!)!;
    expect(sps).toContain('    started SDATE10\n');
    const dofile = files.get([...files.keys()].find((f) => f.endsWith('.do'))!)!;
    expect(dofile).toContain('generate double `day\' = cond(started == "-99", .a, cond(started == "", .b, daily(started, "YMD")))');
    expect(dofile).toContain('format started %tdCCYY-NN-DD');
  });
});
