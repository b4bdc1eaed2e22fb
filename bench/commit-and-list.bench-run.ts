import { inject, it } from 'vitest';
import { benchBrowser, removeProfile, report } from './support/launch';

const RESPONSES = 10_000;
const COMMITS = 200;

it(`commit one answer with ${RESPONSES} responses stored, and open the list`, async () => {
  const { context, profileDir } = await benchBrowser();
  try {
    const page = await context.newPage();
    const base = inject('benchURL');
    await page.goto(`${base}bench/browser/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const seeded = await page.evaluate((n) => window.bench!.seedApp(n), RESPONSES);
    const commit = await page.evaluate((n) => window.bench!.commitAnswers(n), COMMITS);
    const raw = await page.evaluate(([n, bytes]) => window.bench!.rawPuts(n, bytes), [COMMITS, commit.recordBytes] as const);

    // Time to first screen: navigation start → the first response row is on screen.
    await page.goto(`${base}renderer/index.html`);
    await page.getByRole('row').nth(1).waitFor();
    const firstScreenMs = await page.evaluate(() => performance.now());
    const rows = await page.getByRole('row').count();
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
    await page.getByText(/^Viser [\d.]+ af [\d.]+$/).waitFor();
    const fullListMs = await page.evaluate(() => performance.now());
    const domLoadedMs = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    );

    console.log(`\nCommit and list benchmark (Chromium, real IndexedDB, strict durability; ${RESPONSES} responses)`);
    report(`seed ${RESPONSES} responses (chunks of 1,000)`, seeded.seedMs);
    report(`commit answer (+summary +audit) p50, n=${COMMITS}`, commit.p50);
    report(`commit answer p95`, commit.p95);
    report(`bare IndexedDB put, strict, ${commit.recordBytes} B, p50`, raw.p50);
    report(`bare IndexedDB put p95`, raw.p95);
    report('overhead ratio commit/bare put (p50)', (commit.p50 / raw.p50).toFixed(2), '×');
    report('overhead ratio commit/bare put (p95)', (commit.p95 / raw.p95).toFixed(2), '×');
    report('longest main-thread task during commits', commit.longestTaskMs);
    report('app page loaded (DOMContentLoaded, from navigation start)', domLoadedMs);
    report(`response list first screen (${rows} rows rendered, from navigation start)`, firstScreenMs);
    for (const [name, at] of marks) report(`  start-up mark ${name}`, at);
    report('response list first screen, after page load', firstScreenMs - domLoadedMs);
    report(`whole list of ${RESPONSES} loaded (search/sort ready)`, fullListMs);
  } finally {
    await context.close();
    removeProfile(profileDir);
  }
});
