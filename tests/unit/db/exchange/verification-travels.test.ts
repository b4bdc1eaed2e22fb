/**
 * Double entry travels like any other work (issue 12): a second keying made on a field office's
 * computer, its keying session and the coordinator's resolution reach the head office in the usual
 * packages, without a second response, and a later state replaces an earlier one whatever order
 * the packages come in.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { VerificationRepository } from '../../../../renderer/src/db/verification-repository';
import { anna, bo, carl, dora } from '../db-test-support';
import { lookupOnly } from '../response-fixture';
import { computer, send, type Computer } from './exchange-support';

async function keyedAndVerified(field: Computer): Promise<{ id: string; verification: VerificationRepository }> {
  const verification = new VerificationRepository(field.db, lookupOnly(field.q));
  const r = await field.responses.create(anna, field.q);
  await field.responses.commitAnswer(anna, r.id, 'workplace_name', 'Aarhus Kommune');
  await field.responses.commitAnswer(anna, r.id, 'innovated', 'yes');
  await field.responses.commitAnswer(anna, r.id, 'kinds', ['service']);
  const done = await field.responses.markCompleted(anna, r.id);
  await verification.markByKeys(carl, [done.key]);
  await verification.start(bo, r.id, 'afterwards');
  await verification.keyAnswer(bo, r.id, 'workplace_name', 'Aarhus Kommune');
  await verification.keyAnswer(bo, r.id, 'innovated', 'yes');
  await verification.keyAnswer(bo, r.id, 'kinds', ['process']);
  await verification.recordSession(bo, { id: 'session-bo-1', mode: 'verify', start: 1_000, end: 121_000, pauseMs: 0, keystrokes: 40, responseIds: [r.id] });
  await verification.finish(bo, r.id, 'session-bo-1');
  return { id: r.id, verification };
}

describe('double entry in packages', () => {
  it('a second keying and its session arrive with the response, once; the resolution made later replaces it in either order', async () => {
    const field = await computer('verify-field');
    const hq = await computer('verify-hq', [carl, dora]);
    const { id, verification } = await keyedAndVerified(field);
    const first = await send(field, carl, 'all', 'felt-1.barometer');
    await verification.resolve(carl, id, { kinds: 'first' });
    const second = await send(field, carl, 'since-last', 'felt-2.barometer');

    const [a] = await hq.exchange.importPackages(carl, [first]);
    expect(a).toMatchObject({ status: 'imported', fieldwork: { verifications: 1, keyingSessions: 1 } });
    const hqVerification = new VerificationRepository(hq.db, lookupOnly(hq.q));
    expect(await hqVerification.get(id)).toMatchObject({ state: 'disagreements', verifierName: bo.name, disagreements: [{ variable: 'kinds', first: ['service'], second: ['process'] }] });
    const [b] = await hq.exchange.importPackages(carl, [second]);
    expect(b).toMatchObject({ status: 'imported', fieldwork: { verifications: 1, keyingSessions: 0 } });
    const resolved = await hqVerification.get(id);
    expect(resolved).toMatchObject({ state: 'verified', resolutions: [{ variable: 'kinds', choice: 'first', error: 'verifier' }] });
    expect(await hq.db.responses.count()).toBe(1);
    // The keyer statistics at the head office count the verifier's session and error.
    const stats = await hqVerification.statistics();
    expect(stats.sessions.map((s) => [s.operatorName, s.mode, s.keystrokes])).toEqual([[bo.name, 'verify', 40]]);

    // Another head office gets the later package first: the earlier one changes nothing after it.
    const other = await computer('verify-hq-2', [carl, dora]);
    await other.exchange.importPackages(carl, [second]);
    const [late] = await other.exchange.importPackages(carl, [first]);
    expect(late).toMatchObject({ status: 'imported', fieldwork: { verifications: 0 } });
    expect(await new VerificationRepository(other.db, lookupOnly(other.q)).get(id)).toEqual(resolved);
  });
});
