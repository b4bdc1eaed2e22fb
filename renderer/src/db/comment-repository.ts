/**
 * Comments on a response or on one of its questions: auditors and coordinators on any response,
 * a surveyor on their own (to answer). Each is an audit entry too, written in the same transaction.
 * Comments are never changed or removed; a rejection's comment is written by ReviewRepository.reject.
 */
import type { BarometerDb } from './database';
import { permit, reasonFor, responseContext, stampOf } from './permission-guard';
import type { CommentRecord, Profile } from './records';
import { ResponseWriter, type QuestionnaireLookup } from './response-write';
import { StoreError } from './store-error';

export class CommentRepository {
  private readonly writer: ResponseWriter;

  constructor(
    private readonly db: BarometerDb,
    questionnaireFor: QuestionnaireLookup,
  ) {
    this.writer = new ResponseWriter(db, questionnaireFor);
  }

  /** Adds a comment on `field` (a variable of the response's questionnaire) or, with null, on the response. */
  add(actor: Profile, responseId: string, text: string, field: string | null = null): Promise<CommentRecord> {
    return this.writer.transaction(actor, async (chain, row, now) => {
      const response = await this.db.responses.get(responseId);
      if (!response) throw new StoreError('not-found', 'The response no longer exists on this device.');
      permit(row, 'comment', responseContext(row, response));
      const body = reasonFor(null, text);
      if (body === null) {
        throw new StoreError('reason-required', 'A comment cannot be empty.', [], { en: 'A comment cannot be empty.', da: 'En kommentar kan ikke være tom.' });
      }
      const q = this.writer.questionnaireFor(response.questionnaireId, response.questionnaireVersion);
      if (field !== null && !q.byName.has(field)) {
        throw new StoreError('unknown-field', `"${field}" is not a question of questionnaire ${q.id} ${q.version}.`);
      }
      const entry = await chain.append(stampOf(row), now, {
        action: 'comment',
        responseId,
        responseKey: response.key,
        field,
        newValue: body,
      });
      const comment: CommentRecord = {
        id: crypto.randomUUID(),
        responseId,
        field,
        text: body,
        kind: 'comment',
        at: now,
        authorId: row.id,
        authorName: row.name,
        authorInitials: row.initials,
        authorRole: row.role,
        auditEntryId: entry.id,
      };
      await this.db.comments.add(comment);
      return comment;
    });
  }

  /** A response's comments, oldest first (rejections included). */
  async forResponse(responseId: string): Promise<CommentRecord[]> {
    const list = await this.db.comments.where('responseId').equals(responseId).toArray();
    return list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
}
