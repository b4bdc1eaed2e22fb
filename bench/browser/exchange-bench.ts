/**
 * Exchange benchmark (bench/exchange.bench-run.ts): package files made in the page, then imported
 * through the app's real path (ExchangeRepository: the Worker reads and checks each file, the merge
 * runs in one IndexedDB transaction per package, in chunks) into a coordinator's store.
 */
import { loadBuiltinQuestionnaire } from '../../renderer/src/core/questionnaire/builtin';
import { openBarometerDb } from '../../renderer/src/db/database';
import { ExchangeRepository, type ImportFile, type ImportOutcome } from '../../renderer/src/db/exchange-repository';
import { ProfileRepository } from '../../renderer/src/db/profile-repository';
import { QuestionnaireRepository } from '../../renderer/src/db/questionnaire-repository';
import { craftedPatternPackageInput, onePackageInput, packageFile, threePackageInputs, type PackageSpec } from '../../tests/fixtures/generate-packages';
import { deleteDatabase } from './delete-database';

const DB_NAME = 'bench-exchange';
const BARE_DB = 'bench-exchange-bare';
/** The tables an import writes rows into (besides a few settings and profile rows). */
const WRITTEN = ['responses', 'summaries', 'revisions', 'audit', 'imports'] as const;
const BARE_CHUNK = 1_000;

const spec = (n: number): PackageSpec => ({ deviceId: `bench-device-${n}`, surveyor: { id: `bench-s${n}`, name: `Surveyor ${n}`, initials: `S${n}` } });

interface ImportRun {
  makeMs: number;
  fileBytes: number[];
  importMs: number;
  perFileMs: number[];
  readingMs: number;
  longestTaskMs: number;
  mainHeapPeakMB: number;
  outcomes: string[];
  conflicts: number;
  /** Per package: ms from the merge's start to each mark (planned, responses written, queued, committed). */
  mergePhases: Record<string, number>[];
  bare: BareImport;
}

/** The bare operation an import is measured against. */
interface BareImport {
  ms: number;
  passes: number;
  rows: Record<string, number>;
}

/**
 * The import's bare baseline (issue 15, item 3): the rows the import left in the tables it writes,
 * read back, then written into a new database with the app's schema (its indexes, strict
 * durability) by Dexie's bulkPut in chunks of 1,000, all issued at once, in one transaction per
 * package, as the merge writes each package in one transaction. Three packages: the final rows
 * once per package (more than the third package changes, so that ratio flatters the merge).
 */
async function bareImport(passes: number): Promise<BareImport> {
  const source = await openBarometerDb(DB_NAME);
  const rows = await Promise.all(WRITTEN.map((name) => source.table(name).toArray()));
  source.close();
  await deleteDatabase(BARE_DB);
  const db = await openBarometerDb(BARE_DB);
  const tables = WRITTEN.map((name) => db.table(name));
  const t0 = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    await db.transaction('rw', tables, async () => {
      // Every chunk issued at once: the store never waits for this thread.
      const writes: Promise<unknown>[] = [];
      for (const [index, table] of tables.entries()) {
        const list = rows[index] ?? [];
        for (let start = 0; start < list.length; start += BARE_CHUNK) writes.push(table.bulkPut(list.slice(start, start + BARE_CHUNK)));
      }
      await Promise.all(writes);
    });
  }
  const ms = performance.now() - t0;
  db.close();
  await deleteDatabase(BARE_DB);
  return { ms, passes, rows: Object.fromEntries(WRITTEN.map((name, i) => [name, rows[i]?.length ?? 0])) };
}

function mergePhases(): Record<string, number>[] {
  const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('merge:'));
  const out: Record<string, number>[] = [];
  let start = 0;
  for (const mark of marks) {
    if (mark.name === 'merge:start') {
      start = mark.startTime;
      out.push({});
    } else {
      const phases = out[out.length - 1];
      if (phases) phases[mark.name.slice('merge:'.length)] = mark.startTime - start;
    }
  }
  return out;
}

