import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../renderer/src/core/audit/audit-entry';
import { entryHash } from '../../../renderer/src/core/audit/entry-hash';
import { chainHeads, verifyChains } from '../../../renderer/src/core/audit/verify-chain';
import { DEVICE_A, DEVICE_B, flipChar, makeChain, stored, twoDevices } from './chain-fixture';

const at = (entries: AuditEntry[], i: number): AuditEntry => entries[i] as AuditEntry;

describe('verifying the audit chains', () => {
  it('an untouched log of two devices verifies green, with each chain head', () => {
    const log = twoDevices(20);
    const result = verifyChains(log);
    expect(result.ok).toBe(true);
    expect(result.firstBreak).toBeNull();
    expect(result.entries).toBe(40);
    expect(result.devices.map((d) => [d.deviceId, d.entries, d.verified, d.head?.deviceSeq])).toEqual([
      [DEVICE_A, 20, 20, 20],
      [DEVICE_B, 20, 20, 20],
    ]);
    expect(chainHeads(log)).toEqual(result.devices.map((d) => d.head));
  });

  it('a value changed in place is named: its hash no longer matches', () => {
    const log = twoDevices(10);
    log[7] = { ...at(log, 7), newValue: 999 };
    const { firstBreak, devices } = verifyChains(log);
    expect(firstBreak).toMatchObject({ kind: 'hash-mismatch', deviceId: DEVICE_B, entry: { index: 7, seq: 8, id: 'b-4', deviceSeq: 4 } });
    expect(firstBreak?.message.en).toMatch(/Entry 4 of computer bbbbbbbb has been changed/);
    expect(devices.find((d) => d.deviceId === DEVICE_A)?.break).toBeNull();
    expect(devices.find((d) => d.deviceId === DEVICE_B)?.verified).toBe(3);
  });

  it('a deleted entry is named as missing, between its neighbours', () => {
    const log = stored(makeChain(DEVICE_A, 10));
    log.splice(4, 1);
    expect(verifyChains(log).firstBreak).toMatchObject({ kind: 'missing', expectedDeviceSeq: 5, entry: { deviceSeq: 6, seq: 6 } });
    expect(verifyChains(log).firstBreak?.message.en).toBe('Entry 5 of computer aaaaaaaa is missing: the log goes from 4 to 6.');
  });

  it('a deleted first entry is named too', () => {
    const log = stored(makeChain(DEVICE_A, 5)).slice(1);
    expect(verifyChains(log).firstBreak).toMatchObject({ kind: 'missing', expectedDeviceSeq: 1, entry: { deviceSeq: 2 } });
  });

  it('two entries swapped in storage are named as out of order', () => {
    const log = stored(makeChain(DEVICE_A, 10));
    const [x, y] = [at(log, 3), at(log, 6)];
    log[3] = { ...y, seq: x.seq };
    log[6] = { ...x, seq: y.seq };
    expect(verifyChains(log).firstBreak).toMatchObject({ kind: 'reordered', expectedDeviceSeq: 4, entry: { index: 3, seq: 4, deviceSeq: 7 } });
  });

  it('two entries that swapped their places in the chain are named by the first', () => {
    const log = stored(makeChain(DEVICE_A, 10));
    log[3] = { ...at(log, 3), deviceSeq: 5 };
    log[4] = { ...at(log, 4), deviceSeq: 4 };
    expect(verifyChains(log).firstBreak).toMatchObject({ kind: 'reordered', entry: { index: 3 } });
    const sorted = [at(log, 4), at(log, 3)];
    log.splice(3, 2, ...sorted);
    expect(verifyChains(log).firstBreak).toMatchObject({ kind: 'prev-hash-mismatch', entry: { index: 3, deviceSeq: 4 } });
  });

  it('a flipped character in a hash, a previous hash or a value is named', () => {
    const base = stored(makeChain(DEVICE_A, 8));
    const flipHash = [...base];
    flipHash[2] = { ...at(base, 2), hash: flipChar(at(base, 2).hash, 10) };
    expect(verifyChains(flipHash).firstBreak).toMatchObject({ kind: 'hash-mismatch', entry: { index: 2 } });
    const flipPrev = [...base];
    flipPrev[5] = { ...at(base, 5), prevHash: flipChar(at(base, 5).prevHash, 0) };
    expect(verifyChains(flipPrev).firstBreak).toMatchObject({ kind: 'prev-hash-mismatch', entry: { index: 5 } });
    const flipName = [...base];
    flipName[6] = { ...at(base, 6), actorName: 'Anna Jansen' };
    expect(verifyChains(flipName).firstBreak).toMatchObject({ kind: 'hash-mismatch', entry: { index: 6 } });
  });

  it('an entry changed and sealed again breaks the link to the next one', () => {
    const log = stored(makeChain(DEVICE_A, 6));
    const forged = { ...at(log, 2), newValue: 77 };
    log[2] = { ...forged, hash: entryHash(forged) };
    expect(verifyChains(log).firstBreak).toMatchObject({ kind: 'prev-hash-mismatch', entry: { index: 3, deviceSeq: 4 } });
  });

  it('an entry stored twice, and a malformed entry, are named', () => {
    const log = stored(makeChain(DEVICE_A, 4));
    expect(verifyChains([...log, { ...at(log, 3), seq: 5 }]).firstBreak).toMatchObject({ kind: 'duplicate', entry: { index: 4, deviceSeq: 4 } });
    const broken = [...log];
    broken[1] = { ...at(log, 1), deviceSeq: undefined as unknown as number };
    expect(verifyChains(broken).firstBreak).toMatchObject({ kind: 'malformed', entry: { index: 1, deviceSeq: null } });
  });

  it('names the earliest break over all devices, and each device its own', () => {
    const log = twoDevices(6);
    log[9] = { ...at(log, 9), reason: 'x' };
    log[4] = { ...at(log, 4), reason: 'y' };
    const result = verifyChains(log);
    expect(result.firstBreak?.entry.index).toBe(4);
    expect(result.devices.map((d) => d.break?.entry.index)).toEqual([4, 9]);
  });

  it('a single change anywhere is always named at that entry', () => {
    const fields = ['at', 'actorId', 'action', 'field', 'newValue', 'reason', 'details', 'hash', 'prevHash'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.nat(), fc.constantFrom(...fields), (n, pick, field) => {
        const log = stored(makeChain(DEVICE_A, n));
        const index = pick % n;
        const e = at(log, index);
        const changed: AuditEntry =
          field === 'hash' || field === 'prevHash'
            ? { ...e, [field]: flipChar(e[field], pick % 64) }
            : { ...e, [field]: field === 'details' ? { x: 1 } : `${String(e[field])}!` };
        log[index] = changed;
        const brk = verifyChains(log).firstBreak;
        expect(brk?.entry.index).toBe(index);
        expect(brk?.kind).toBe(field === 'prevHash' ? 'prev-hash-mismatch' : 'hash-mismatch');
      }),
      { numRuns: 300 },
    );
  });
});

