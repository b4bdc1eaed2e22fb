import { describe, expect, it } from 'vitest';
import { AUDIT_COLUMNS, auditSheet } from '../../../renderer/src/core/audit/audit-rows';
import { chainHeads } from '../../../renderer/src/core/audit/verify-chain';
import { DEVICE_A, makeChain, stored, twoDevices } from './chain-fixture';

describe('the Audit sheet', () => {
  it('has one row per entry in storage order, with the columns auditors expect', () => {
    const log = twoDevices(3);
    const sheet = auditSheet(log, '2024-03-02T00:00:00.000Z');
    expect(sheet.columns).toEqual(['seq', 'device', 'deviceSeq', 'time', 'actor', 'role', 'action', 'response', 'field', 'old', 'new', 'reason', 'hash']);
    expect(sheet.rows).toHaveLength(6);
    expect(sheet.rows.every((r) => r.length === AUDIT_COLUMNS.length)).toBe(true);
    expect(sheet.rows[2]).toEqual([3, DEVICE_A, 2, log[2]?.at, 'Anna Jensen (AJ)', 'surveyor', 'answer', 'KAM-4QX', 'employees', null, 1, null, log[2]?.hash]);
  });

  it('records the chain heads it was taken at', () => {
    const log = twoDevices(4);
    const sheet = auditSheet(log, '2024-03-02T00:00:00.000Z');
    expect(sheet.heads).toEqual(chainHeads(log));
    expect(sheet.headColumns).toEqual(['device', 'deviceSeq', 'hash', 'takenAt']);
    expect(sheet.headRows[0]).toEqual([sheet.heads[0]?.deviceId, 4, sheet.heads[0]?.hash, '2024-03-02T00:00:00.000Z']);
  });

  it('writes multiple choices as codes, and neutralises formulas in texts', () => {
    const [e] = stored(makeChain(DEVICE_A, 1));
    const row = auditSheet([{ ...e!, oldValue: ['a', 'b'], newValue: '=HYPERLINK("x")', reason: '+45 call' }]).rows[0];
    expect(row?.slice(9, 12)).toEqual(['a b', `'=HYPERLINK("x")`, "'+45 call"]);
  });
});
