/**
 * The one way a response changes: read it, let a `decide` function refuse or describe the change,
 * then write response, summary, revision tree, audit entry (and a comment, for a rejection) in one
 * transaction. Only Dexie is awaited inside it: the questionnaire lookup, the evaluation and the
 * hashes are synchronous, so the transaction cannot commit early.
 *
 * Speed (a commit per keystroke): what the action reads is asked for at once, and the writes are
 * issued at once, so the transaction waits for the store twice (reads, then writes and the commit)
 * instead of once per request. IndexedDB runs the requests of a transaction in the order they are
 * issued, and a failed one aborts the whole transaction, so nothing is written in part.
 */
import type { Table } from 'dexie';
import { evaluateResponse } from '../core/engine/evaluate-response';
import type { Evaluation } from '../core/engine/evaluation';
import type { Questionnaire } from '../core/questionnaire/model';
import { ChainWriter, type AuditDraft } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { stampOf, storedActor } from './permission-guard';
import type { RevisionRow } from './exchange-records';
import type { CaseLinkRow } from './fieldwork-records';
import type { CommentRecord, Profile, ProfileRow, ResponseRecord } from './records';
import { summarise } from './response-summary';
import { extendedRevisions } from './revision-write';
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

/** What else the store holds about the response, read with it. */
export interface ResponseFacts {
  /** The case it was started from, with the answers the frame locked; undefined when none. */
  caseLink: CaseLinkRow | undefined;
}

export type Decide = (current: ResponseRecord, q: Questionnaire, actor: ProfileRow, facts: ResponseFacts) => ResponseChange | null;

/** A response and the rows its change reads, read together. */
interface Loaded {
  current: ResponseRecord | undefined;
  revisions: RevisionRow | undefined;
  caseLink: CaseLinkRow | undefined;
}

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
  transaction<T>(actor: Profile, work: (chain: ChainWriter, row: ProfileRow, now: string) => Promise<T>, extraTables: readonly Table[] = []): Promise<T> {
    return this.session(actor, extraTables, async () => undefined, (chain, row, now) => work(chain, row, now));
  }

  /** One action on one response, in its own transaction: the actor, the chain's tail and the response are read at once. */
  write(actor: Profile, id: string, decide: Decide): Promise<ResponseRecord> {
    return this.session(actor, [], () => this.load(id), (chain, row, now, loaded) => this.change(chain, row, id, loaded, decide, now));
  }

  /** One action inside an open transaction (bulk actions run many in one). */
  async apply(chain: ChainWriter, actor: ProfileRow, id: string, decide: Decide, now: string): Promise<ResponseRecord> {
    return this.change(chain, actor, id, await this.load(id), decide, now);
  }

  /** The transaction: `read` is asked for together with the actor and the chain's tail. */
  private async session<T, R>(
    actor: Profile,
    extraTables: readonly Table[],
    read: () => Promise<R>,
    work: (chain: ChainWriter, row: ProfileRow, now: string, read: R) => Promise<T>,
  ): Promise<T> {
    assertWritable(this.db);
    const deviceId = await ensureDeviceId(this.db);
    return this.db.transaction('rw', [...this.tables, ...extraTables], async () => {
      // Only the actor's read can fail (not on this device): the others resolve, found or not.
      const [row, chain, loaded] = await Promise.all([storedActor(this.db, actor), ChainWriter.open(this.db, deviceId), read()]);
      return work(chain, row, new Date().toISOString(), loaded);
    });
  }

  private async load(id: string): Promise<Loaded> {
    const { responses, revisions, caseLinks } = this.db;
    const [current, tree, caseLink] = await Promise.all([responses.get(id), revisions.get(id), caseLinks.get(id)]);
    return { current, revisions: tree, caseLink };
  }

  private async change(chain: ChainWriter, actor: ProfileRow, id: string, loaded: Loaded, decide: Decide, now: string): Promise<ResponseRecord> {
    const { responses, summaries, revisions, comments } = this.db;
    const { current } = loaded;
    if (!current) throw new StoreError('not-found', 'The response no longer exists on this device.');
    const q = this.questionnaireFor(current.questionnaireId, current.questionnaireVersion);
    const change = decide(current, q, actor, { caseLink: loaded.caseLink });
    if (!change) return current;
    const next: ResponseRecord = { ...current, ...change.patch, updatedAt: now, revision: current.revision + 1 };
    const evaluation = change.evaluation ?? evaluateResponse(q, next.answers, next);
    // Everything that can refuse the change synchronously does so before the first write.
    const tree = extendedRevisions(loaded.revisions, next, actor);
    const audit = chain.stage(stampOf(actor), now, { ...change.audit, responseId: id, responseKey: current.key });
    const writes: Promise<unknown>[] = [responses.put(next), summaries.put(summarise(next, evaluation.progress.ratio)), revisions.put(tree), audit.written];
    if (change.comment) {
      writes.push(
        comments.add({
          id: crypto.randomUUID(),
          responseId: id,
          ...change.comment,
          at: now,
          authorId: actor.id,
          authorName: actor.name,
          authorInitials: actor.initials,
          authorRole: actor.role,
          auditEntryId: audit.entry.id,
        }),
      );
    }
    await Promise.all(writes);
    return next;
  }
}
