/**
 * Fieldwork benchmark (bench/fieldwork.bench-run.ts), in Chromium with real IndexedDB: a frame of
 * `frame` workplaces read through the app's path (csv, and xlsx in the Worker), previewed and applied;
 * `assigned` cases assigned to one surveyor in one block; `attempts` attempts stored on them over 60
 * days (seeded directly: the figure is for reading them, not for keying them); then the monitoring
 * as «Stikprøve» computes it (cases with dispositions, progress facts, rates per stratum and per
 * surveyor, progress by day), the workbook's fieldwork sheets, and single attempts recorded.
 */
import { utils as xlsxUtils, write as xlsxWrite } from 'xlsx';
import { fieldworkSheets } from '../../renderer/src/core/export/fieldwork-sheets';
import type { Attempt, Disposition } from '../../renderer/src/core/fieldwork/dispositions';
import { progressByDay } from '../../renderer/src/core/fieldwork/progress-by-day';
import { ratesBy } from '../../renderer/src/core/fieldwork/response-rates';
import { loadBuiltinQuestionnaire } from '../../renderer/src/core/questionnaire/builtin';
import { stratumVocabulary } from '../../renderer/src/core/weights/population';
import { openBarometerDb } from '../../renderer/src/db/database';
import { ExchangeRepository } from '../../renderer/src/db/exchange-repository';
import { FieldworkRepository } from '../../renderer/src/db/fieldwork-repository';
import { ProfileRepository } from '../../renderer/src/db/profile-repository';
import { importFrameFile } from '../../renderer/src/features/fieldwork/import-frame';
import { deleteDatabase } from './delete-database';

const DB_NAME = 'bench-fieldwork';
const LEVELS = ['kommune', 'region', 'stat'];
const AREAS = ['uddannelse', 'sundhed', 'administration', 'kultur og fritid'];
const SIZES = ['3-9', '10-49', '50-99', '100+'];
const OUTCOMES: Disposition[] = ['non-contact', 'non-contact', 'non-contact', 'refusal', 'unknown', 'other', 'complete', 'complete', 'closed', 'partial'];

const heapMB = () => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

function frameRows(n: number): string[][] {
  const rows = [['id', 'navn', 'adresse', 'postnr', 'by', 'telefon', 'niveau', 'område', 'størrelse']];
  for (let i = 0; i < n; i++) {
    rows.push([String(10_000_000 + i), `Arbejdsplads ${i + 1}`, `Vej ${i % 500}`, String(1000 + (i % 8000)), 'By', `+45 70 ${String(i).padStart(6, '0')}`, LEVELS[i % 3]!, AREAS[(i >> 2) % 4]!, SIZES[(i >> 4) % 4]!]);
  }
  return rows;
}

export interface FieldworkRun {
  frame: number;
  csvBytes: number;
  xlsxBytes: number;
  readCsvMs: number;
  readXlsxMs: number;
  previewMs: number;
  applyMs: number;
  assignMs: number;
  seedAttemptsMs: number;
  readMs: number;
  casesMs: number;
  progressFactsMs: number;
  ratesMs: number;
  progressDaysMs: number;
  days: number;
  monitoringMs: number;
  sheetsMs: number;
  recordAttemptP50Ms: number;
  recordAttemptMaxMs: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  totalRR1: number | null;
  /** The coordinator → surveyor package of `addressed` cases: build (read, write, read back, gzip), size, import on the laptop. */
  addressed: number;
  addressedBuildMs: number;
  addressedBytes: number;
  addressedHeapMB: number;
  addressedImportMs: number;
  addressedImportedCases: number;
}

/** A surveyor on their own computer, known to the coordinator from one imported package. */
const REMOTE = { id: 'bench-remote-surveyor', name: 'Bench Remote Surveyor', initials: 'BR' };

async function addressedPackage(db: Awaited<ReturnType<typeof openBarometerDb>>, carl: Awaited<ReturnType<ProfileRepository['create']>>, ids: readonly string[]) {
  const q = loadBuiltinQuestionnaire();
  const now = new Date().toISOString();
  await db.imports.add({
    fingerprint: 'bench/remote', packageId: '00000000-0000-4000-8000-000000000001', fileName: 'remote.barometer', sourceDeviceId: 'bench-laptop',
    surveyor: REMOTE, packageCreatedAt: now, since: null, importedAt: now, importedById: carl.id, importedByName: carl.name,
    counts: { responses: 0, new: 0, updated: 0, unchanged: 0, older: 0, conflicts: 0, refused: 0, auditEntries: 0 },
  });
  await new FieldworkRepository(db).assign(carl, ids, REMOTE.id);
  const heap0 = heapMB();
  const built = await timed(() => new ExchangeRepository(db, () => q).buildPackageFor(carl, REMOTE.id));
  const heap1 = heapMB();
  const laptopName = `${DB_NAME}-laptop`;
  await deleteDatabase(laptopName);
  const laptop = await openBarometerDb(laptopName);
  await laptop.profiles.add({ ...REMOTE, role: 'surveyor', createdAt: now, pin: null });
  const surveyor = { ...REMOTE, role: 'surveyor' as const, createdAt: now, hasPin: false };
  const imported = await timed(() =>
    new ExchangeRepository(laptop, () => q).importPackages(surveyor, [{ name: built.value.fileName, data: built.value.bytes }], undefined, () => Promise.resolve(true)),
  );
  const outcome = imported.value[0];
  if (outcome?.status !== 'imported') throw new Error(`the addressed package was not imported: ${JSON.stringify(outcome)}`);
  laptop.close();
  return {
    addressed: ids.length,
    addressedBuildMs: built.ms,
    addressedBytes: built.value.bytes.byteLength,
    addressedHeapMB: Math.max(0, heap1 - heap0),
    addressedImportMs: imported.ms,
    addressedImportedCases: outcome.fieldwork.cases,
  };
}

