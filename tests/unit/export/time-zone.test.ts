process.env.TZ = 'Europe/Copenhagen'; // Copenhagen wall-clock time: UTC+01:00 in winter, UTC+02:00 in summer
/**
 * Times are stated truthfully (issue 11, item 3): About names the zone and both offsets rather than
 * one "UTC+01:00", date cells hold each instant's own wall-clock time, and `isoWithOffset` writes
 * an instant with the offset of its own day — checked with a winter and a summer timestamp.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { isoWithOffset, offsetsInYear } from '../../../renderer/src/core/export/excel-date';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { readBook, request, rowsOf } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();
const WINTER = '2026-01-15T12:00:00.000Z'; // 13:00 in Copenhagen (CET)
const SUMMER = '2026-07-01T12:00:00.000Z'; // 14:00 in Copenhagen (CEST)

const record = (id: string, at: string): ResponseRecord => ({
  id, key: id, questionnaireId: q.id, questionnaireVersion: q.version, status: 'completed', createdAt: at, createdById: 'p',
  createdByName: 'Anne Holm', updatedAt: at, revision: 1, answers: { workplace_name: id }, deletedAt: null,
});

describe('times', () => {
  it('an instant with the offset of its own day: winter +01:00, summer +02:00', () => {
    expect(isoWithOffset(new Date(WINTER))).toBe('2026-01-15T13:00:00+01:00');
    expect(isoWithOffset(new Date(SUMMER))).toBe('2026-07-01T14:00:00+02:00');
    expect(offsetsInYear(2026)).toEqual(['UTC+01:00', 'UTC+02:00']);
  });

  it('About names the zone and both offsets, whether exported in winter or summer; the cells are each day\'s wall-clock time', async () => {
    for (const exportedAt of [new Date(WINTER), new Date(SUMMER)]) {
      const book = readBook((await buildWorkbook(q, [record('W', WINTER), record('S', SUMMER)], request({ exportedAt, labelLanguage: 'en' }))).bytes);
      const about = new Map(rowsOf(book, 'About').map((r) => [r[0], r[1]]));
      expect(about.get('Time zone of all times')).toBe(
        'Europe/Copenhagen: local time with summer time, i.e. UTC+01:00 in winter (standard time) and UTC+02:00 in summer (daylight saving time); ' +
          `each time is in the offset of its own day. Exported ${isoWithOffset(exportedAt)}. A time in the hour that is repeated when summer time ends reads the same both times; ` +
          'the statistics-package CSV has every time unambiguously as ISO 8601 with its offset.',
      );
      const data = rowsOf(book, 'Data');
      const at = (data[0] ?? []).indexOf('created_at');
      // Excel serials of the wall-clock times: 13:00 on 2026-01-15 and 14:00 on 2026-07-01.
      const serial = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h) / 86_400_000 + 25_569;
      expect(data.slice(1).map((r) => r[at])).toEqual([serial(2026, 1, 15, 13), serial(2026, 7, 1, 14)]);
    }
    const da = readBook((await buildWorkbook(q, [record('W', WINTER)], request({ exportedAt: new Date(SUMMER) }))).bytes);
    expect(String(new Map(rowsOf(da, 'About').map((r) => [r[0], r[1]])).get('Tidszone for alle tidspunkter'))).toMatch(
      /^Europe\/Copenhagen: lokal tid med sommertid, dvs\. UTC\+01:00 om vinteren \(normaltid\) og UTC\+02:00 om sommeren \(sommertid\); .* Eksporteret 2026-07-01T14:00:00\+02:00\./,
    );
  });

  it('says truthfully that the repeated hour at the end of summer time reads the same twice in the workbook; the CSV tells the two apart', async () => {
    // 00:30Z and 01:30Z on 25 October 2026 are both 02:30 in Copenhagen (summer time, then standard time).
    const first = '2026-10-25T00:30:00.000Z';
    const second = '2026-10-25T01:30:00.000Z';
    expect([isoWithOffset(new Date(first)), isoWithOffset(new Date(second))]).toEqual(['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00']);
    const book = readBook((await buildWorkbook(q, [record('A', first), record('B', second)], request({ labelLanguage: 'en' }))).bytes);
    const data = rowsOf(book, 'Data');
    const at = (data[0] ?? []).indexOf('created_at');
    const cells = data.slice(1).map((r) => r[at]);
    expect(cells[0]).toBe(cells[1]);
    expect(String(new Map(rowsOf(book, 'About').map((r) => [r[0], r[1]])).get('Time zone of all times'))).toContain('A time in the hour that is repeated when summer time ends reads the same both times');
  });
});
