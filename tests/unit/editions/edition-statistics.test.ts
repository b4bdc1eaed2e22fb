/** The statistics files across editions: −97 is a third missing code, and an option only an older edition had keeps a number. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { editionSet } from '../../../renderer/src/core/editions/edition-set';
import { editionColumns } from '../../../renderer/src/core/export/edition-columns';
import { StatisticsExport } from '../../../renderer/src/core/export/statistics-export';
import type { Answers, QuestionnaireDef } from '../../../renderer/src/core/questionnaire/model';
import { rWith } from '../../support/external-tools';
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

async function zip() {
  const job = new StatisticsExport(q2, { selection: { status: 'all', dateField: 'created' }, labelLanguage: 'en', population: null, exportedAt: new Date('2027-02-01T10:00:00Z') }, undefined, set);
  job.add([record(1, '1', { level: 'state', retired: 3 }), record(2, '2', { level: 'regional', ai: 'no' })]);
  return new Map([...zipEntries((await job.finish()).bytes)].map(([name, e]) => [name, inflateRawSync(e.data)]));
}

async function files() {
  return new Map([...(await zip())].map(([name, bytes]) => [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)]));
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

  it.skipIf(!rWith(['haven'], 'reading the .dta with R haven'))('the .dta has −97 as .c: R haven reads NA(c), labelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dta-editions-'));
    try {
      for (const [name, bytes] of await zip()) writeFileSync(join(dir, name), bytes);
      const script = `suppressMessages(library(haven)); d <- read_dta("innovationsbarometer.dta")
        cat(as.numeric(d$level), na_tag(d$ai), as.numeric(d$retired[1]), na_tag(d$retired[2]), "\\n")
        l <- attr(d$ai, "labels"); cat(paste0(ifelse(is.na(l), paste0("NA(", na_tag(l), ")"), l), "=", names(l), collapse = ";"))`;
      const r = spawnSync('Rscript', ['-e', script], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const [values, labels] = r.stdout.split('\n');
      expect(values).toBe('1 2 c NA 3 c ');
      expect(labels).toMatch(/;NA\(a\)=Not answered;NA\(b\)=Skipped \(not asked\);NA\(c\)=Not in the response's edition$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
