/**
 * Duplicates across laptops: one workplace keyed in two (or more) live responses — the same
 * workplace id in section A, or the same case — found from the store whatever their case links say
 * (core/fieldwork/duplicate-groups). The coordinator sees them side by side and keeps one: the others
 * are soft-deleted through the response writer (revision and `delete` entry each, so the deletion
 * travels in packages and can be undone under «Slettede»), with one `fieldwork` decision entry
 * (`details.kind = 'duplicate'`) naming them all, its reason required, in one transaction.
 */
import type { Answers } from '../core/questionnaire/model';
import { duplicateGroups, type DuplicateCandidate, type DuplicateGroup } from '../core/fieldwork/duplicate-groups';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { MAX_REASON_LENGTH, permit, responseContext, stampOf } from './permission-guard';
import type { Profile, ResponseRecord, ResponseStatus, ResponseSummary } from './records';
import { textOf, WORKPLACE_ID_FIELD } from './response-summary';
import { ResponseWriter, type Decide, type QuestionnaireLookup } from './response-write';
import { StoreError } from './store-error';

export type { DuplicateGroup } from '../core/fieldwork/duplicate-groups';

/** One response of a group, as the list of duplicates shows it. */
export interface DuplicateListItem {
  id: string;
  key: string;
  workplaceName: string;
  createdByName: string;
  createdAt: string;
  status: ResponseStatus;
}

/** A group for the list: the workplace ids it shares and its responses, oldest first. */
export interface DuplicateGroupView {
  workplaceIds: string[];
  responses: DuplicateListItem[];
}

/** Where a response was keyed: its computer, and the package from that computer imported last. */
export interface KeyedWhere {
  /** The computer of the response's `create` entry; null when the log holds none. */
  deviceId: string | null;
  thisComputer: boolean;
  lastPackage: { fileName: string; importedAt: string; surveyorName: string } | null;
}

/** One side of the side-by-side view: the whole response, who keyed it, where and when. */
export interface DuplicateSide {
  id: string;
  key: string;
  status: ResponseStatus;
  revision: number;
  questionnaireId: string;
  questionnaireVersion: string;
  answers: Answers;
  createdAt: string;
  createdByName: string;
  updatedAt: string;
  /** The profile of the latest entry on the response's history. */
  updatedByName: string;
  where: KeyedWhere;
  caseId: string | null;
}

/** The coordinator's choice: keep `keepId`, delete the others; `revisions` as seen (refused if one changed since). */
export interface KeepOneChoice {
  keepId: string;
  deleteIds: readonly string[];
  reason: string;
  revisions: Readonly<Record<string, number>>;
}

export interface KeepOneResult {
  kept: ResponseRecord;
  deleted: ResponseRecord[];
  /** The case the kept response was linked to because a deleted one carried it; null when none. */
  linkedCase: string | null;
}

const text = (da: string, en: string) => ({ da, en });
function refuse(code: 'not-found' | 'stale-selection' | 'reason-required' | 'deleted', t: { da: string; en: string }): never {
  throw new StoreError(code, t.en, [], t);
}

const candidateOf = (s: Pick<ResponseSummary, 'id' | 'workplaceId' | 'createdAt'>, caseId: string | undefined): DuplicateCandidate => ({
  id: s.id,
  workplaceId: s.workplaceId,
  caseId: caseId ?? null,
  createdAt: s.createdAt,
});

/** The groups, from the summaries (the id answer) and the case links: one read of each. */
export async function readDuplicateGroups(db: BarometerDb): Promise<DuplicateGroup[]> {
  const [summaries, links] = await Promise.all([db.summaries.where('deleted').equals(0).toArray(), db.caseLinks.toArray()]);
  const caseOf = new Map(links.map((l) => [l.responseId, l.caseId]));
  return duplicateGroups(summaries.map((s) => candidateOf(s, caseOf.get(s.id))));
}

export class DuplicateRepository {
  private readonly writer: ResponseWriter;

  constructor(
    private readonly db: BarometerDb,
    lookup: QuestionnaireLookup,
  ) {
    this.writer = new ResponseWriter(db, lookup);
  }

  /** Every group of live responses that look like one workplace keyed more than once. */
  groups(): Promise<DuplicateGroup[]> {
    return readDuplicateGroups(this.db);
  }

  /** The groups with what the list shows of each response. */
  async list(): Promise<DuplicateGroupView[]> {
    const groups = await this.groups();
    const summaries = await this.db.summaries.bulkGet(groups.flatMap((g) => g.responseIds));
    const byId = new Map(summaries.filter((s): s is ResponseSummary => s !== undefined).map((s) => [s.id, s]));
    return groups.map((g) => ({
      workplaceIds: g.workplaceIds,
      responses: g.responseIds.flatMap((id) => {
        const s = byId.get(id);
        return s ? [{ id, key: s.key, workplaceName: s.workplaceName, createdByName: s.createdByName, createdAt: s.createdAt, status: s.status }] : [];
      }),
    }));
  }

  /** Every response id now in a group: pass it back to `newGroups` after an import. */
  async responseIdsInGroups(): Promise<Set<string>> {
    return new Set((await this.groups()).flatMap((g) => g.responseIds));
  }