async function run(frame: number, assigned: number, attempts: number, addressed: number): Promise<FieldworkRun> {
  await deleteDatabase(DB_NAME);
  const heapBeforeMB = heapMB();
  const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());
  const db = await openBarometerDb(DB_NAME);
  const people = new ProfileRepository(db);
  const carl = await people.create({ name: 'Bench Coordinator', initials: 'BC', role: 'coordinator' });
  const anna = await people.create({ name: 'Bench Surveyor', initials: 'BS' }, carl);
  const fieldwork = new FieldworkRepository(db);

  const rows = frameRows(frame);
  const csv = new TextEncoder().encode(rows.map((r) => r.join(';')).join('\r\n'));
  const book = xlsxUtils.book_new();
  xlsxUtils.book_append_sheet(book, xlsxUtils.aoa_to_sheet(rows), 'Stikprøve');
  const xlsx = new Uint8Array(xlsxWrite(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);

  const readCsv = await timed(() => importFrameFile({ name: 'frame.csv', data: csv }, vocabulary));
  const readXlsx = await timed(() => importFrameFile({ name: 'frame.xlsx', data: xlsx }, vocabulary));
  for (const read of [readCsv.value, readXlsx.value]) if (!read.ok) throw new Error(`frame refused: ${JSON.stringify(read.error.slice(0, 3))}`);
  if (!readXlsx.value.ok) throw new Error('unreachable');
  const parsed = readXlsx.value.value;
  const preview = await timed(() => fieldwork.preview(parsed));
  const apply = await timed(() => fieldwork.applyFrame(carl, parsed, 'frame.xlsx', preview.value.basedOn));

  const ids = parsed.cases.slice(0, assigned).map((c) => c.workplaceId);
  const assign = await timed(() => fieldwork.assign(carl, ids, anna.id));

  // Attempts over 60 days from 1 September 2026, 08:00–16:00 UTC; the last outcome of a case decides.
  const start = Date.UTC(2026, 8, 1, 8);
  const seeded: Attempt[] = [];
  for (let i = 0; i < attempts; i++) {
    const at = new Date(start + Math.floor((i / attempts) * 60) * 86_400_000 + (i % 480) * 60_000).toISOString();
    seeded.push({ id: `a${i}`, caseId: ids[i % ids.length]!, at, mode: 'phone', outcome: OUTCOMES[(i * 7) % OUTCOMES.length]!, note: '', byId: anna.id, byName: anna.name });
  }
  const seed = await timed(async () => {
    for (let i = 0; i < seeded.length; i += 5_000) await db.attempts.bulkAdd(seeded.slice(i, i + 5_000));
  });

  const t0 = performance.now();
  const read = await timed(() => fieldwork.monitoring());
  const cases = { value: read.value.cases };
  const facts = { value: read.value.progress };
  // The two apart, for comparison (the screen uses the one read above).
  const casesAlone = await timed(() => fieldwork.cases());
  const factsAlone = await timed(() => fieldwork.progress());
  const rates = await timed(() => {
    const rateCases = cases.value.map((c) => ({ stratum: c.stratum, surveyor: c.assigneeName, disposition: c.disposition, assigned: c.assigneeId !== '', attempted: c.attempts > 0 || c.responseIds.length > 0 }));
    return [ratesBy(rateCases, (c) => c.stratum), ratesBy(rateCases, (c) => c.surveyor)] as const;
  });
  const days = await timed(() => progressByDay(facts.value));
  const monitoringMs = performance.now() - t0 - casesAlone.ms - factsAlone.ms;
  const sheets = await timed(() =>
    fieldworkSheets(
      {
        frameVersion: 1,
        progress: facts.value,
        cases: cases.value.map((c) => ({
          id: c.id, name: c.frame.name, sector_level: c.frame.sector_level, policy_area: c.frame.policy_area, size_class: c.frame.size_class,
          assignee: c.assigneeName, disposition: c.disposition, attempts: c.attempts, responses: c.responseIds.length,
        })),
      },
      'da',
    ),
  );

  const single: number[] = [];
  for (let i = 0; i < 50; i++) {
    const one = await timed(() => fieldwork.recordAttempt(anna, ids[i]!, { mode: 'phone', outcome: 'non-contact' }));
    single.push(one.ms);
  }
  single.sort((a, b) => a - b);
  const heapAfterMB = heapMB();
  const toSurveyor = await addressedPackage(db, carl, parsed.cases.slice(assigned, assigned + addressed).map((c) => c.workplaceId));
  db.close();
  return {
    frame,
    csvBytes: csv.byteLength,
    xlsxBytes: xlsx.byteLength,
    readCsvMs: readCsv.ms,
    readXlsxMs: readXlsx.ms,
    previewMs: preview.ms,
    applyMs: apply.ms,
    assignMs: assign.ms,
    seedAttemptsMs: seed.ms,
    readMs: read.ms,
    casesMs: casesAlone.ms,
    progressFactsMs: factsAlone.ms,
    ratesMs: rates.ms,
    progressDaysMs: days.ms,
    days: days.value.length,
    monitoringMs,
    sheetsMs: sheets.ms,
    recordAttemptP50Ms: single[Math.floor(single.length / 2)] ?? NaN,
    recordAttemptMaxMs: single[single.length - 1] ?? NaN,
    heapBeforeMB,
    heapAfterMB,
    totalRR1: rates.value[0][rates.value[0].length - 1]?.RR1 ?? null,
    ...toSurveyor,
  };
}

(window as unknown as { benchFieldwork: unknown }).benchFieldwork = { run };
