import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, type AuditEntry } from '../../../renderer/src/core/audit/audit-entry';
import { sealEntry } from '../../../renderer/src/core/audit/entry-hash';
import { answersAt, replayOrder, responseTimeline, stateAt } from '../../../renderer/src/core/audit/history';
import { checkResponses } from '../../../renderer/src/core/audit/response-consistency';
import { testQuestionnaire } from '../db/test-questionnaire';

const t = (minute: number) => new Date(Date.UTC(2024, 2, 1, 9, minute)).toISOString();

/** A response's life over two devices: Anna keys it on A, an auditor rejects on B, Anna fixes it. */
function life(): AuditEntry[] {
  const tails = new Map<string, { seq: number; hash: string }>();
  const entry = (deviceId: string, minute: number, partial: Partial<AuditEntry>): AuditEntry => {
    const tail = tails.get(deviceId) ?? { seq: 0, hash: GENESIS_HASH };
    const e = sealEntry(
      {
        id: `${deviceId}-${tail.seq + 1}`, deviceId, deviceSeq: tail.seq + 1, at: t(minute), actorId: 'anna', actorName: 'Anna Jensen',
        actorInitials: 'AJ', actorRole: 'surveyor', action: 'answer', responseId: 'r-1', responseKey: 'K7M-4QX', field: null,
        oldValue: null, newValue: null, reason: null, details: null, ...partial,
      },
      tail.hash,
    );
    tails.set(deviceId, { seq: e.deviceSeq, hash: e.hash });
    return e;
  };
  const dora = { actorId: 'dora', actorName: 'Dora Ibsen', actorInitials: 'DI', actorRole: 'auditor' as const };
  return [
    entry('A', 0, { action: 'create' }),
    entry('A', 1, { field: 'workplace_name', newValue: 'Aarhus' }),
    entry('A', 2, { field: 'kinds', newValue: ['service'] }),
    entry('A', 3, { field: 'effect_quality', newValue: 'yes' }),
    entry('A', 4, { action: 'status', oldValue: 'draft', newValue: 'completed' }),
    entry('B', 5, { ...dora, action: 'status', field: 'workplace_name', oldValue: 'completed', newValue: 'rejected', reason: 'Full name, please' }),
    entry('A', 6, { field: 'workplace_name', oldValue: 'Aarhus', newValue: 'Aarhus Kommune' }),
    entry('A', 7, { field: 'kinds', oldValue: ['service'], newValue: null }),
    entry('A', 8, { action: 'status', oldValue: 'rejected', newValue: 'completed' }),
    entry('B', 9, { ...dora, action: 'status', oldValue: 'completed', newValue: 'approved' }),
  ];
}

