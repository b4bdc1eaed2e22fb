import { evaluateResponse } from '../core/engine/evaluate-response';
import { lengthMessage } from '../core/engine/messages';
import { answerMaxChars } from '../core/limits/limits';
import type { AnswerValue, Questionnaire } from '../core/questionnaire/model';
import { preloadAnswers } from '../core/fieldwork/frame';
import { defaultAnswers } from '../core/questionnaire/default-answers';
import { answerOf, sameAnswer, withAnswer } from './answer-change';
import type { ChainWriter } from './audit-writer';
import type { CaseLinkRow } from './fieldwork-records';
import type { BarometerDb } from './database';
import { permit, reasonFor, responseContext, stampOf } from './permission-guard';
import type { Profile, ProfileRow, ResponseRecord, ResponseStatus, ResponseSummary } from './records';
import { newResponseKey } from './response-key';
import { summarise, withEditions } from './response-summary';
import { extendRevisions } from './revision-write';
import { ResponseWriter, type Decide, type QuestionnaireLookup } from './response-write';
import { statusChange } from './status-change';
import { StoreError } from './store-error';

export type { QuestionnaireLookup } from './response-write';

export interface ListSummariesOptions {
  /** Include soft-deleted responses (for the "Deleted" filter). */
  includeDeleted?: boolean;
  /** Give each summary written before summaries kept their edition its response's (read across editions). */
  withEditions?: boolean;
}

const MAX_KEY_ATTEMPTS = 20;

/**
 * Responses, their list summaries and their audit entries. Every action writes all of them in one
 * transaction, so a failure anywhere leaves the response exactly as it was; every action checks the
 * actor's stored role against the roles table first (`forbidden` otherwise).
 */
export class ResponseRepository {
  private readonly writer: ResponseWriter;

  constructor(
    private readonly db: BarometerDb,
    questionnaireFor: QuestionnaireLookup,
  ) {
    this.writer = new ResponseWriter(db, questionnaireFor);
  }

  /**
   * A new draft with a UUID and a short key unique on this device (surveyors and coordinators). It
   * starts with the questionnaire's defaults, each recorded in the audit log as coming from it.
   */
  create(actor: Profile, q: Questionnaire): Promise<ResponseRecord> {
    return this.writer.transaction(actor, async (chain, row, now) => {
      permit(row, 'create-response');
      const defaults = defaultAnswers(q);
      const record = await this.addDraft(chain, row, now, q, Object.fromEntries(defaults));
      await this.recordDefaults(chain, row, now, record, q, defaults);
      return record;
    });
  }

  /** The audit entries of the answers a new response took from its questionnaire's defaults. */
  private async recordDefaults(chain: ChainWriter, row: ProfileRow, now: string, record: ResponseRecord, q: Questionnaire, defaults: [string, AnswerValue][]): Promise<void> {
    for (const [field, value] of defaults) {
      await chain.append(stampOf(row), now, {
        action: 'answer', responseId: record.id, responseKey: record.key, field, oldValue: null, newValue: value,
        details: { source: 'questionnaire-default', questionnaire: `${q.id} ${q.version}` },
      });
    }
  }

  /**
   * A new draft started from a case of the sample: section A's identifying answers come from the
   * frame (each recorded in the audit log as coming from it) and are locked, so only a coordinator
   * changes them, with a reason. A surveyor starts only from a case assigned to them.
   */
  createFromCase(actor: Profile, q: Questionnaire, caseId: string): Promise<ResponseRecord> {
    return this.writer.transaction(actor, async (chain, row, now) => {
      permit(row, 'create-response');
      const c = await this.db.cases.get(caseId);
      if (!c || c.inFrame !== 1) {
        const text = { da: 'Arbejdspladsen er ikke i stikprøven.', en: 'The workplace is not in the sample.' };
        throw new StoreError('not-found', text.en, [], text);
      }
      permit(row, 'start-from-case', { assignedToActor: c.assigneeId === row.id });
      // A code this edition has no option for (a level only an older edition has, kept in the frame
      // for its responses) is not filled in: the surveyor asks and keys it, and nothing invalid is locked.
      const preload = Object.entries(preloadAnswers(c.frame)).filter(([name, value]) => {
        const v = q.byName.get(name);
        if (v === undefined || v.kind === 'derived') return false;
        return v.choices === undefined || v.choices.some((choice) => choice.code === String(value));
      });
      // The frame's answer wins over a default.
      const defaults = defaultAnswers(q).filter(([name]) => !preload.some(([field]) => field === name));
      const record = await this.addDraft(chain, row, now, q, Object.fromEntries([...defaults, ...preload]));
      await this.recordDefaults(chain, row, now, record, q, defaults);
      for (const [field, value] of preload) {
        await chain.append(stampOf(row), now, {
          action: 'answer', responseId: record.id, responseKey: record.key, field, oldValue: null, newValue: value,
          details: { source: 'sample-frame', caseId },
        });
      }
      await this.db.caseLinks.add({ responseId: record.id, caseId, locked: preload.map(([f]) => f), linkedAt: now, linkedById: row.id });
      return record;
    });
  }

  /** The case a response was started from, and the answers locked by it; undefined when none. */
  caseLinkOf(responseId: string): Promise<CaseLinkRow | undefined> {
    return this.db.caseLinks.get(responseId);
  }

