/**
 * The auditor's side of the review workflow: the queue, approve, reject with a comment, and bulk
 * approve that acts on exactly the filtered set, all or nothing.
 */
import type { BarometerDb } from './database';
import { permit } from './permission-guard';
import type { Profile, ResponseRecord, ResponseSummary } from './records';
import { ResponseWriter, type QuestionnaireLookup } from './response-write';
import { reviewQueue, type ReviewFilter } from './review-filter';
import { withEditions } from './response-summary';
import type { VerificationState } from './verification-records';
import { statusChange } from './status-change';
import { StoreError } from './store-error';

export type { ReviewFilter } from './review-filter';

export class ReviewRepository {
  private readonly writer: ResponseWriter;

  constructor(
    private readonly db: BarometerDb,
    questionnaireFor: QuestionnaireLookup,
  ) {
    this.writer = new ResponseWriter(db, questionnaireFor);
  }

  /** The responses matching `filter`, oldest change first; never deleted ones. */
  async queue(filter: ReviewFilter): Promise<ResponseSummary[]> {
    return reviewQueue(await this.summaries(filter), filter, await this.verificationStates());
  }

  /** Every summary; across editions each with its edition (read from the response where the summary predates it). */
  private async summaries(filter: ReviewFilter): Promise<ResponseSummary[]> {
    const all = await this.db.summaries.toArray();
    return filter.editions ? withEditions(this.db.responses, all) : all;
  }

  /** Each marked response's verification state, for the filter. */
  async verificationStates(): Promise<Map<string, VerificationState>> {
    return new Map((await this.db.verifications.toArray()).map((v) => [v.responseId, v.state]));
  }

  /** completed → approved (auditors). */
  approve(actor: Profile, id: string): Promise<ResponseRecord> {
    return this.writer.write(actor, id, statusChange('approved'));
  }

  /**
   * completed or approved → rejected (auditors). The comment is required: it is the audit entry's
   * reason and a comment the surveyor sees, on `field` (a question) or on the whole response (null).
   */
  reject(actor: Profile, id: string, comment: string, field: string | null = null): Promise<ResponseRecord> {
    return this.writer.write(actor, id, statusChange('rejected', comment, field));
  }

  /**
   * Approves every response the queue shows under `filter`, in one transaction, one audit entry
   * each. The set is computed inside the transaction with the queue's own filter function. When
   * `expectedIds` (the ids the auditor saw) is given and the set differs, nothing is approved
   * (`stale-selection`). When any response in the set cannot be approved (not completed), nothing
   * is approved (`not-approvable`), rather than approving part of what the auditor chose.
   * Already approved responses in the set are left as they are. Returns the approved responses.
   */
  bulkApprove(actor: Profile, filter: ReviewFilter, expectedIds?: readonly string[]): Promise<ResponseRecord[]> {
    return this.writer.transaction(actor, async (chain, row, now) => {
      permit(row, 'approve', { status: 'completed' });
      const chosen = reviewQueue(await this.summaries(filter), filter, await this.verificationStates());
      if (expectedIds !== undefined && !sameIds(chosen.map((s) => s.id), expectedIds)) {
        throw new StoreError('stale-selection', 'The responses matching the filter have changed since the list was shown: look again, then approve.', [], {
          en: 'The responses matching the filter have changed since the list was shown: look again, then approve.',
          da: 'Svarene, der passer til filteret, har ændret sig, siden listen blev vist: se listen igen, og godkend så.',
        });
      }
      const blocked = chosen.filter((s) => s.status !== 'completed' && s.status !== 'approved');
      if (blocked.length > 0) {
        const keys = blocked.map((s) => `${s.key} (${s.status})`).join(', ');
        throw new StoreError('not-approvable', `Only completed responses can be approved; the filter also holds ${keys}. Narrow the filter.`, [], {
          en: `Only completed responses can be approved; the filter also holds ${keys}. Narrow the filter.`,
          da: `Kun afsluttede besvarelser kan godkendes; filteret omfatter også ${keys}. Afgræns filteret.`,
        });
      }
      const approved: ResponseRecord[] = [];
      for (const s of chosen) {
        if (s.status === 'approved') continue;
        approved.push(await this.writer.apply(chain, row, s.id, statusChange('approved'), now));
      }
      return approved;
    }, [this.db.verifications]);
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(b);
  return a.every((id) => set.has(id)) && set.size === b.length;
}
