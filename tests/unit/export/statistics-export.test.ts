/**
 * The statistics-package export (issue 11, items 4/5): a zip with a UTF-8 CSV under the short names,
 * SPSS syntax, a Stata do-file and a Stata .dta. Checked by reading the files back here, then — when
 * present — by running the .sps in PSPP (saving a .sav) and reading that .sav with R haven, and by
 * reading the .dta with R haven: values, value labels and the missing codes match the store. Each
 * outside program skips with one line when absent.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataColumns } from '../../../renderer/src/core/export/data-columns';
import { isFreeTextColumn } from '../../../renderer/src/core/export/missing-codes';
import { SKIPPED_CODE, StatisticsExport, xmlText } from '../../../renderer/src/core/export/statistics-export';
import { statisticsNames } from '../../../renderer/src/core/export/statistics-names';
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { PopulationTable } from '../../../renderer/src/core/weights';
import type { ResponseRecord, ResponseStatus } from '../../../renderer/src/db/records';
import { generateResponses } from '../../fixtures/generate-responses';
import { psppPresent, rWith } from '../../support/external-tools';
import { zipEntries } from './zip-reader';

process.env.TZ = 'Europe/Copenhagen';
const q = loadBuiltinQuestionnaire();
/** jsdom (a devDependency, without type declarations): only its strict XML DOMParser is used. */
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const names = statisticsNames(dataColumns(q));
const n = (workbookName: string) => names.get(workbookName) ?? workbookName;

function record(i: number, status: ResponseStatus, at: string, answers: Answers): ResponseRecord {
  return {
    id: `00000000-0000-4000-8000-00000000000${i}`, key: `K${i}`, questionnaireId: q.id, questionnaireVersion: q.version, status,
    createdAt: at, createdById: 'p', createdByName: 'Anne Holm', updatedAt: at, revision: 1, answers, deletedAt: null,
  };
}

const NAME = 'Plejecenter "Nord", Århus';
const records = [
  record(1, 'completed', '2026-07-01T12:00:00.000Z', {
    workplace_name: NAME, sector_level: 'municipality', policy_area: 'education', n_employees: 20,
    innov_product: 'yes', innov_service: 'no', innov_process: 'dk', innov_comm: 'no', recent_types: ['product'], novelty: 'adapted', collab_partner: ['citizens'],
  }),
  record(2, 'draft', '2026-01-15T12:00:00.000Z', {}),
];

async function exported(plainText?: boolean) {
  const job = new StatisticsExport(q, { selection: { status: 'all', dateField: 'created' }, labelLanguage: 'da', population: null, exportedAt: new Date('2026-08-01T10:00:00Z'), ...(plainText !== undefined && { plainText }) });
  job.add(records);
  const result = await job.finish();
  const files = new Map([...zipEntries(result.bytes)].map(([name, e]) => [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(inflateRawSync(e.data))]));
  return { result, files };
}

