import type { Page } from 'playwright-core';
import { inject, it } from 'vitest';
import { benchBrowser, removeProfile, report } from './support/launch';

/** The standard store, and a larger one to show how each cost grows (issue 15, item 7). */
const SIZES = [10_000, 50_000] as const;
const COMMITS = 200;
const WARM = 9;

interface FirstScreen {
  /** Navigation start → the frame with the first row painted, measured in the page. */
  firstScreenMs: number;
  domLoadedMs: number;
  fullListMs: number;
  rows: number;
  marks: (readonly [string, number])[];
  scripts: { name: string; bytes: number }[];
}

/**
 * Installed before the app's own scripts run: notes when the first response row is in the document
 * and the frame that shows it has been painted (a message posted from that frame's animation
 * callback arrives after its paint). Measured in the page, so the time Playwright takes to ask is
 * not counted.
 */
function watchFirstRow(): void {
  const found = () => document.querySelectorAll('[role="row"]').length > 1;
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        (window as unknown as { firstRowPaintedMs: number }).firstRowPaintedMs = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** One start of the app: navigation start to the first row, the marks, and what scripts it loaded. */
async function firstScreen(page: Page, url: string): Promise<FirstScreen> {
  await page.goto(url, { waitUntil: 'commit' });
  // Asked seldom (Playwright's own queries run on the page's thread and would slow what is measured).
  await page.waitForFunction(() => (window as unknown as { firstRowPaintedMs?: number }).firstRowPaintedMs !== undefined, null, { polling: 250 });
  const firstScreenMs = await page.evaluate(() => (window as unknown as { firstRowPaintedMs: number }).firstRowPaintedMs);
  await page.getByRole('row').nth(1).waitFor(); // a response row, as a person finds it
  const rows = await page.getByRole('row').count();
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
  await page.getByText(/^Viser [\d.]+ af [\d.]+$/).waitFor();
  const fullListMs = await page.evaluate(() => performance.now());
  const domLoadedMs = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
  // What the first screen loaded: its scripts (chunks of the window, not the Workers' files).
  const scripts = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.name.endsWith('.js') && !/\.worker-/.test(r.name))
      .map((r) => ({ name: r.name.replace(/^.*\/assets\//, '').replace(/-[\w-]{8}\.js$/, ''), bytes: r.decodedBodySize })),
  );
  return { firstScreenMs, domLoadedMs, fullListMs, rows, marks: [...marks], scripts };
}

type Breakdown = Awaited<ReturnType<typeof import('./browser/commit-breakdown-bench').commitBreakdown>>;
type BenchCommit = { commitBreakdown(rounds: number): Promise<Breakdown> };

const PART_NAMES: Record<string, string> = {
  dexie: 'Dexie transaction (responses only), response put',
  tables: 'the transaction over all the writer\'s tables',
  reads: 'the reads (actor, case link, chain tail, response)',
  evaluation: 'evaluation (progress for the summary)',
  summary: 'summary put',
  revision: 'revision tree (read, new revision + SHA-256, put)',
  audit: 'audit entry (SHA-256 chain, add)',
};

const MODES: Record<string, string> = {
  before: 'every request awaited in turn, Dexie with its live-query middlewares (the writer before issue 15 item 1)',
  now: 'the reads issued at once, then the writes at once, Dexie without those middlewares (the writer now)',
};

/** The ladder: each variant adds one part to the one before, in one strict transaction; p50s and what each part adds. */
function printBreakdown(b: Breakdown, bareP50: number): void {
  console.log('\n  Where a commit\'s time goes: variants in one run, interleaved, each adding one part to the one before (× = to the bare put above)');
  let previous = bareP50;
  let mode = '';
  for (const step of b.ladder) {
    if (step.mode !== mode) {
      mode = step.mode;
      console.log(`  ${mode}: ${MODES[mode] ?? ''}`);
      if (mode === 'now') previous = b.ladder.find((s) => s.mode === 'before' && s.parts.length === step.parts.length - 1)?.p50 ?? bareP50;
    }
    const added = step.parts[step.parts.length - 1];
    const label = added === undefined ? 'native put into the app\'s responses store (its indexes)' : `+ ${PART_NAMES[added] ?? added}`;
    report(`  ${label}`, `${step.p50.toFixed(2)} ms p50 (${step.p50 >= previous ? '+' : ''}${(step.p50 - previous).toFixed(2)}), ${(step.p50 / bareP50).toFixed(2)}×, p95 ${step.p95.toFixed(2)}`, '');
    previous = step.p50;
  }
  report('the same commit without Dexie (native, batched as now, same stores)', `${b.native.p50.toFixed(2)} ms p50, ${(b.native.p50 / bareP50).toFixed(2)}×, p95 ${b.native.p95.toFixed(2)}`, '');
  report('the real commitAnswer, same rounds', `${b.real.p50.toFixed(2)} ms p50, ${(b.real.p50 / bareP50).toFixed(2)}×, p95 ${b.real.p95.toFixed(2)} (${(b.real.p95 / bareP50).toFixed(2)}× the bare p50)`, '');
  report('  real commitAnswer p50: first quarter / last quarter of the rounds (the tree grows)', `${b.real.firstQuarterP50.toFixed(2)} / ${b.real.lastQuarterP50.toFixed(2)}`, 'ms');
  report('IndexedDB transactions / requests per commit', `${b.counted.transactions} / ${b.counted.requests}`, '');
  const c = b.cpu;
  report('CPU alone: evaluation', c.evaluationUs.toFixed(0), 'µs');
  report('CPU alone: summary', c.summaryUs.toFixed(1), 'µs');
  report(`CPU alone: new revision (tree of ${c.treeNodes} revisions, ${(c.treeBytes / 1024).toFixed(1)} kB)`, c.revisionUs.toFixed(0), 'µs');
  report('CPU alone: audit entry sealed (canonical JSON + SHA-256)', c.auditHashUs.toFixed(0), 'µs');
}

interface Figures {
  commitP50: number;
  commitP95: number;
  firstScreenMs: number;
  fullListMs: number;
}
const grown = new Map<number, Figures>();

for (const count of SIZES) it(`commit one answer with ${count} responses stored, and open the list`, async () => {
  const { context, profileDir } = await benchBrowser();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstRow);
    const base = inject('benchURL');
    await page.goto(`${base}bench/browser/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const seeded = await page.evaluate((n) => window.bench!.seedApp(n), count);
    const commit = await page.evaluate((n) => window.bench!.commitAnswers(n), COMMITS);
    const raw = await page.evaluate(([n, bytes]) => window.bench!.rawPuts(n, bytes), [COMMITS, commit.recordBytes] as const);
    const breakdown = count === SIZES[0] ? await page.evaluate((n) => (window as unknown as { benchCommit: BenchCommit }).benchCommit.commitBreakdown(n), COMMITS) : null;

    // Time to first screen: navigation start → the first response row is on screen. The first load
    // after the build is cold (nothing compiled or cached yet, as an app start); then WARM reloads,
    // reported by their median (one start moves by tens of ms on these machines), with the
    // start-up marks of the median one.
    const cold = await firstScreen(page, `${base}renderer/index.html`);
    const warm: FirstScreen[] = [];
    for (let i = 0; i < WARM; i++) warm.push(await firstScreen(page, `${base}renderer/index.html`));
    const byFirstScreen = [...warm].sort((a, b) => a.firstScreenMs - b.firstScreenMs);
    const median = byFirstScreen[Math.floor(WARM / 2)] as FirstScreen;
    const { rows, scripts } = cold;

    console.log(`\nCommit and list benchmark (Chromium, real IndexedDB, strict durability; ${count} responses)`);
    report(`seed ${count} responses (chunks of 1,000)`, seeded.seedMs);
    report(`commit answer (+summary +audit) p50, n=${COMMITS}`, commit.p50);
    report(`commit answer p95`, commit.p95);
    report(`bare IndexedDB put, strict, ${commit.recordBytes} B, p50`, raw.p50);
    report(`bare IndexedDB put p95`, raw.p95);
    report('overhead ratio commit/bare put (p50)', (commit.p50 / raw.p50).toFixed(2), '×');
    report('overhead ratio commit/bare put (p95)', (commit.p95 / raw.p95).toFixed(2), '×');
    report('longest main-thread task during commits', commit.longestTaskMs);
    if (breakdown) printBreakdown(breakdown, raw.p50);
    report(`scripts loaded for the list (${scripts.length} files)`, scripts.reduce((n, r) => n + r.bytes, 0) / 1024, 'kB');
    report('  of them', scripts.map((r) => r.name).sort().join(', '), '');
    for (const [what, load] of [['cold', cold], [`warm, median of ${WARM}`, median]] as const) {
      report(`${what}: app page loaded (DOMContentLoaded, from navigation start)`, load.domLoadedMs);
      report(`${what}: response list first screen (${rows} rows painted, from navigation start)`, load.firstScreenMs);
      for (const [name, at] of load.marks) report(`  start-up mark ${name}`, at);
      report(`${what}: first screen after page load`, load.firstScreenMs - load.domLoadedMs);
      report(`${what}: whole list of ${count} loaded (search/sort ready)`, load.fullListMs);
    }
    grown.set(count, { commitP50: commit.p50, commitP95: commit.p95, firstScreenMs: median.firstScreenMs, fullListMs: median.fullListMs });
    report('warm: fastest / slowest first screen', `${byFirstScreen[0]?.firstScreenMs.toFixed(1)} / ${byFirstScreen[WARM - 1]?.firstScreenMs.toFixed(1)}`);
  } finally {
    await context.close();
    removeProfile(profileDir);
  }
});

it('growth from the standard store to the larger one', () => {
  const [small, large] = SIZES;
  const a = grown.get(small);
  const b = grown.get(large);
  if (!a || !b) return;
  console.log(`\nGrowth, ${small.toLocaleString('en')} → ${large.toLocaleString('en')} responses (${large / small}× the data; 1× = constant, ${large / small}× = linear)`);
  const growth = (what: string, x: number, y: number) => report(what, `${(y / x).toFixed(2)} × (${x.toFixed(1)} → ${y.toFixed(1)} ms)`, '');
  growth('commit one answer, p50', a.commitP50, b.commitP50);
  growth('commit one answer, p95', a.commitP95, b.commitP95);
  growth('response list first screen (warm median)', a.firstScreenMs, b.firstScreenMs);
  growth('whole list loaded (warm median)', a.fullListMs, b.fullListMs);
});