  /** The sides of the group holding `responseId` (oldest first); undefined when it is in none any more. */
  async sidesOf(responseId: string): Promise<DuplicateSide[] | undefined> {
    const group = (await this.groups()).find((g) => g.responseIds.includes(responseId));
    if (!group) return undefined;
    const here = await ensureDeviceId(this.db);
    const [records, links, imports] = await Promise.all([
      this.db.responses.bulkGet(group.responseIds),
      this.db.caseLinks.bulkGet(group.responseIds),
      this.db.imports.toArray(),
    ]);
    const latestImport = new Map<string, (typeof imports)[number]>();
    for (const i of imports) {
      const seen = latestImport.get(i.sourceDeviceId);
      if (!seen || i.importedAt > seen.importedAt) latestImport.set(i.sourceDeviceId, i);
    }
    const sides: DuplicateSide[] = [];
    for (const [index, r] of records.entries()) {
      if (!r) continue;
      const entries = await this.db.audit.where('responseId').equals(r.id).toArray();
      const created = entries.find((e) => e.action === 'create');
      const latest = entries.reduce<(typeof entries)[number] | undefined>((max, e) => (!max || e.at > max.at ? e : max), undefined);
      const deviceId = created?.deviceId ?? null;
      const imported = deviceId === null || deviceId === here ? undefined : latestImport.get(deviceId);
      sides.push({
        id: r.id,
        key: r.key,
        status: r.status,
        revision: r.revision,
        questionnaireId: r.questionnaireId,
        questionnaireVersion: r.questionnaireVersion,
        answers: r.answers,
        createdAt: r.createdAt,
        createdByName: r.createdByName,
        updatedAt: r.updatedAt,
        updatedByName: latest?.actorName ?? r.createdByName,
        where: {
          deviceId,
          thisComputer: deviceId === here,
          lastPackage: imported ? { fileName: imported.fileName, importedAt: imported.importedAt, surveyorName: imported.surveyor.name } : null,
        },
        caseId: links[index]?.caseId ?? null,
      });
    }
    return sides;
  }

  /**
   * Keeps one response of a group and soft-deletes the others, in one transaction (coordinator
   * only, reason required). Refused when a response changed since it was shown, is deleted, or no
   * longer shares the workplace. When the kept response has no case and a deleted one had, the kept
   * one is linked to that case, so the case keeps its outcome.
   */
  async keepOne(actor: Profile, choice: KeepOneChoice): Promise<KeepOneResult> {
    const reason = choice.reason.trim();
    if (reason === '') refuse('reason-required', text('Skriv en begrundelse: den gemmes i revisionsloggen.', 'Give a reason: it is kept in the audit log.'));
    if (reason.length > MAX_REASON_LENGTH) {
      refuse('reason-required', text(`En begrundelse kan højst være ${MAX_REASON_LENGTH} tegn.`, `A reason can be at most ${MAX_REASON_LENGTH} characters.`));
    }
    const deleteIds = [...new Set(choice.deleteIds)].filter((id) => id !== choice.keepId);
    if (deleteIds.length === 0) refuse('not-found', text('Vælg mindst én besvarelse at slette.', 'Choose at least one response to delete.'));
    const ids = [choice.keepId, ...deleteIds];
    return this.writer.transaction(actor, async (chain, row, now) => {
      permit(row, 'resolve-duplicate');
      const [records, links] = await Promise.all([this.db.responses.bulkGet(ids), this.db.caseLinks.bulkGet(ids)]);
      for (const r of records) {
        if (!r) refuse('not-found', text('En af besvarelserne findes ikke (længere) på denne computer.', 'One of the responses no longer exists on this computer.'));
        if (r.deletedAt !== null) refuse('deleted', text(`Besvarelse ${r.key} er allerede slettet.`, `Response ${r.key} is already deleted.`));
        if (choice.revisions[r.id] !== r.revision) {
          refuse('stale-selection', text(`Besvarelse ${r.key} er ændret, siden den blev vist: se på dem igen.`, `Response ${r.key} changed since it was shown: look at them again.`));
        }
      }
      const live = records as ResponseRecord[];
      const together = duplicateGroups(live.map((r, i) => candidateOf({ id: r.id, workplaceId: textOf(r.answers, WORKPLACE_ID_FIELD), createdAt: r.createdAt }, links[i]?.caseId)));
      if (together.length !== 1 || together[0]!.responseIds.length !== ids.length) {
        refuse('stale-selection', text('Besvarelserne har ikke (længere) samme arbejdsplads: se på dem igen.', 'The responses no longer share a workplace: look at them again.'));
      }
      const kept = live[0]!;
      const deleted: ResponseRecord[] = [];
      for (const id of deleteIds) {
        deleted.push(await this.writer.apply(chain, row, id, deletion(reason, kept, now), now));
      }
      const keptLink = links[0];
      const carried = keptLink ? undefined : links.slice(1).find((l) => l !== undefined);
      if (carried) await this.db.caseLinks.add({ responseId: kept.id, caseId: carried.caseId, locked: [], linkedAt: now, linkedById: row.id });
      await chain.append(stampOf(row), now, {
        action: 'fieldwork',
        responseId: kept.id,
        responseKey: kept.key,
        reason,
        details: {
          kind: 'duplicate',
          workplaceIds: together[0]!.workplaceIds,
          kept: { id: kept.id, key: kept.key },
          deleted: deleted.map((d) => ({ id: d.id, key: d.key })),
          linkedCase: carried?.caseId ?? null,
        },
      });
      return { kept, deleted, linkedCase: carried?.caseId ?? null };
    });
  }
}

/** The existing delete, as `softDelete` makes it (roles table included), naming the response kept. */
function deletion(reason: string, kept: ResponseRecord, now: string): Decide {
  return (current, _q, row) => {
    permit(row, 'delete-response', responseContext(row, current));
    return { patch: { deletedAt: now }, audit: { action: 'delete', reason, details: { duplicateOf: kept.id, keptKey: kept.key } } };
  };
}
