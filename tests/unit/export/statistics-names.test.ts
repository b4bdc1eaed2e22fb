/** Variable names for SPSS and Stata: valid, ≤ 32 characters, unique after case folding, stable, in the Codebook. */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { dataColumns } from '../../../renderer/src/core/export/data-columns';
import { statisticsNames, statsNameOf } from '../../../renderer/src/core/export/statistics-names';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { readBook, request, rowsOf } from './workbook-fixtures';

const q = loadBuiltinQuestionnaire();
const columns = dataColumns(q);

describe('statistics names', () => {
  it('every Data column gets a valid, short, unique name', () => {
    const names = [...statisticsNames(columns).values()];
    expect(names).toHaveLength(columns.length);
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,31}$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // The built-in questionnaire has long option columns: they exist, and every one is cut.
    const long = columns.filter((c) => c.name.length > 32);
    expect(long.length).toBeGreaterThan(0);
  });

  it('by the documented rule: / → _, a leading digit, reserved words, 32 characters with a hash', () => {
    expect(statsNameOf('collab_partner/citizens')).toBe('collab_partner_citizens');
    expect(statsNameOf('3rd')).toBe('v3rd');
    expect(statsNameOf('with')).toBe('with_v');
    expect(statsNameOf('comment')).toBe('comment_v'); // PSPP reads a line starting with COMMENT as a comment
    expect(statsNameOf('str12')).toBe('str12_v');
    expect(statsNameOf('_n')).toBe('v_n');
    const long = 'collab_phase_other_public/problem_ideas';
    const cut = statsNameOf(long);
    expect(cut).toHaveLength(32);
    expect(cut.slice(0, 28)).toBe('collab_phase_other_public_p_');
    expect(statsNameOf(long)).toBe(cut); // stable
    expect(statsNameOf('collab_phase_other_public/problem_other')).not.toBe(cut);
  });

  it('folds case when keeping names unique: the later one gets _2', () => {
    const cols = [{ kind: 'meta', name: 'key' }, { kind: 'meta', name: 'KEY' }, { kind: 'meta', name: 'k-ey' }, { kind: 'meta', name: 'k_ey' }] as unknown as Parameters<typeof statisticsNames>[0];
    expect([...statisticsNames(cols).values()]).toEqual(['key', 'KEY_2', 'k_ey', 'k_ey_2']);
  });

  it('the Codebook lists the statistics name beside the workbook name', async () => {
    const book = readBook((await buildWorkbook(q, [], request())).bytes);
    const codebook = rowsOf(book, 'Codebook');
    const col = (codebook[0] ?? []).indexOf('stats_name');
    const names = statisticsNames(columns);
    expect(codebook.slice(1).map((r) => [r[0], r[col]])).toEqual(columns.map((c) => [c.name, names.get(c.name)]));
  });
});
