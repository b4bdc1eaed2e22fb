/**
 * The first Excel export, end to end: two responses keyed and completed in the browser (one with an
 * innovation, one without), "Eksportér til Excel", and the downloaded workbook read back in Node.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { answerInnovationQuestions, answerSectionA } from './support/barometer';
import { chromiumPath, launchBrowser, removeProfile } from './support/chromium';
import { PATIENCE, Surveyor } from './support/surveyor';
import { da } from './support/wording';

type Row = Record<string, unknown>;

/** The Data sheet as one object per response, keyed by column name; an empty cell is null. */
function dataRows(bytes: Buffer): Row[] {
  const workbook = XLSX.read(bytes);
  const sheet = workbook.Sheets['Data'];
  if (!sheet) throw new Error(`No sheet "Data" in the workbook (sheets: ${workbook.SheetNames.join(', ')})`);
  return XLSX.utils.sheet_to_json<Row>(sheet, { defval: null });
}

describe.skipIf(!chromiumPath)('the first Excel export', () => {
  it('downloads a workbook whose Data sheet holds each completed response with its codes, numbers and empty skipped cells', async () => {
    const { context, profileDir } = await launchBrowser();
    try {
      const s = await Surveyor.open(context);
      // Exporting is a coordinator's job.
      await s.startWithRole('Mette Hansen', 'MH', 'Koordinator');

      // A workplace with an innovation: section C is answered.
      const innovative = await s.createResponse();
      await answerSectionA(s, { name: 'Sundhedshuset Vest', id: '12345678', level: 'Kommune', area: 'Sundhed', employees: '25', role: 'Medarbejder', from: '2015', to: '2016' });
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Ja', 'Nej', 'Ved ikke', 'Nej']);
      await s.nextSection(da.section_C);
      await s.answerLong(da.recent_desc, 'Digital booking af hjemmehjælp');
      await s.tick(da.recent_types, ['Serviceydelse', 'Proces eller måde at organisere arbejdet på']);
      await s.markAsCompleted();
      await s.backToList();

      // A workplace without: section C is skipped. The surveyor first keyed "Ja" by mistake and
      // answered some of C; those answers are kept in the store but must not be exported.
      const plain = await s.createResponse();
      await answerSectionA(s, { name: 'Vejcenter Nord', id: '87654321', level: 'Region', area: 'Teknik, miljø og forsyning', employees: '12', from: '2015', to: '2016' });
      await s.nextSection(da.section_B);
      await answerInnovationQuestions(s, ['Ja', 'Nej', 'Nej', 'Nej']);
      await s.nextSection(da.section_C);
      await s.answerLong(da.recent_desc, 'Tastet ved en fejl');
      await s.tick(da.recent_types, ['Produkt']);
      await s.previousSection(da.section_B);
      await s.pick(da.innov_product, 'Nej');
      // Enter past the three "Nej" given before, to the question that now appears.
      for (let i = 0; i < 3; i++) await s.page.keyboard.press('Enter');
      await s.pick(da.dev_ongoing, 'Nej');
      await s.markAsCompleted();
      await s.backToList();
      await s.rowOf(plain).waitFor(PATIENCE);

      const download = await s.exportToExcel();
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const rows = dataRows(readFileSync(await download.path()));
      expect(rows).toHaveLength(2);

      const withInnovation = rows.find((r) => r['key'] === innovative);
      expect(withInnovation, `a row with key ${innovative}`).toBeDefined();
      expect(withInnovation).toMatchObject({
        key: innovative,
        status: 'completed',
        workplace_name: 'Sundhedshuset Vest',
        workplace_id: '12345678',
        sector_level: 'municipality',
        policy_area: 'health',
        n_employees: 25,
        resp_role: 'employee',
        period_start: 2015,
        period_end: 2016,
        innov_product: 'yes',
        innov_service: 'no',
        innov_process: 'dk',
        innov_comm: 'no',
        innov_any: 1,
        recent_desc: 'Digital booking af hjemmehjælp',
        recent_types: 'service process',
        'recent_types/product': 0,
        'recent_types/service': 1,
        'recent_types/process': 1,
        'recent_types/communication': 0,
        dev_ongoing: null,
      });
      expect(typeof withInnovation?.['n_employees']).toBe('number');

      const without = rows.find((r) => r['key'] === plain);
      expect(without, `a row with key ${plain}`).toBeDefined();
      expect(without).toMatchObject({
        key: plain,
        status: 'completed',
        workplace_name: 'Vejcenter Nord',
        n_employees: 12,
        innov_product: 'no',
        innov_any: 0,
        dev_ongoing: 'no',
      });
      // Every column of section C is empty for a workplace without innovation (skipped, not unanswered).
      const sectionC = Object.keys(without ?? {}).filter((column) =>
        ['recent_', 'novelty', 'insp_channel', 'closeness', 'core_task', 'initiator', 'collab_', 'funding', 'tech_', 'value', 'evaluated', 'eval_content', 'spread_active', 'factor_'].some((prefix) => column.startsWith(prefix)),
      );
      expect(sectionC.length).toBeGreaterThan(60);
      expect(Object.fromEntries(sectionC.map((c) => [c, without?.[c]]).filter(([, v]) => v !== null))).toEqual({});
    } finally {
      await context.close();
      removeProfile(profileDir);
    }
  });
});
