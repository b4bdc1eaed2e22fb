/**
 * The one way a response changes: read it, let a `decide` function refuse or describe the change,
 * then write response, summary, audit entry (and a comment, for a rejection) in one transaction.
 * Only Dexie is awaited inside it: the questionnaire lookup, the evaluation and the hash are
 * synchronous, so the transaction cannot commit early.
 */
import type { Table } from 'dexie';
import { evaluateResponse } from '../core/engine/evaluate-response';
import type { Evaluation } from '../core/engine/evaluation';
import type { Questionnaire } from '../core/questionnaire/model';
import { ChainWriter, type AuditDraft } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { stampOf, storedActor } from './permission-guard';
import type { CommentRecord, Profile, ProfileRow, ResponseRecord } from './records';
import { summarise } from './response-summary';
import { extendRevisions } from './revision-write';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

/** The compiled questionnaire a response was keyed with. Synchronous: it is called inside transactions. */
export type QuestionnaireLookup = (id: string, version: string) => Questionnaire;

/** What one action changes; null from a decision means "nothing to do" (no write, no audit entry). */
export interface ResponseChange {
  patch: Partial<Pick<ResponseRecord, 'answers' | 'status' | 'deletedAt'>>;
  audit: Omit<AuditDraft, 'responseId' | 'responseKey'>;
  /** Reused for the summary when the answers do not change. */
  evaluation?: Evaluation;
  /** Written with the change (a rejection's comment). */
  comment?: Pick<CommentRecord, 'field' | 'text' | 'kind'>;
}

export type Decide = (current: ResponseRecord, q: Questionnaire, actor: ProfileRow) => ResponseChange | null;

export class ResponseWriter {
  constructor(
    readonly db: BarometerDb,
    readonly questionnaireFor: QuestionnaireLookup,
  ) {}

  /** Every table a response action may write. */
  get tables() {
    const { responses, summaries, audit, profiles, comments, revisions, cases, caseLinks } = this.db;
    return [responses, summaries, audit, profiles, comments, revisions, cases, caseLinks];
  }

  /** Runs `work` in one transaction with the stored actor and this device's chain (and `extraTables` too). */
  async transaction<T>(actor: Profile, work: (chain: ChainWriter, row: ProfileRow, now: string) => Promise<T>, extraTables: readonly Table[] = []): Promise<T> {
    assertWritable(this.db);
    const deviceId = await ensureDeviceId(this.db);
    return this.db.transaction('rw', [...this.tables, ...extraTables], async () => {
      const row = await storedActor(this.db, actor);
      const chain = await ChainWriter.open(this.db, deviceId);
      return work(chain, row, new Date().toISOString());
    });
  }

  /** One action on one response, in its own transaction. */
  write(actor: Profile, id: string, decide: Decide): Promise<ResponseRecord> {
    return this.transaction(actor, (chain, row, now) => this.apply(chain, row, id, decide, now));
  }

  /** One action inside an open transaction (bulk actions run many in one). */
  async apply(chain: ChainWriter, actor: ProfileRow, id: string, decide: Decide, now: string): Promise<ResponseRecord> {
    const { responses, summaries, comments } = this.db;
    const current = await responses.get(id);
    if (!current) throw new StoreError('not-found', 'The response no longer exists on this device.');
    const q = this.questionnaireFor(current.questionnaireId, current.questionnaireVersion);
    const change = decide(current, q, actor);
    if (!change) return current;
    const next: ResponseRecord = { ...current, ...change.patch, updatedAt: now, revision: current.revision + 1 };
    const evaluation = change.evaluation ?? evaluateResponse(q, next.answers);
    await responses.put(next);
    await summaries.put(summarise(next, evaluation.progress.ratio));
    await extendRevisions(this.db, next, actor);
    const entry = await chain.append(stampOf(actor), now, { ...change.audit, responseId: id, responseKey: current.key });
    if (change.comment) {
      await comments.add({
        id: crypto.randomUUID(),
        responseId: id,
        ...change.comment,
        at: now,
        authorId: actor.id,
        authorName: actor.name,
        authorInitials: actor.initials,
        authorRole: actor.role,
        auditEntryId: entry.id,
      });
    }
    return next;
  }
}
