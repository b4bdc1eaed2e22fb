/**
 * The coordinator's workbook, read back: every cell of Data and Labels equals what the store's
 * records say (worked out independently), every Data column is in the Codebook, and the checksum
 * in About can be recomputed from the cells by its written definition.
 */
process.env.TZ = 'Europe/Copenhagen'; // dates are local wall-clock time: test in a zone that is not UTC

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { generateResponses } from '../../fixtures/generate-responses';
import { innovationAnswers, noInnovationAnswers, record } from './fixtures';
import { oracleRows, readBook, request, rowsOf, serialToStamp, type Cell } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();

const records: ResponseRecord[] = [
  ...generateResponses(q, 120, 7).records,
  record(innovationAnswers, { id: 'hand-1', key: 'HND-001', createdAt: '2026-03-01T23:30:15.789Z', status: 'draft' }),
  record(noInnovationAnswers, { id: 'hand-2', key: 'HND-002', createdAt: '2026-06-30T22:00:00.000Z' }),
  record({ innov_product: 'dk' }, { id: 'hand-3', key: 'HND-003', createdByName: '=cmd|"/C calc"!A0' }),
  record({ ...innovationAnswers, comment: 'linje 1\r\nlinje 2\tfane \\ skråstreg', recent_desc: 'ø'.repeat(40_000) }, { id: 'hand-4', key: 'HND-004' }),
];

describe('the workbook read back', async () => {
  const result = await buildWorkbook(q, records, request({ labelLanguage: 'en' }));
  const book = readBook(result.bytes);
  const data = rowsOf(book, 'Data');
  const labels = rowsOf(book, 'Labels');
  const columns = data[0] as string[];

  it('has the six sheets, in order', () => {
    expect(book.SheetNames).toEqual(['Data', 'Labels', 'Codebook', 'Indicators', 'Weights', 'About']);
    expect(result.summary.sheetNames).toEqual(book.SheetNames);
    expect(result.summary.rowCount).toBe(records.length);
  });

  it('Data: every cell equals the store record (codes, -99, empty when skipped, numbers and dates as numbers)', () => {
    expect(data).toHaveLength(records.length + 1);
    expect(data.slice(1)).toEqual(oracleRows(q, records, () => 1, null));
  });

  it('Labels: the same shape, every cell the label in the chosen language', () => {
    expect(labels[0]).toEqual(columns);
    expect(labels.slice(1)).toEqual(oracleRows(q, records, () => 1, 'en'));
  });

  it('writes dates as date cells and no formula anywhere', () => {
    const styled = XLSX.read(result.bytes, { type: 'array', cellNF: true });
    const sheet = styled.Sheets.Data as Record<string, { t?: string; z?: string; f?: string }>;
    // F: created_at (after key, uuid, status, verified, created_by).
    expect(sheet.F2?.t).toBe('n');
    expect(sheet.F2?.z).toBe('yyyy-mm-dd hh:mm:ss');
    for (const name of book.SheetNames) {
      const cells = Object.entries(book.Sheets[name] ?? {}).filter(([k]) => !k.startsWith('!'));
      expect(cells.filter(([, c]) => (c as { f?: string }).f !== undefined), name).toEqual([]);
    }
  });

  it('lists every Data column in the Codebook, in the same order, with its missing codes', () => {
    const codebook = rowsOf(book, 'Codebook');
    expect(codebook[0]?.slice(0, 3)).toEqual(['name', 'section', 'type']);
    expect(codebook.slice(1).map((r) => r[0])).toEqual(columns);
    const innov = codebook.find((r) => r[0] === 'innov_product') as Cell[];
    expect(innov[4]).toContain('introduced new or significantly changed products');
    expect(innov[5]).toBe('yes = Ja | no = Nej | dk = Ved ikke');
    expect(String(innov[11])).toMatch(/Empty = skipped.*-99 = asked but not answered.*"dk" = Don't know \(an answer, not missing\)/);
    const phase = codebook.find((r) => r[0] === 'collab_phase_citizens') as Cell[];
    expect(phase[8]).toBe("(${innov_any} = 1) and (selected(${collab_partner}, 'citizens'))");
    expect(codebook.find((r) => r[0] === 'initiator')?.[7]).toBe('maxSelected 3; exclusive dk');
    expect(codebook.find((r) => r[0] === 'recent_types')?.[7]).toBe('minSelected 1');
    expect(codebook.find((r) => r[0] === 'n_employees')?.[7]).toBe('min 3');
    expect(String(codebook.find((r) => r[0] === 'civil_role')?.[10])).toContain("selected(${initiator}, 'citizens')");
    expect(codebook.find((r) => r[0] === 'workplace_name')?.[9]).toBe('yes');
  });

  it("matches About's checksum when recomputed from the cells by its definition", () => {
    const about = rowsOf(book, 'About');
    const hex = about.find((r) => String(r[0]).startsWith('SHA-256'))?.[1];
    const dateColumns = new Set([columns.indexOf('created_at'), columns.indexOf('updated_at')]);
    const canonical = data
      .map((row, r) =>
        row
          .map((cell, c) => {
            if (cell === null) return '';
            if (typeof cell === 'number') return r > 0 && dateColumns.has(c) ? serialToStamp(cell) : String(cell);
            return cell.replace(/[\\\t\n\r]/g, (ch) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[ch] ?? ch);
          })
          .join('\t'),
      )
      .map((line) => `${line}\n`)
      .join('');
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(hex);
    expect(result.summary.checksum).toEqual({ sheet: 'Data', hex });
  });

  it('says in About who exported, when, what and how many, and reports the cut text', () => {
    const about = new Map(rowsOf(book, 'About').map((r) => [String(r[0]), r[1]]));
    expect(about.get('Exported by')).toBe('Mette Hansen (MH)');
    expect(about.get('App version')).toBe('0.1.0');
    expect(about.get('Questionnaire')).toBe('innovation-barometer');
    expect(about.get('Responses exported')).toBe(records.length);
    expect(about.get('Data rows in Data')).toBe(records.length);
    expect(about.get('Selection')).toBe('All responses. Deleted responses are never included.');
    expect(String(about.get('Weighting'))).toMatch(/^Unweighted: there is no population table/);
    expect(about.get('Truncated cells')).toBe(1);
    expect(about.get('Truncated')).toBe('Data · HND-004 · recent_desc: 40000 → 32767');
    expect(about.get('Time zone of all times')).toMatch(/^Europe\/Copenhagen: local time with summer time, i\.e\. UTC\+01:00 in winter \(standard time\) and UTC\+02:00 in summer/);
    expect(result.summary.truncated).toEqual([{ key: 'HND-004', uuid: 'hand-4', column: 'recent_desc', originalLength: 40_000 }]);
  });
});
