/**
 * Closing a conflict with what the coordinator chose, field by field. Every chosen value must be one
 * of the sides' values (nothing new is typed in here: that is an ordinary edit afterwards). The
 * resolving revision, the response, its summary and the audit entries are one transaction.
 */
import type { AuditDetails } from '../core/audit/audit-entry';
import { finalState } from '../core/audit/history';
import { evaluateResponse } from '../core/engine/evaluate-response';
import type { AnswerValue } from '../core/questionnaire/model';
import { canonicalText, leaves, resolveConflict, type ChosenContent, type RevisionContent } from '../core/revisions';
import { answerOf, sameAnswer } from './answer-change';
import { ChainWriter } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { MAX_REASON_LENGTH, permit, stampOf, storedActor } from './permission-guard';
import type { Profile, ResponseRecord } from './records';
import { summarise } from './response-summary';
import type { QuestionnaireLookup } from './response-write';
import { revisionRow } from './revision-write';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

function refuse(code: 'not-found' | 'stale-selection' | 'unknown-field' | 'reason-required', en: string, da: string): never {
  throw new StoreError(code, en, [], { en, da });
}

const same = (a: unknown, b: unknown): boolean => canonicalText(a ?? null) === canonicalText(b ?? null);

/** Refuses a choice holding a value no side holds. */
function checkChosen(sides: readonly RevisionContent[], chosen: ChosenContent): void {
  const names = new Set([...sides.flatMap((s) => Object.keys(s.answers)), ...Object.keys(chosen.answers)]);
  for (const name of names) {
    const value = answerOf(chosen.answers, name);
    if (!sides.some((side) => same(answerOf(side.answers, name), value))) {
      refuse('unknown-field', `The value chosen for ${name} is not one of the conflicting versions.`, `Værdien valgt for ${name} er ikke en af de modstridende versioner.`);
    }
  }
  if (!sides.some((side) => side.status === chosen.status)) {
    refuse('unknown-field', 'The chosen status is not one of the conflicting versions.', 'Den valgte status er ikke en af de modstridende versioner.');
  }
  if (!sides.some((side) => (side.deletedAt === null) === (chosen.deletedAt === null))) {
    refuse('unknown-field', 'The chosen deletion is not one of the conflicting versions.', 'Den valgte sletning er ikke en af de modstridende versioner.');
  }
}

export async function resolveResponseConflict(
  db: BarometerDb,
  lookup: QuestionnaireLookup,
  actor: Profile,
  responseId: string,
  chosen: ChosenContent,
  options: { reason?: string; expectedSides?: readonly string[] },
): Promise<ResponseRecord> {
  assertWritable(db);
  const reason = options.reason?.trim() ?? '';
  if (reason.length > MAX_REASON_LENGTH) {
    refuse('reason-required', `A reason can be at most ${MAX_REASON_LENGTH} characters.`, `En begrundelse kan højst være ${MAX_REASON_LENGTH} tegn.`);
  }
  const deviceId = await ensureDeviceId(db);
  return db.transaction('rw', [db.responses, db.summaries, db.revisions, db.audit, db.profiles], async () => {
    const row = await storedActor(db, actor);
    permit(row, 'resolve-conflict');
    const [current, stored] = await Promise.all([db.responses.get(responseId), db.revisions.get(responseId)]);
    if (!current || !stored || stored.conflicted !== 1) {
      refuse('not-found', 'This response is not in conflict (any more): nothing to resolve.', 'Besvarelsen er ikke (længere) i konflikt: der er intet at løse.');
    }
    const sides = leaves(stored.tree);
    const expected = options.expectedSides;
    if (expected && !same([...expected].sort(), sides.map((s) => s.rev).sort())) {
      refuse('stale-selection', 'The conflict changed while you were choosing (a new package arrived): look at it again.', 'Konflikten ændrede sig, mens du valgte (en ny pakke er kommet): se på den igen.');
    }
    checkChosen(sides.map((s) => s.content), chosen);
    const now = new Date().toISOString();
    const made = resolveConflict(stored.tree, chosen, { id: row.id, name: row.name }, now);
    if (!made.ok) refuse('not-found', 'This response is not in conflict: nothing to resolve.', 'Besvarelsen er ikke i konflikt: der er intet at løse.');
    const next: ResponseRecord = {
      ...current,
      answers: chosen.answers,
      status: chosen.status,
      deletedAt: chosen.deletedAt,
      updatedAt: now,
      revision: Number(made.value.rev.slice(0, made.value.rev.indexOf('-'))),
    };
    const q = lookup(current.questionnaireId, current.questionnaireVersion);
    await db.responses.put(next);
    await db.summaries.put(summarise(next, evaluateResponse(q, next.answers, next).progress.ratio));
    await db.revisions.put(revisionRow(responseId, made.value.tree));
    const chain = await ChainWriter.open(db, deviceId);
    const stamp = stampOf(row);
    const base = { action: 'conflict-resolution' as const, responseId, responseKey: current.key, reason: reason || null };
    // The whole chosen state, so a replay of the merged history (verification, history view) ends
    // on what was chosen whichever side's entries it replays last.
    const whole: AuditDetails = { sides: sides.map((s) => s.rev), resolvedRev: made.value.rev, answers: { ...chosen.answers }, status: chosen.status };
    const replayedBefore = finalState(await db.audit.where('responseId').equals(responseId).toArray());
    await chain.append(stamp, now, { ...base, details: whole });
    const names = new Set([...Object.keys(current.answers), ...Object.keys(chosen.answers)]);
    for (const field of [...names].sort()) {
      const oldValue: AnswerValue | undefined = answerOf(current.answers, field);
      const newValue = answerOf(chosen.answers, field);
      if (!sameAnswer(oldValue, newValue)) await chain.append(stamp, now, { ...base, field, oldValue, newValue });
    }
    // Deletion is replayed from delete / restore entries: one is written when the chosen side differs from the replay.
    const deleted = chosen.deletedAt !== null;
    if (replayedBefore.deleted !== deleted) {
      await chain.append(stamp, now, { action: deleted ? 'delete' : 'restore', responseId, responseKey: current.key, reason: reason || null, details: { conflictResolution: made.value.rev } });
    }
    return next;
  });
}