const summary = (o: ImportOutcome): string =>
  o.status === 'imported'
    ? `new ${o.report.new}, updated ${o.report.updated}, unchanged ${o.report.unchanged + o.report.older}, conflicts ${o.report.conflicts}, refused ${o.report.refused.length}`
    : o.status === 'refused'
      ? `refused: ${o.message.en}`
      : 'already imported';

async function importFiles(files: ImportFile[], makeMs: number): Promise<ImportRun> {
  await deleteDatabase(DB_NAME);
  const q = loadBuiltinQuestionnaire();
  const db = await openBarometerDb(DB_NAME);
  await new QuestionnaireRepository(db).ensure(q.def);
  const coordinator = await new ProfileRepository(db).create({ name: 'Bench Coordinator', initials: 'BC', role: 'coordinator' });
  const exchange = new ExchangeRepository(db, () => q);
  let longest = 0;
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
  observer.observe({ type: 'longtask', buffered: false });
  const memory = () => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20;
  let heapPeak = memory();
  const perFile: number[] = [];
  let readingMs = 0;
  let fileStart = performance.now();
  let mergeStart = 0;
  let current = -1;
  performance.clearMarks();
  const t0 = performance.now();
  const outcomes = await exchange.importPackages(coordinator, files, (p) => {
    heapPeak = Math.max(heapPeak, memory());
    if (p.fileIndex !== current) {
      current = p.fileIndex;
      fileStart = performance.now();
    }
    if (p.phase === 'merging' && mergeStart < fileStart) {
      mergeStart = performance.now();
      readingMs += mergeStart - fileStart;
    }
    if (p.phase === 'done') perFile.push(performance.now() - fileStart);
    // Each file comes from a new computer: the coordinator confirms it (answered at once, not timed apart).
  }, () => Promise.resolve(true));
  const importMs = performance.now() - t0;
  observer.disconnect();
  const conflicts = await exchange.conflictCount();
  db.close();
  const bare = await bareImport(files.length);
  return {
    bare,
    makeMs,
    fileBytes: files.map((f) => f.data.byteLength),
    importMs,
    perFileMs: perFile,
    readingMs,
    longestTaskMs: longest,
    mainHeapPeakMB: heapPeak,
    outcomes: outcomes.map(summary),
    conflicts,
    mergePhases: mergePhases(),
  };
}

async function runOne(count: number): Promise<ImportRun> {
  const t0 = performance.now();
  const data = await packageFile(onePackageInput(loadBuiltinQuestionnaire(), count, spec(1)));
  return importFiles([{ name: 'one.barometer', data }], performance.now() - t0);
}

async function runThree(count: number, conflictShare: number): Promise<ImportRun> {
  const t0 = performance.now();
  const inputs = threePackageInputs(loadBuiltinQuestionnaire(), count, conflictShare, [spec(1), spec(2), spec(3)]);
  const files = await Promise.all(inputs.map(async (input, i) => ({ name: `p${i + 1}.barometer`, data: await packageFile(input) })));
  return importFiles(files, performance.now() - t0);
}

/**
 * Two crafted packages (issue 10, item 2): one embedding `(a+)+b` (refused as it is read), and one
 * embedding the worst pattern the loader lets through, `\d*\d*\d*x` (three variable repetitions,
 * O(n³) on a digit string without the x), with `count` responses answering it with 1,000 digits,
 * the longest text a pattern runs on.
 */
async function runCrafted(count: number): Promise<ImportRun> {
  const t0 = performance.now();
  const q = loadBuiltinQuestionnaire();
  const files = [
    { name: 'catastrophic.barometer', data: await packageFile(craftedPatternPackageInput(q, count, spec(1), '(a+)+b', 'a'.repeat(40))) },
    { name: 'worst-allowed.barometer', data: await packageFile(craftedPatternPackageInput(q, count, spec(2), '\\d*\\d*\\d*x', '1'.repeat(1_000))) },
  ];
  return importFiles(files, performance.now() - t0);
}

(window as unknown as { benchExchange: unknown }).benchExchange = { runOne, runThree, runCrafted };
