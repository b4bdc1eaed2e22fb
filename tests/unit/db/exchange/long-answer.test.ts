/**
 * One long answer no longer blocks a laptop's packages and backups (issue 10, defect 1). Before, a
 * 150,000-character paste went into the answer and its audit entry; the package writer re-checked
 * its output against the reader's 100,000-character string limit, so every package and backup of
 * the device failed for good, even after the answer was shortened. Now the store (and the entry
 * screen) refuse a text beyond its type's limit (`core/limits`), and a value already in the log from
 * before the limits travels in full: the reader's string bound is far above any answer.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ANSWER_MAX_CHARS, PACKAGE_SIZE } from '../../../../renderer/src/core/limits/limits';
import { DEFAULT_PACKAGE_LIMITS } from '../../../../renderer/src/core/exchange';
import { verifyIntegrity } from '../../../../renderer/src/db/audit-verification';
import { ResponseWriter } from '../../../../renderer/src/db/response-write';
import { isStoreError } from '../../../../renderer/src/db/store-error';
import { lookupOnly } from '../response-fixture';
import { anna, carl } from '../db-test-support';
import { computer, digest, send } from './exchange-support';

const PASTE = 'Lang beskrivelse. '.repeat(8_334).slice(0, 150_000);

describe('a long answer', () => {
  it('the limits fit together: every answer the app takes travels in a package', () => {
    expect(PASTE).toHaveLength(150_000);
    const longest = Math.max(...Object.values(ANSWER_MAX_CHARS));
    expect(longest).toBe(10_000);
    expect(DEFAULT_PACKAGE_LIMITS.maxStringLength).toBe(PACKAGE_SIZE.maxStringLength);
    expect(PACKAGE_SIZE.maxStringLength).toBeGreaterThan(100 * longest);
  });

  it('a 150,000-character paste is refused by the store with the limit in words, and changes nothing', async () => {
    const laptop = await computer('long-paste-refused');
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    const before = await digest(laptop.db);
    const refused = await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', PASTE).catch((e: unknown) => e);
    expect(isStoreError(refused, 'too-long')).toBe(true);
    if (isStoreError(refused, 'too-long')) expect(refused.text?.da).toBe('Højst 1.000 tegn (her er 150.000). Gør teksten kortere.');
    expect(await digest(laptop.db)).toEqual(before);
    // Exactly at the limit is taken.
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'x'.repeat(1_000));
    expect((await laptop.db.responses.get(r.id))?.answers['workplace_name']).toHaveLength(1_000);
  });

  it('a log that already holds one (written before the limits): paste, shortening, then send and backup both succeed', async () => {
    const laptop = await computer('long-paste-legacy');
    const office = await computer('long-paste-office');
    const r = await laptop.responses.create(anna, laptop.q);
    // The write an older version made: answer and audit entry, no length check.
    const older = new ResponseWriter(laptop.db, lookupOnly(laptop.q));
    await older.write(anna, r.id, (current) => ({
      patch: { answers: { ...current.answers, workplace_name: PASTE } },
      audit: { action: 'answer', field: 'workplace_name', oldValue: null, newValue: PASTE, reason: null },
    }));
    // The surveyor shortens it.
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen på Åsen');

    const sent = await send(laptop, anna, 'all');
    const [outcome] = await office.exchange.importPackages(carl, [sent]);
    expect(outcome).toMatchObject({ status: 'imported', report: { new: 1 } });
    expect((await office.db.responses.get(r.id))?.answers['workplace_name']).toBe('Skolen på Åsen');
    const carried = (await office.db.audit.toArray()).find((e) => e.newValue === PASTE);
    expect(carried?.newValue).toHaveLength(150_000); // in full
    expect((await verifyIntegrity(office.db)).ok).toBe(true);

    const backup = await laptop.exchange.buildBackup(anna);
    const restored = await computer('long-paste-restored');
    const [back] = await restored.exchange.restoreBackup(anna, { name: backup.fileName, data: backup.bytes });
    expect(back).toMatchObject({ status: 'imported', report: { new: 1 } });
    expect((await restored.db.audit.toArray()).some((e) => e.newValue === PASTE)).toBe(true);
    expect((await verifyIntegrity(restored.db)).ok).toBe(true);
  });
});
