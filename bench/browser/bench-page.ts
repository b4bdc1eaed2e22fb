/**
 * Benchmark page: runs in Chromium with real IndexedDB (strict durability), on the same origin as
 * the app, driven by bench/*.bench-run.ts through Playwright.
 */
import { loadBuiltinQuestionnaire } from '../../renderer/src/core/questionnaire/builtin';
import { openBarometerDb } from '../../renderer/src/db/database';
import { ProfileRepository } from '../../renderer/src/db/profile-repository';
import { ResponseRepository } from '../../renderer/src/db/response-repository';
import { SettingsRepository } from '../../renderer/src/db/settings-repository';
import { seedResponses } from '../../renderer/src/db/seed-responses';
import { generateResponses } from '../../tests/fixtures/generate-responses';

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

function stats(samples: number[]): { p50: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] ?? NaN };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}

/** Long tasks on the main thread while `work` runs (the "no input blocked over 50 ms" aim). */
async function withLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; longestTaskMs: number; longTasks: number }> {
  let longest = 0;
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      longest = Math.max(longest, e.duration);
      count++;
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  const result = await work();
  observer.disconnect();
  return { result, longestTaskMs: longest, longTasks: count };
}

/** Seeds `count` responses into the app's database, with an active profile, as the app would see them. */
async function seedApp(count: number): Promise<{ seedMs: number }> {
  await deleteDatabase('barometer-entry');
  const q = loadBuiltinQuestionnaire();
  const db = await openBarometerDb();
  const profile = await new ProfileRepository(db).create({ name: 'Bench Surveyor', initials: 'BS' });
  await new SettingsRepository(db).set('activeProfileId', profile.id);
  const generated = generateResponses(q, count);
  const t0 = performance.now();
  await seedResponses(db, generated.records, generated.summaries);
  const seedMs = performance.now() - t0;
  db.close();
  return { seedMs };
}

/** Commits `n` answers through the repository (answer + summary + audit in one strict transaction). */
async function commitAnswers(n: number) {
  const q = loadBuiltinQuestionnaire();
  const db = await openBarometerDb();
  const profile = (await new ProfileRepository(db).list())[0];
  if (!profile) throw new Error('seed first');
  const repo = new ResponseRepository(db, () => q);
  const response = await repo.create(profile, q);
  const samples: number[] = [];
  const measured = await withLongTasks(async () => {
    for (let i = 0; i < n; i++) {
      const field = i % 2 === 0 ? 'workplace_name' : 'innov_product';
      const value = i % 2 === 0 ? `Plejecenter Solsikken ${i}` : i % 4 === 1 ? 'yes' : 'no';
      const t = performance.now();
      await repo.commitAnswer(profile, response.id, field, value);
      samples.push(performance.now() - t);
    }
  });
  const record = await repo.get(response.id);
  db.close();
  return { ...stats(samples), recordBytes: JSON.stringify(record).length, longestTaskMs: measured.longestTaskMs };
}

/** A bare IndexedDB put of a record of `bytes` bytes, strict durability, awaited to completion. */
async function rawPuts(n: number, bytes: number) {
  await deleteDatabase('bench-raw');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('bench-raw', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('r', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const payload = 'x'.repeat(Math.max(0, bytes - 40));
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('r', 'readwrite', { durability: 'strict' });
      tx.objectStore('r').put({ id: 'same', i, payload });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    samples.push(performance.now() - t);
  }
  db.close();
  return stats(samples);
}

const api = { seedApp, commitAnswers, rawPuts };
declare global {
  interface Window {
    bench?: typeof api;
  }
}
window.bench = api;
document.getElementById('status')!.textContent = 'ready';

