/**
 * Moving a draft to another questionnaire edition, explicitly (the surveyor their own drafts, a
 * coordinator any): the plan shown first (`planDraftMove`: kept, mapped, dropped answers), then the
 * response, its summary and its revision tree rewritten with ONE audit entry in one transaction
 * (ResponseWriter's). The plan is computed again inside it from the stored response and refused if
 * that changed since the preview. Dropped answers stay in the history: the audit entries before the
 * move hold them (the response as it was), and the move's entry lists them with their values.
 */
import { editionKey } from '../core/editions/edition-order';
import { planDraftMove, type MovePlan } from '../core/editions/draft-move';
import { evaluateResponse } from '../core/engine/evaluate-response';
import type { JsonValue } from '../core/audit/audit-entry';
import type { BarometerDb } from './database';
import type { EditionCatalog } from './edition-catalog';
import { permit, responseContext, stampOf } from './permission-guard';
import type { Profile, ResponseRecord } from './records';
import { summarise } from './response-summary';
import { ResponseWriter } from './response-write';
import { extendRevisions } from './revision-write';
import { StoreError } from './store-error';

export interface DraftMovePreview {
  plan: MovePlan;
  /** The response's revision the plan was made from (the move refuses if it changed). */
  revision: number;
}

const refuse = (code: 'not-found' | 'stale-selection' | 'questionnaire-invalid', en: string, da: string) => new StoreError(code, en, [], { en, da });

function planFor(catalog: EditionCatalog, record: ResponseRecord, toId: string, toVersion: string): MovePlan {
  const from = catalog.get(record.questionnaireId, record.questionnaireVersion);
  const to = catalog.get(toId, toVersion);
  if (!from) throw refuse('questionnaire-invalid', `Questionnaire ${record.questionnaireId} ${record.questionnaireVersion} is not stored on this computer.`, `Spørgeskemaet ${record.questionnaireId} ${record.questionnaireVersion} er ikke gemt på denne computer.`);
  if (!to) throw refuse('questionnaire-invalid', `Version ${toVersion} of ${toId} is not stored on this computer.`, `Version ${toVersion} af ${toId} er ikke gemt på denne computer.`);
  if (editionKey(from.id, from.version) === editionKey(to.id, to.version)) {
    throw refuse('questionnaire-invalid', `The response is already keyed in version ${toVersion}.`, `Besvarelsen er allerede indtastet i version ${toVersion}.`);
  }
  const defs = new Map(catalog.all().map((q) => [editionKey(q.id, q.version), q.def]));
  return planDraftMove(record.answers, from, to, defs);
}

const jsonOf = (plan: MovePlan): { [key: string]: JsonValue } => ({
  kept: plan.moves.filter((m) => m.outcome === 'kept').map((m) => m.field),
  mapped: plan.moves.filter((m) => m.outcome === 'mapped').map((m) => ({ field: m.field, from: m.from, to: m.to ?? null, lost: m.lost ?? [] })),
  dropped: plan.moves.filter((m) => m.outcome === 'dropped').map((m) => ({ field: m.field, value: m.from, reason: m.reason ?? null })),
});

export class DraftMoves {
  private readonly writer: ResponseWriter;

  constructor(
    private readonly db: BarometerDb,
    private readonly catalog: EditionCatalog,
  ) {
    this.writer = new ResponseWriter(db, catalog.lookup);
  }

  /** What moving response `id` to edition `toId` `toVersion` would do to each answer; nothing is written. */
  async preview(id: string, toId: string, toVersion: string): Promise<DraftMovePreview> {
    const record = await this.db.responses.get(id);
    if (!record) throw refuse('not-found', 'The response no longer exists on this device.', 'Besvarelsen findes ikke længere på denne computer.');
    return { plan: planFor(this.catalog, record, toId, toVersion), revision: record.revision };
  }

  /**
   * Moves the draft. `revision`: the one previewed; a response changed since is refused
   * (`stale-selection`) so what is written is what was shown.
   */
  move(actor: Profile, id: string, toId: string, toVersion: string, revision: number): Promise<ResponseRecord> {
    return this.writer.transaction(actor, async (chain, row, now) => {
      const current = await this.db.responses.get(id);
      if (!current) throw refuse('not-found', 'The response no longer exists on this device.', 'Besvarelsen findes ikke længere på denne computer.');
      if (current.deletedAt !== null) throw new StoreError('deleted', 'The response is deleted: restore it to edit it.');
      permit(row, 'move-draft', responseContext(row, current));
      if (current.revision !== revision) {
        throw refuse('stale-selection', 'The response changed since the preview: look at the preview again.', 'Besvarelsen er ændret siden forhåndsvisningen: se forhåndsvisningen igen.');
      }
      const plan = planFor(this.catalog, current, toId, toVersion);
      const to = this.catalog.lookup(toId, toVersion);
      const next: ResponseRecord = { ...current, questionnaireId: toId, questionnaireVersion: toVersion, answers: plan.answers, updatedAt: now, revision: current.revision + 1 };
      await this.db.responses.put(next);
      await this.db.summaries.put(summarise(next, evaluateResponse(to, next.answers, next).progress.ratio));
      await extendRevisions(this.db, next, row);
      await chain.append(stampOf(row), now, {
        action: 'questionnaire',
        responseId: id,
        responseKey: current.key,
        field: 'questionnaireVersion',
        oldValue: current.questionnaireVersion,
        newValue: toVersion,
        // `answers`: the answers after the move, whole, so the history and the integrity check replay it.
        details: { kind: 'draft-moved', fromId: current.questionnaireId, fromVersion: current.questionnaireVersion, toId, toVersion, ...jsonOf(plan), answers: { ...plan.answers } },
      });
      return next;
    });
  }
}
