/**
 * Responses against their history, replayed entry by entry as the log is read in chunks
 * (`checkResponses` streams through `ResponseReplays`), against the definition: each response's
 * entries gathered from the whole log and replayed at once (`finalState`). Logs of three devices
 * whose clocks disagree, stored in any interleaving and with entries moved out of order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditAction, AuditEntry } from '../../../renderer/src/core/audit/audit-entry';
import { finalState } from '../../../renderer/src/core/audit/history';
import { checkResponses, type ConsistencyReport, type StoredResponse } from '../../../renderer/src/core/audit/response-consistency';

const RESPONSES = ['r-1', 'r-2', 'r-3'];
const DEVICES = ['dev-a', 'dev-b', 'dev-c'];

type Finding = { responseId: string; field: string; stored: unknown; replayed: unknown };

/** The definition, written out: gather each response's entries, replay them at once, compare field by field. */
function byDefinition(responses: readonly StoredResponse[], log: readonly AuditEntry[], inConflict: ReadonlySet<string>) {
  const counts = { checked: 0, withoutHistory: 0, inConflict: 0 };
  const findings: Finding[] = [];
  for (const r of responses) {
    if (inConflict.has(r.id)) {
      counts.inConflict += 1;
      continue;
    }
    const history = log.filter((e) => e.responseId === r.id);
    const replayed = history.length > 0 ? finalState(history) : undefined;
    if (!replayed?.exists) {
      counts.withoutHistory += 1;
      continue;
    }
    counts.checked += 1;
    const fields = [...new Set([...Object.keys(r.answers), ...Object.keys(replayed.answers)])].sort();
    for (const field of fields) {
      const [a, b] = [r.answers[field] ?? null, replayed.answers[field] ?? null];
      if (a !== b) findings.push({ responseId: r.id, field, stored: a, replayed: b });
    }
    if (r.status !== replayed.status) findings.push({ responseId: r.id, field: 'status', stored: r.status, replayed: replayed.status });
    const deleted = r.deletedAt !== null;
    if (deleted !== replayed.deleted) findings.push({ responseId: r.id, field: 'deleted', stored: deleted, replayed: replayed.deleted });
  }
  return { counts, findings };
}

const found = (report: ConsistencyReport) => ({
  counts: { checked: report.checked, withoutHistory: report.withoutHistory, inConflict: report.inConflict },
  findings: report.mismatches.map(({ responseId, field, stored, replayed }): Finding => ({ responseId, field, stored, replayed })),
});

const step = fc.record({
  device: fc.integer({ min: 0, max: 2 }),
  response: fc.integer({ min: 0, max: 2 }),
  action: fc.constantFrom<AuditAction>('create', 'answer', 'answer', 'answer', 'status', 'delete', 'restore', 'import'),
  field: fc.constantFrom('employees', 'workplace_name'),
  value: fc.option(fc.integer({ min: 0, max: 3 })),
  // A few minutes only, so clocks tie and run behind one another.
  minute: fc.integer({ min: 0, max: 5 }),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Entries made in `steps` order, each device numbering its own; `at` from each step's clock. */
function entriesOf(steps: readonly Step[]): AuditEntry[] {
  const next = new Map<string, number>();
  return steps.map((s, i) => {
    const deviceId = DEVICES[s.device] as string;
    const deviceSeq = (next.get(deviceId) ?? 0) + 1;
    next.set(deviceId, deviceSeq);
    const whole = s.action === 'import' ? { answers: { employees: s.value ?? 0 }, status: 'completed' } : null;
    return {
      seq: i + 1, id: `e-${i}`, deviceId, deviceSeq, at: new Date(Date.UTC(2024, 2, 1, 9, s.minute)).toISOString(),
      actorId: 'anna', actorName: 'Anna Jensen', actorInitials: 'AJ', actorRole: 'surveyor', action: s.action,
      responseId: RESPONSES[s.response] as string, responseKey: `K-${s.response}`,
      field: s.action === 'answer' ? s.field : null, oldValue: null,
      newValue: s.action === 'answer' ? s.value : s.action === 'status' ? 'completed' : null,
      reason: null, details: whole, prevHash: '', hash: '',
    };
  });
}

const stored = (id: string, employees: number | null, status: string, deleted: boolean): StoredResponse => ({
  id, key: `K-${id}`, answers: employees === null ? {} : { employees }, status, deletedAt: deleted ? '2024-03-01T10:00:00.000Z' : null,
});

describe('responses replayed chunk by chunk', () => {
  it('find what replaying each response whole finds, whatever the clocks and the storage order', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        // Entries moved elsewhere in storage (as tampering or an odd import would leave them).
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 3 })), fc.constantFrom('draft', 'completed'), fc.boolean()), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: -1, max: 2 }),
        (steps, moves, answers, conflicted) => {
          const log = entriesOf(steps);
          for (const [from, to] of moves) {
            if (log.length === 0) break;
            const [moved] = log.splice(from % log.length, 1);
            log.splice(to % (log.length + 1), 0, moved as AuditEntry);
          }
          const inConflict = new Set(conflicted >= 0 ? [RESPONSES[conflicted] as string] : []);
          // Each response stored as it replays (so checks pass) or with the generated answers.
          const responses = RESPONSES.map((id, i) => {
            const [employees, status, deleted] = answers[i] as [number | null, string, boolean];
            const replayed = finalState(log.filter((e) => e.responseId === id));
            return i === 0 && replayed.exists
              ? stored(id, (replayed.answers['employees'] as number | undefined) ?? null, replayed.status ?? 'draft', replayed.deleted)
              : stored(id, employees, status, deleted);
          });
          expect(found(checkResponses(responses, log, inConflict))).toEqual(byDefinition(responses, log, inConflict));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an entry from a computer whose clock is behind is replayed in its place, not as it was stored', () => {
    // Stored: A's answer at 09:05, then B's answer at 09:03 (imported later): B's comes first in time.
    const log = entriesOf([
      { device: 0, response: 0, action: 'create', field: 'employees', value: null, minute: 0 },
      { device: 0, response: 0, action: 'answer', field: 'employees', value: 2, minute: 5 },
      { device: 1, response: 0, action: 'answer', field: 'employees', value: 3, minute: 3 },
    ]);
    expect(checkResponses([stored('r-1', 2, 'draft', false)], log)).toEqual({ checked: 1, withoutHistory: 0, inConflict: 0, mismatches: [] });
    expect(checkResponses([stored('r-1', 3, 'draft', false)], log).mismatches).toEqual([expect.objectContaining({ field: 'employees', stored: 3, replayed: 2 })]);
  });
});