/** Parses our CSV (RFC 4180, quoted fields may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('the statistics-package export', () => {
  it('holds the CSV (UTF-8 with BOM, short names), the .sps, the .do and the name list', async () => {
    const { result, files } = await exported();
    expect(result.files).toEqual(['innovationsbarometer.csv', 'innovationsbarometer.sps', 'innovationsbarometer.do', 'innovationsbarometer.dta', 'variables.csv', 'innovationsbarometer.xml']);
    expect([...zipEntries(result.bytes).keys()]).toEqual(result.files);
    const csv = files.get('innovationsbarometer.csv') ?? '';
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(dataColumns(q).map((c) => names.get(c.name)));
    expect(rows).toHaveLength(2);
    const cell = (r: number, name: string) => rows[r]?.[(header ?? []).indexOf(n(name))];
    // Workbook order: by creation time, so the winter draft comes first.
    expect([cell(0, 'key'), cell(1, 'key')]).toEqual(['K2', 'K1']);
    expect(cell(1, 'workplace_name')).toBe(NAME);
    expect(cell(1, 'created_at')).toBe('2026-07-01T14:00:00+02:00');
    expect(cell(0, 'created_at')).toBe('2026-01-15T13:00:00+01:00');
    // yes_no_dk numbered in list order: yes 1, no 2, dk 3.
    expect([cell(1, 'innov_product'), cell(1, 'innov_service'), cell(1, 'innov_process')]).toEqual(['1', '2', '3']);
    expect(cell(1, 'n_employees')).toBe('20');
    expect(cell(1, 'dev_ongoing')).toBe(String(SKIPPED_CODE)); // an innovator is not asked
    expect(cell(1, 'collab_partner/citizens')).toBe('1');
    expect(cell(1, 'collab_partner/companies')).toBe('0');
    expect([cell(0, 'workplace_name'), cell(0, 'innov_product'), cell(0, 'n_employees')]).toEqual(['-99', '-99', '-99']);
    expect(cell(1, 'weight')).toBe('1');

    const sps = files.get('innovationsbarometer.sps') ?? '';
    expect(sps).toContain(`  ${n('innov_product')} 1 'Ja' 2 'Nej' 3 'Ved ikke' -99 'Ikke besvaret' -98 'Sprunget over (ikke stillet)'`);
    expect(sps).toMatch(/MISSING VALUES [^.]*\binnov_product\b[^.]* \(-99, -98\)\./);
    const dofile = files.get('innovationsbarometer.do') ?? '';
    expect(dofile).toContain(`label define ${n('innov_product')} 1 \`"Ja"' 2 \`"Nej"' 3 \`"Ved ikke"' .a \`"Ikke besvaret"' .b \`"Sprunget over (ikke stillet)"', replace`);
    expect(dofile).toContain(`mvdecode ${n('innov_product')}, mv(-99=.a \\ -98=.b)`);
    // Columns are named by position, so the CSV's BOM cannot spoil the first name.
    expect(dofile).toMatch(/^import delimited using "innovationsbarometer\.csv", varnames\(nonames\) rowrange\(2\) encoding\("utf-8"\)/m);
    expect(dofile).toContain('\nrename v1 key\n');
    expect(dofile).toContain(`\nrename v${dataColumns(q).length} weight\n`);
    expect(files.get('variables.csv')).toContain(`${n('collab_phase_other_public/problem_ideas')},collab_phase_other_public/problem_ideas,number,`);
  });

  it('free text as plain text on request: an unanswered text is empty; numbers and codes keep -99, and the syntax files say so', async () => {
    const { files } = await exported(true);
    const [header, ...rows] = parseCsv((files.get('innovationsbarometer.csv') ?? '').slice(1));
    const cell = (r: number, name: string) => rows[r]?.[(header ?? []).indexOf(n(name))];
    expect([cell(0, 'workplace_name'), cell(0, 'innov_product'), cell(0, 'n_employees')]).toEqual(['', '-99', '-99']);
    expect(cell(1, 'workplace_name')).toBe(NAME);
    // Only the free-text columns change: every other column (code lists of a multiple choice too) is as by default.
    const { files: coded } = await exported();
    const [codedHeader, ...codedRows] = parseCsv((coded.get('innovationsbarometer.csv') ?? '').slice(1));
    expect(codedHeader).toEqual(header);
    const free = new Set(dataColumns(q).filter(isFreeTextColumn).map((c) => n(c.name)));
    const changed = (header ?? []).filter((name, i) => rows.some((r, k) => r[i] !== codedRows[k]?.[i]));
    expect(changed).toEqual([...free]); // the draft left all four unanswered, the innovator recent_desc and comment
    expect(rows.flatMap((r) => changed.map((name) => r[(header ?? []).indexOf(name)]))).toEqual(['', '', '', '', NAME, '', '', '']);
    expect(files.get('innovationsbarometer.sps')).toContain('Free-text columns: empty = not answered or skipped. Other text columns: "-99" = not answered, empty = skipped.');
    expect(files.get('innovationsbarometer.do')).toContain('Free-text columns: empty = not answered or skipped. Other text columns: "-99" = not answered, empty = skipped.');
    expect(coded.get('innovationsbarometer.sps')).toContain('Text columns: "-99" = not answered, empty = skipped.');
  });

  it('holds a DDI-Codebook 2.5 file: well-formed XML, one <var> per column, labels and value labels as in the .sps, the missing codes marked', async () => {
    const { files } = await exported();
    const xml = files.get('innovationsbarometer.xml') ?? '';
    // jsdom's DOMParser is a strict XML parser: anything not well-formed gives a <parsererror> document.
    const doc = new (new JSDOM('').window.DOMParser)().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(new (new JSDOM('').window.DOMParser)().parseFromString(xml.replace('</dataDscr>', ''), 'application/xml').getElementsByTagName('parsererror').length).toBeGreaterThan(0);
    const root = doc.documentElement;
    expect([root.localName, root.namespaceURI, root.getAttribute('version')]).toEqual(['codeBook', 'ddi:codebook:2_5', '2.5']);
    expect(doc.getElementsByTagName('caseQnty')[0]?.textContent).toBe('2');
    const vars = [...doc.getElementsByTagName('var')];
    const columns = dataColumns(q);
    expect(vars.map((v) => v.getAttribute('name'))).toEqual(columns.map((c) => n(c.name)));
    expect(doc.getElementsByTagName('varQnty')[0]?.textContent).toBe(String(columns.length));

    // Every variable label and every value label of the .sps, the same text (the .sps cuts at 255 / 120 bytes; none is that long here).
    const sps = files.get('innovationsbarometer.sps') ?? '';
    const unquote = (t: string) => t.slice(1, -1).replace(/''/g, "'");
    const spsVarLabels = new Map([...sps.split('VARIABLE LABELS')[1]?.split('VALUE LABELS')[0]?.matchAll(/^ {2}\/? *(\S+) ('(?:[^']|'')*')/gm) ?? []].map((m) => [m[1], unquote(m[2] ?? '')]));
    const label = (v: Element) => [...v.children].find((e) => e.localName === 'labl')?.textContent;
    expect(new Map(vars.map((v) => [v.getAttribute('name'), label(v)]))).toEqual(spsVarLabels);
    const byName = new Map(vars.map((v) => [v.getAttribute('name'), v]));
    const categories = (name: string) =>
      [...(byName.get(n(name))?.getElementsByTagName('catgry') ?? [])].map((c) => [Number(c.getElementsByTagName('catValu')[0]?.textContent), c.getElementsByTagName('labl')[0]?.textContent, c.getAttribute('missing')]);
    expect(categories('innov_product')).toEqual([[1, 'Ja', null], [2, 'Nej', null], [3, 'Ved ikke', null], [-99, 'Ikke besvaret', 'Y'], [-98, 'Sprunget over (ikke stillet)', 'Y']]);
    expect(categories('collab_partner/citizens')).toEqual([[0, 'Ikke valgt', null], [1, 'Valgt', null], [-99, 'Ikke besvaret', 'Y'], [-98, 'Sprunget over (ikke stillet)', 'Y']]);
    const valueBlock = sps.split('VALUE LABELS')[1]?.split('MISSING VALUES')[0] ?? '';
    expect(valueBlock.split('\n  /').length).toBeGreaterThan(100);
    for (const line of valueBlock.split('\n  /')) {
      const [name, ...rest] = line.trim().replace(/^\/ */, '').replace(/\.$/, '').split(' ');
      const pairs = [...rest.join(' ').matchAll(/(-?\d+) ('(?:[^']|'')*')/g)].map((m) => [Number(m[1]), unquote(m[2] ?? '')]);
      expect([...(byName.get(name ?? '')?.getElementsByTagName('catgry') ?? [])].map((c) => [Number(c.getElementsByTagName('catValu')[0]?.textContent), c.getElementsByTagName('labl')[0]?.textContent])).toEqual(pairs);
    }
    // The missing codes as invalid values of every numeric variable the .sps gives MISSING VALUES; text and times are character.
    const missingNames = (/MISSING VALUES ([^(]*) \(/.exec(sps)?.[1] ?? '').trim().split(' ');
    const invalid = vars.filter((v) => v.getElementsByTagName('invalrng').length > 0).map((v) => v.getAttribute('name'));
    expect(invalid).toEqual(missingNames);
    const format = (name: string) => byName.get(n(name))?.getElementsByTagName('varFormat')[0]?.getAttribute('type');
    expect([format('workplace_name'), format('created_at'), format('n_employees'), format('innov_product'), format('weight')]).toEqual(['character', 'character', 'numeric', 'numeric', 'numeric']);
    // The question text in full, with the characters XML escapes.
    expect(byName.get(n('workplace_name'))?.getElementsByTagName('qstnLit')[0]?.textContent).toBe(q.byName.get('workplace_name')?.label.da);
  });

  it('escapes the five XML characters and drops those XML 1.0 forbids', () => {
    expect(xmlText(`a & b < c > "d" 'e'\u0001\u000b\tf`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;\tf');
  });

  const pspp = psppPresent('the PSPP run of the .sps');
  const haven = pspp && rWith(['haven'], 'reading the PSPP .sav with R haven');

  it.skipIf(!pspp)('PSPP runs the .sps without an error; R haven reads the .sav with the values, labels and missing codes', async () => {
    const { files } = await exported();
    const dir = mkdtempSync(join(tmpdir(), 'stats-'));
    try {
      for (const [name, text] of files) writeFileSync(join(dir, name), text);
      if (process.env.KEEP_STATS_DIR) writeFileSync(process.env.KEEP_STATS_DIR, dir);
      writeFileSync(join(dir, 'run.sps'), `${files.get('innovationsbarometer.sps') ?? ''}\nSAVE OUTFILE='out.sav'.\n`);
      const run = spawnSync('pspp', ['run.sps'], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout + run.stderr).not.toMatch(/error|warning/i);
      if (!haven) return;
      const script = `
        suppressMessages(library(haven))
        d <- read_sav("out.sav", user_na = TRUE)
        p <- d[["${n('innov_product')}"]]
        cat(paste0(as.numeric(p), collapse = ";"), "\\n", sep = "")
        cat(paste0(names(attr(p, "labels")), "=", attr(p, "labels"), collapse = ";"), "\\n", sep = "")
        cat(paste0(attr(p, "na_values"), collapse = ";"), "\\n", sep = "")
        cat(d[["${n('workplace_name')}"]][2], "\\n", sep = "")
        cat(paste0(as.numeric(d[["${n('collab_partner/citizens')}"]]), collapse = ";"), "\\n", sep = "")
        cat(attr(d[["${n('innov_product')}"]], "label"), "\\n", sep = "")`;
      const r = spawnSync('Rscript', ['-e', script], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const [values, labels, na, name, citizens, label] = r.stdout.split('\n');
      expect(values).toBe('-99;1');
      expect(labels).toBe('Ikke besvaret=-99;Sprunget over (ikke stillet)=-98;Ja=1;Nej=2;Ved ikke=3'); // haven sorts by value
      expect(na).toBe('-99;-98');
      expect(name).toBe(NAME);
      expect(citizens).toBe('-98;1'); // the draft was never asked section C
      expect(label).toMatch(/^Har jeres arbejdsplads i perioden indført nye eller væsentligt ændrede produkter/);

      // 300 generated responses (free texts, every routing path): every case read, no warning.
      const many = new StatisticsExport(q, { selection: { status: 'all', dateField: 'created' }, labelLanguage: 'en', population: null, exportedAt: new Date() });
      many.add(generateResponses(q, 300, 7).records);
      for (const [name, e] of zipEntries((await many.finish()).bytes)) writeFileSync(join(dir, name), inflateRawSync(e.data));
      writeFileSync(join(dir, 'many.sps'), `${readFileSync(join(dir, 'innovationsbarometer.sps'), 'utf8')}\nSAVE OUTFILE='many.sav'.\n`);
      const runMany = spawnSync('pspp', ['many.sps'], { cwd: dir, encoding: 'utf8' });
      expect(runMany.stdout + runMany.stderr).not.toMatch(/error|warning/i);
      const count = spawnSync('Rscript', ['-e', 'suppressMessages(library(haven)); cat(nrow(read_sav("many.sav")), ncol(read_sav("many.sav")))'], { cwd: dir, encoding: 'utf8' });
      expect(count.stdout).toBe(`300 ${dataColumns(q).length}`);
    } finally {
      if (!process.env.KEEP_STATS_DIR) rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  const havenDta = rWith(['haven'], 'reading the .dta with R haven');

  /** Reads the .dta with haven: per variable its label, value labels and every value ("NA", "NA(a)", a number to 17 digits, or the text). */
  function readDta(dir: string): Map<string, { label: string; labels: [string, string][]; values: string[] }> {
    const script = `
      suppressMessages(library(haven))
      d <- read_dta("innovationsbarometer.dta")
      con <- file("dta.txt", "w", encoding = "UTF-8")
      shown <- function(x) if (is.character(x)) x else ifelse(is.na(x), ifelse(is.na(na_tag(x)), "NA", paste0("NA(", na_tag(x), ")")), sprintf("%.17g", as.numeric(x)))
      for (name in names(d)) {
        x <- d[[name]]
        lab <- attr(x, "label"); if (is.null(lab)) lab <- ""
        writeLines(c(paste0("#", name), paste0("L", lab)), con)
        labels <- attr(x, "labels")
        if (!is.null(labels)) writeLines(paste0("K", shown(unclass(labels)), "\\t", names(labels)), con)
        writeLines(paste0("V", shown(x)), con)
      }
      close(con)`;
    const r = spawnSync('Rscript', ['-e', script], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/warning|error/i);
    const out = new Map<string, { label: string; labels: [string, string][]; values: string[] }>();
    let current: { label: string; labels: [string, string][]; values: string[] } | undefined;
    for (const line of readFileSync(join(dir, 'dta.txt'), 'utf8').split('\n').slice(0, -1)) {
      const [tag, rest] = [line[0], line.slice(1)];
      if (tag === '#') out.set(rest, (current = { label: '', labels: [], values: [] }));
      else if (tag === 'L' && current) current.label = rest;
      else if (tag === 'K' && current) current.labels.push(rest.split('\t') as [string, string]);
      else if (tag === 'V' && current) current.values.push(rest);
    }
    return out;
  }

  it.skipIf(!havenDta)('R haven reads the .dta: every value as the CSV has it, −99 / −98 as NA(a) / NA(b), no weight as NA, the value and variable labels, and the answers in the store', async () => {
    // Weighted, with strata lacking a population row: some responses have no weight (system missing, not 0).
    const population: PopulationTable = [
      { sector_level: 'state', size_class: '3_9', population: 120 },
      { sector_level: 'state', size_class: '10_49', population: 300 },
      { sector_level: 'municipality', size_class: '10_49', population: 2_000 },
    ];
    const store = [...records.map((r) => ({ ...r, id: r.id.replace('00000000-', 'aaaaaaaa-') })), ...generateResponses(q, 300, 7).records];
    const job = new StatisticsExport(q, { selection: { status: 'all', dateField: 'created' }, labelLanguage: 'da', population, exportedAt: new Date('2026-08-01T10:00:00Z') });
    job.add(store);
    const result = await job.finish();
    const dir = mkdtempSync(join(tmpdir(), 'dta-'));
    try {
      const files = new Map([...zipEntries(result.bytes)].map(([name, e]) => [name, inflateRawSync(e.data)]));
      for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
      const dta = readDta(dir);
      const text = (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files.get(name));
      const [header = [], ...rows] = parseCsv(text('innovationsbarometer.csv').slice(1));
      expect([...dta.keys()]).toEqual(header);
      expect(rows).toHaveLength(store.length);
      const kinds = new Map(parseCsv(`${text('variables.csv').slice(1)}\r\n`).slice(1).map((r) => [r[0], r[2]]));

      // Every cell: the .dta holds what the do-file makes of the CSV.
      header.forEach((name, j) => {
        const values = dta.get(name)?.values ?? [];
        const textual = kinds.get(name) === 'text' || kinds.get(name) === 'time';
        const expected = rows.map((r) => {
          const csv = r[j] ?? '';
          if (textual) return csv;
          return csv === '' ? 'NA' : csv === '-99' ? 'NA(a)' : csv === '-98' ? 'NA(b)' : Number(csv);
        });
        expect(values.map((v, r) => (typeof expected[r] === 'number' ? Number(v) : v)), name).toEqual(expected);
      });
      const weights = dta.get('weight')?.values ?? [];
      expect(weights).toContain('NA');
      expect(weights.some((w) => !Number.isInteger(Number(w)) && w !== 'NA')).toBe(true);

      // Value labels: those of the .sps, with −99 / −98 as the tagged NA(a) / NA(b).
      const sps = text('innovationsbarometer.sps');
      const unquote = (t: string) => t.slice(1, -1).replace(/''/g, "'");
      const valueBlock = sps.split('VALUE LABELS')[1]?.split('MISSING VALUES')[0] ?? '';
      let labelled = 0;
      for (const line of valueBlock.split('\n  /')) {
        const [name = '', ...rest] = line.trim().replace(/^\/ */, '').replace(/\.$/, '').split(' ');
        const pairs = [...rest.join(' ').matchAll(/(-?\d+) ('(?:[^']|'')*')/g)].map((m) => [m[1] === '-99' ? 'NA(a)' : m[1] === '-98' ? 'NA(b)' : m[1], unquote(m[2] ?? '')]);
        expect(dta.get(name)?.labels, name).toEqual(pairs);
        labelled++;
      }
      expect(labelled).toBe([...dta.values()].filter((v) => v.labels.length > 0).length);
      expect(dta.get(n('innov_product'))?.labels).toEqual([['1', 'Ja'], ['2', 'Nej'], ['3', 'Ved ikke'], ['NA(a)', 'Ikke besvaret'], ['NA(b)', 'Sprunget over (ikke stillet)']]);

      // Variable labels: the do-file's (80 characters).
      const doLabels = new Map([...text('innovationsbarometer.do').matchAll(/^label variable (\S+) `"(.*)"'$/gm)].map((m) => [m[1], m[2]]));
      expect(new Map([...dta].map(([name, v]) => [name, v.label]))).toEqual(doLabels);
      expect(dta.get(n('innov_product'))?.label).toBe([...(q.byName.get('innov_product')?.label.da ?? '')].slice(0, 80).join(''));

      // Against the store: each response's answers, by its key.
      const keys = dta.get('key')?.values ?? [];
      const at = (name: string, key: string) => dta.get(n(name))?.values[keys.indexOf(key)];
      const labelOf = (name: string, shown: string | undefined) => dta.get(n(name))?.labels.find(([v]) => v === shown)?.[1];
      let compared = 0;
      for (const record of store) {
        for (const v of q.variables) {
          if (v.kind === 'derived' || v.kind === 'grid-row' || v.valueKind === 'multi') continue;
          const answer = record.answers[v.name];
          const shown = at(v.name, record.key);
          if (answer === undefined || answer === null || answer === '') {
            if (v.valueKind !== 'string' || (v.choices?.length ?? 0) > 0) expect(shown, `${record.key} ${v.name}`).toMatch(/^NA\([ab]\)$/);
            continue;
          }
          if (v.valueKind === 'number') expect(Number(shown), `${record.key} ${v.name}`).toBe(answer);
          else if ((v.choices?.length ?? 0) > 0) expect(labelOf(v.name, shown), `${record.key} ${v.name}`).toBe(v.choices?.find((c) => c.code === answer)?.label.da);
          else expect(shown, `${record.key} ${v.name}`).toBe(String(answer).replace(/\r\n|[\r\n]/g, ' '));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(3000);
      expect([at('workplace_name', 'K1'), at('innov_product', 'K1'), at('dev_ongoing', 'K1'), at('innov_product', 'K2'), at('collab_partner/citizens', 'K1')]).toEqual([NAME, '1', 'NA(b)', 'NA(a)', '1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