  private async addDraft(chain: ChainWriter, row: ProfileRow, now: string, q: Questionnaire, answers: ResponseRecord['answers']): Promise<ResponseRecord> {
    const progress = evaluateResponse(q, answers, { createdAt: now }).progress.ratio;
    const record: ResponseRecord = {
      id: crypto.randomUUID(),
      key: await this.unusedKey(),
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      status: 'draft',
      createdAt: now,
      createdById: row.id,
      createdByName: row.name,
      updatedAt: now,
      revision: 1,
      answers,
      deletedAt: null,
    };
    await this.db.responses.add(record);
    await this.db.summaries.add(summarise(record, progress));
    await extendRevisions(this.db, record, row);
    await chain.append(stampOf(row), now, { action: 'create', responseId: record.id, responseKey: record.key });
    return record;
  }

  get(id: string): Promise<ResponseRecord | undefined> {
    return this.db.responses.get(id);
  }

  /** The list rows, read from the summaries table only; deleted ones only when asked for. */
  async listSummaries(options: ListSummariesOptions = {}): Promise<ResponseSummary[]> {
    const summaries = options.includeDeleted
      ? await this.db.summaries.toArray()
      : await this.db.summaries.where('deleted').equals(0).toArray();
    return options.withEditions ? withEditions(this.db.responses, summaries) : summaries;
  }

  /**
   * The most recently updated summaries (deleted ones included), read through the updatedAt index:
   * the list paints its first screen from these while the full list loads.
   */
  recentSummaries(limit: number): Promise<ResponseSummary[]> {
    return this.db.summaries.orderBy('updatedAt').reverse().limit(limit).toArray();
  }

  /** Whether any response holds an answer: before that there is nothing a backup would save. */
  async hasAnswers(): Promise<boolean> {
    return (await this.db.summaries.filter((s) => s.progress > 0).first()) !== undefined;
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

  /**
   * Saves one answer (undefined clears it). An unchanged value writes nothing. A surveyor edits
   * their own drafts and rejected responses; a coordinator any response, with a `reason` where the
   * roles table asks for one (completed or approved, or someone else's); an auditor none.
   */
  commitAnswer(actor: Profile, responseId: string, field: string, value: AnswerValue | undefined, reason?: string): Promise<ResponseRecord> {
    return this.writer.write(actor, responseId, this.answerChange(field, value, reason));
  }

  private answerChange(field: string, value: AnswerValue | undefined, reason: string | undefined): Decide {
    return (current, q, row, { caseLink }) => {
      if (current.deletedAt !== null) throw new StoreError('deleted', 'The response is deleted: restore it to edit it.');
      const preloaded = caseLink?.locked.includes(field) === true;
      const requirement = permit(row, 'edit-answer', { ...responseContext(row, current), ...(preloaded ? { preloaded } : {}) });
      const variable = q.byName.get(field);
      if (!variable || variable.kind === 'derived' || variable.type === 'grid') {
        throw new StoreError('unknown-field', `"${field}" is not a question of questionnaire ${q.id} ${q.version}.`);
      }
      if (variable.question?.readOnly === true) {
        const text = { da: 'Spørgsmålet kan ikke ændres: dets svar er givet af spørgeskemaet.', en: 'The question cannot be changed: its answer is given by the questionnaire.' };
        throw new StoreError('question-read-only', `${field}: ${text.en}`, [], text);
      }
      const max = answerMaxChars(variable.type);
      if (typeof value === 'string' && max !== undefined && value.length > max) {
        const text = lengthMessage(max, value.length);
        throw new StoreError('too-long', `${field}: ${text.en}`, [], text);
      }
      const oldValue = answerOf(current.answers, field);
      if (sameAnswer(oldValue, value)) return null;
      return {
        patch: { answers: withAnswer(current.answers, field, value) },
        audit: { action: 'answer', field, oldValue, newValue: value, reason: reasonFor(requirement, reason) },
      };
    };
  }

  /**
   * Any change of review status (see status-change.ts for the rules). `reason` is recorded; it is
   * required where the roles table asks for one, and for `rejected` it is the comment.
   */
  setStatus(actor: Profile, id: string, status: ResponseStatus, reason?: string): Promise<ResponseRecord> {
    return this.writer.write(actor, id, statusChange(status, reason));
  }

  markCompleted(actor: Profile, id: string): Promise<ResponseRecord> {
    return this.setStatus(actor, id, 'completed');
  }

  reopen(actor: Profile, id: string, reason?: string): Promise<ResponseRecord> {
    return this.setStatus(actor, id, 'draft', reason);
  }

  /** Hides the response from lists and exports; it can be restored. */
  softDelete(actor: Profile, id: string, reason?: string): Promise<ResponseRecord> {
    return this.writer.write(actor, id, this.deletion('delete', reason));
  }

  restore(actor: Profile, id: string, reason?: string): Promise<ResponseRecord> {
    return this.writer.write(actor, id, this.deletion('restore', reason));
  }

  private deletion(action: 'delete' | 'restore', reason: string | undefined): Decide {
    return (current, _q, row) => {
      if ((current.deletedAt !== null) === (action === 'delete')) return null;
      const requirement = permit(row, action === 'delete' ? 'delete-response' : 'restore-response', responseContext(row, current));
      const deletedAt = action === 'delete' ? new Date().toISOString() : null;
      return { patch: { deletedAt }, audit: { action, reason: reasonFor(requirement, reason) } };
    };
  }

  private async unusedKey(): Promise<string> {
    for (let attempt = 0; attempt < MAX_KEY_ATTEMPTS; attempt++) {
      const key = newResponseKey();
      if ((await this.db.responses.where('key').equals(key).count()) === 0) return key;
    }
    throw new Error('Could not find an unused response key.');
  }
}