describe('chain heads recorded earlier', () => {
  const log = stored(makeChain(DEVICE_A, 10));
  const head = { ...chainHeads(log)[0]!, source: 'export 2024-03-01' };

  it('are found in an untouched log', () => {
    const result = verifyChains(log, [head]);
    expect(result.ok).toBe(true);
    expect(result.heads).toEqual([expect.objectContaining({ status: 'ok' })]);
  });

  it('catch the last entries removed, which the chain alone cannot show', () => {
    const result = verifyChains(log.slice(0, 8), [head]);
    expect(result.firstBreak).toBeNull();
    expect(result.ok).toBe(false);
    expect(result.heads[0]).toMatchObject({ status: 'missing' });
    expect(result.heads[0]?.message.en).toMatch(/export 2024-03-01.*no longer in the log/);
  });

  it('catch a log rewritten from the start, consistent in itself', () => {
    const rewritten = stored(makeChain(DEVICE_A, 10, Date.UTC(2025, 0, 1)));
    const result = verifyChains(rewritten, [head]);
    expect(result.firstBreak).toBeNull();
    expect(result.heads[0]).toMatchObject({ status: 'mismatch' });
    expect(result.ok).toBe(false);
  });

  it('name an unknown device as missing', () => {
    expect(verifyChains(log, [{ ...head, deviceId: DEVICE_B }]).heads[0]?.status).toBe('missing');
  });
});

describe('a log moved about, as a whole', () => {
  it('names each device\'s first skipped entry as out of order when it is stored later, as missing when it is gone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat()), { maxLength: 4 }),
        (n, moves) => {
          const log: AuditEntry[] = twoDevices(n);
          // Each move takes an entry out and puts it back later (true) or drops it (false).
          for (const [keep, from, to] of moves) {
            if (log.length === 0) break;
            const [taken] = log.splice(from % log.length, 1);
            if (keep && taken) log.splice(Math.min(log.length, (from % (log.length + 1)) + (to % 3) + 1), 0, taken);
          }
          const { devices } = verifyChains(log);
          for (const device of devices) {
            const mine = log.filter((e) => e.deviceId === device.deviceId);
            const first = mine.findIndex((e, i) => e.deviceSeq !== i + 1);
            if (first === -1) {
              expect(device.break).toBeNull();
              continue;
            }
            const found = (mine[first] as AuditEntry).deviceSeq;
            const expected = first + 1;
            const kind = found < expected ? 'duplicate' : mine.some((e) => e.deviceSeq === expected) ? 'reordered' : 'missing';
            expect(device.break).toMatchObject({ kind, expectedDeviceSeq: expected, entry: { deviceSeq: found } });
            expect(device.verified).toBe(first);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('checks every recorded head against the hash first stored at its place, also past a break', () => {
    const log = twoDevices(6);
    const b5 = log.find((e) => e.deviceId === DEVICE_B && e.deviceSeq === 5) as AuditEntry;
    const cut = log.filter((e) => !(e.deviceId === DEVICE_B && e.deviceSeq === 2));
    const heads = [
      { deviceId: DEVICE_B, deviceSeq: 5, hash: b5.hash, source: 'export 1' },
      { deviceId: DEVICE_B, deviceSeq: 2, hash: b5.hash, source: 'export 2' },
      { deviceId: DEVICE_A, deviceSeq: 3, hash: b5.hash, source: 'import 3' },
    ];
    expect(verifyChains(cut, heads).heads.map((h) => h.status)).toEqual(['ok', 'missing', 'mismatch']);
  });
});
