import { evaluateResponse } from '../core/engine/evaluate-response';
import type { Evaluation, Problem } from '../core/engine/evaluation';
import type { AnswerValue, Questionnaire } from '../core/questionnaire/model';
import { answerOf, sameAnswer, withAnswer } from './answer-change';
import { auditEntry, type AuditChange } from './audit-entry';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import type { AuditAction, Profile, ResponseRecord, ResponseStatus, ResponseSummary } from './records';
import { newResponseKey } from './response-key';
import { summarise } from './response-summary';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

/** The compiled questionnaire a response was keyed with. Synchronous: it is called inside transactions. */
export type QuestionnaireLookup = (id: string, version: string) => Questionnaire;

export interface ListSummariesOptions {
  /** Include soft-deleted responses (for the "Deleted" filter). */
  includeDeleted?: boolean;
}

/** What one action changes; null from a decision means "nothing to do" (no write, no audit entry). */
interface Change {
  patch: Partial<Pick<ResponseRecord, 'answers' | 'status' | 'deletedAt'>>;
  action: AuditAction;
  audit: AuditChange;
  /** Reused for the summary when the answers do not change. */
  evaluation?: Evaluation;
}

const MAX_KEY_ATTEMPTS = 20;

function blockingMessage(problems: readonly Problem[]): string {
  const list = problems.map((p) => `${p.variable}: ${p.message.en}`).join('; ');
  return `The response cannot be marked as completed until ${problems.length} problem(s) are fixed: ${list}`;
}

/**
 * Responses, their list summaries and their audit entries. Every action writes all three in one
 * transaction, so a failure anywhere leaves the response exactly as it was.
 */
export class ResponseRepository {
  constructor(
    private readonly db: BarometerDb,
    private readonly questionnaireFor: QuestionnaireLookup,
  ) {}

  /** A new draft with a UUID and a short key unique on this device. */
  async create(actor: Profile, q: Questionnaire): Promise<ResponseRecord> {
    assertWritable(this.db);
    const deviceId = await ensureDeviceId(this.db);
    const progress = evaluateResponse(q, {}).progress.ratio;
    const { responses, summaries, audit } = this.db;
    return this.db.transaction('rw', [responses, summaries, audit], async () => {
      const key = await this.unusedKey();
      const now = new Date().toISOString();
      const record: ResponseRecord = {
        id: crypto.randomUUID(),
        key,
        questionnaireId: q.id,
        questionnaireVersion: q.version,
        status: 'draft',
        createdAt: now,
        createdById: actor.id,
        createdByName: actor.name,
        updatedAt: now,
        revision: 1,
        answers: {},
        deletedAt: null,
      };
      await responses.add(record);
      await summaries.add(summarise(record, progress));
      await audit.add(auditEntry(actor, deviceId, now, 'create', record.id));
      return record;
    });
  }

  get(id: string): Promise<ResponseRecord | undefined> {
    return this.db.responses.get(id);
  }

  /** The list rows, read from the summaries table only; deleted ones only when asked for. */
  listSummaries(options: ListSummariesOptions = {}): Promise<ResponseSummary[]> {
    return options.includeDeleted
      ? this.db.summaries.toArray()
      : this.db.summaries.where('deleted').equals(0).toArray();
  }

  /**
   * The most recently updated summaries (deleted ones included), read through the updatedAt index:
   * the list paints its first screen from these while the full list loads.
   */
  recentSummaries(limit: number): Promise<ResponseSummary[]> {
    return this.db.summaries.orderBy('updatedAt').reverse().limit(limit).toArray();
  }

  /** Drafts that are not deleted, counted through the indexes without reading every summary. */
  async countDrafts(): Promise<number> {
    const drafts = await this.db.summaries.where('status').equals('draft').count();
    const deletedDrafts = await this.db.summaries
      .where('deleted')
      .equals(1)
      .filter((s) => s.status === 'draft')
      .count();
    return drafts - deletedDrafts;
  }

  /** Every response that is not deleted (for export). */
  async allResponses(): Promise<ResponseRecord[]> {
    return (await this.db.responses.toArray()).filter((r) => r.deletedAt === null);
  }