describe('a response’s history', () => {
  it('is a timeline in the order things happened, with who, the question’s wording, old → new and the reason', () => {
    const shuffled = [...life()].reverse();
    const timeline = responseTimeline(shuffled, testQuestionnaire());
    expect(timeline.map((h) => [h.actorInitials, h.action, h.field, h.oldValue, h.newValue])).toEqual([
      ['AJ', 'create', null, null, null],
      ['AJ', 'answer', 'workplace_name', null, 'Aarhus'],
      ['AJ', 'answer', 'kinds', null, ['service']],
      ['AJ', 'answer', 'effect_quality', null, 'yes'],
      ['AJ', 'status', null, 'draft', 'completed'],
      ['DI', 'status', 'workplace_name', 'completed', 'rejected'],
      ['AJ', 'answer', 'workplace_name', 'Aarhus', 'Aarhus Kommune'],
      ['AJ', 'answer', 'kinds', ['service'], null],
      ['AJ', 'status', null, 'rejected', 'completed'],
      ['DI', 'status', null, 'completed', 'approved'],
    ]);
    expect(timeline[1]?.question).toEqual({ da: 'Workplace name', en: 'Workplace name' });
    expect(timeline[3]?.question).toEqual({ da: 'Effects: Quality', en: 'Effects: Quality' });
    expect(timeline[5]).toMatchObject({ reason: 'Full name, please', actorRole: 'auditor' });
    expect(timeline[0]?.question).toBeNull();
  });

  it('keeps each device’s own order even when its clock jumped back', () => {
    const entries = life().filter((e) => e.deviceId === 'A');
    const jumped = entries.map((e, i) => (i === 3 ? { ...e, at: t(-30) } : e));
    expect(replayOrder(jumped).map((e) => e.deviceSeq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives the response as it was at any moment', () => {
    const entries = life();
    expect(stateAt(entries, t(-1))).toEqual({ exists: false, answers: {}, status: null, deleted: false });
    expect(stateAt(entries, t(0))).toEqual({ exists: true, answers: {}, status: 'draft', deleted: false });
    expect(stateAt(entries, t(5))).toEqual({
      exists: true,
      answers: { workplace_name: 'Aarhus', kinds: ['service'], effect_quality: 'yes' },
      status: 'rejected',
      deleted: false,
    });
    expect(answersAt(entries, new Date(Date.UTC(2024, 2, 1, 9, 7, 30)).toISOString())).toEqual({
      workplace_name: 'Aarhus Kommune',
      effect_quality: 'yes',
    });
    expect(stateAt(entries, t(60)).status).toBe('approved');
  });

  it('takes a whole response from an import entry, and follows delete and restore', () => {
    const imported = sealEntry(
      {
        id: 'i-1', deviceId: 'C', deviceSeq: 1, at: t(0), actorId: 'carl', actorName: 'Carl', actorInitials: 'C', actorRole: 'coordinator',
        action: 'import', responseId: 'r-2', responseKey: 'ABC-234', field: null, oldValue: null, newValue: null, reason: null,
        details: { answers: { employees: 4 }, status: 'completed' },
      },
      GENESIS_HASH,
    );
    const deleted = sealEntry({ ...imported, id: 'i-2', deviceSeq: 2, at: t(1), action: 'delete', details: null }, imported.hash);
    expect(stateAt([imported], t(0))).toEqual({ exists: true, answers: { employees: 4 }, status: 'completed', deleted: false });
    expect(stateAt([imported, deleted], t(1)).deleted).toBe(true);
  });
});

describe('responses against their history', () => {
  const stored = { id: 'r-1', key: 'K7M-4QX', answers: { workplace_name: 'Aarhus Kommune', effect_quality: 'yes' }, status: 'approved', deletedAt: null };

  it('agree when nothing was changed behind the app’s back', () => {
    expect(checkResponses([stored], life())).toEqual({ checked: 1, withoutHistory: 0, inConflict: 0, mismatches: [] });
  });

  it('name the response and field changed directly in the store', () => {
    const tampered = { ...stored, answers: { ...stored.answers, effect_quality: 'no' }, status: 'completed' };
    const report = checkResponses([tampered], life());
    expect(report.mismatches.map((m) => [m.key, m.field, m.stored, m.replayed])).toEqual([
      ['K7M-4QX', 'effect_quality', 'no', 'yes'],
      ['K7M-4QX', 'status', 'completed', 'approved'],
    ]);
    expect(report.mismatches[0]?.message.en).toMatch(/changed outside the app/);
  });

  it('count responses without history apart (seeded data, history not imported)', () => {
    expect(checkResponses([{ ...stored, id: 'r-9' }], life())).toEqual({ checked: 0, withoutHistory: 1, inConflict: 0, mismatches: [] });
  });

  it('count responses in an unresolved conflict apart instead of calling them tampered', () => {
    const diverged = { ...stored, answers: { ...stored.answers, effect_quality: 'no' } };
    expect(checkResponses([diverged], life(), new Set(['r-1']))).toEqual({ checked: 0, withoutHistory: 0, inConflict: 1, mismatches: [] });
  });
});