  /** Saves one answer (undefined clears it). An unchanged value writes nothing. */
  commitAnswer(actor: Profile, responseId: string, field: string, value: AnswerValue | undefined): Promise<ResponseRecord> {
    return this.write(actor, responseId, (current, q) => {
      if (current.deletedAt !== null) throw new StoreError('deleted', 'The response is deleted: restore it to edit it.');
      if (current.status !== 'draft') {
        throw new StoreError('not-editable', 'The response is completed: reopen it to edit it.');
      }
      const variable = q.byName.get(field);
      if (!variable || variable.kind === 'derived' || variable.type === 'grid') {
        throw new StoreError('unknown-field', `"${field}" is not a question of questionnaire ${q.id} ${q.version}.`);
      }
      const oldValue = answerOf(current.answers, field);
      if (sameAnswer(oldValue, value)) return null;
      return {
        patch: { answers: withAnswer(current.answers, field, value) },
        action: 'answer',
        audit: { field, oldValue, newValue: value },
      };
    });
  }

  /** Completing is refused while the evaluation has blocking problems; back to draft always works. */
  setStatus(actor: Profile, id: string, status: ResponseStatus): Promise<ResponseRecord> {
    return this.write(actor, id, (current, q) => {
      if (current.deletedAt !== null) throw new StoreError('deleted', 'The response is deleted: restore it first.');
      if (current.status === status) return null;
      const evaluation = evaluateResponse(q, current.answers);
      if (status === 'completed') {
        const blocking = evaluation.problems.filter((p) => p.blocking);
        if (blocking.length > 0) throw new StoreError('blocking-problems', blockingMessage(blocking), blocking);
      }
      return { patch: { status }, action: 'status', audit: { oldValue: current.status, newValue: status }, evaluation };
    });
  }

  markCompleted(actor: Profile, id: string): Promise<ResponseRecord> {
    return this.setStatus(actor, id, 'completed');
  }

  reopen(actor: Profile, id: string): Promise<ResponseRecord> {
    return this.setStatus(actor, id, 'draft');
  }

  /** Hides the response from lists and exports; it can be restored. */
  softDelete(actor: Profile, id: string): Promise<ResponseRecord> {
    return this.write(actor, id, (current) =>
      current.deletedAt !== null ? null : { patch: { deletedAt: new Date().toISOString() }, action: 'delete', audit: {} },
    );
  }

  restore(actor: Profile, id: string): Promise<ResponseRecord> {
    return this.write(actor, id, (current) =>
      current.deletedAt === null ? null : { patch: { deletedAt: null }, action: 'restore', audit: {} },
    );
  }

  /**
   * Reads the response, lets `decide` refuse or describe the change, then writes response, summary
   * and audit entry in one transaction. Only Dexie is awaited inside it: the lookup and the
   * evaluation are synchronous, so the transaction cannot commit early.
   */
  private async write(
    actor: Profile,
    id: string,
    decide: (current: ResponseRecord, q: Questionnaire) => Change | null,
  ): Promise<ResponseRecord> {
    assertWritable(this.db);
    const deviceId = await ensureDeviceId(this.db);
    const { responses, summaries, audit } = this.db;
    return this.db.transaction('rw', [responses, summaries, audit], async () => {
      const current = await responses.get(id);
      if (!current) throw new StoreError('not-found', 'The response no longer exists on this device.');
      const q = this.questionnaireFor(current.questionnaireId, current.questionnaireVersion);
      const change = decide(current, q);
      if (!change) return current;
      const now = new Date().toISOString();
      const next: ResponseRecord = { ...current, ...change.patch, updatedAt: now, revision: current.revision + 1 };
      const evaluation = change.evaluation ?? evaluateResponse(q, next.answers);
      await responses.put(next);
      await summaries.put(summarise(next, evaluation.progress.ratio));
      await audit.add(auditEntry(actor, deviceId, now, change.action, id, change.audit));
      return next;
    });
  }

  private async unusedKey(): Promise<string> {
    for (let attempt = 0; attempt < MAX_KEY_ATTEMPTS; attempt++) {
      const key = newResponseKey();
      if ((await this.db.responses.where('key').equals(key).count()) === 0) return key;
    }
    throw new Error('Could not find an unused response key.');
  }
}
