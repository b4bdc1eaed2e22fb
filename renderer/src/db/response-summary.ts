import type { Table } from 'dexie';
import type { Answers } from '../core/questionnaire/model';
import type { ResponseRecord, ResponseSummary } from './records';

/** Variables the response list and the review queue show or filter by. */
export const WORKPLACE_NAME_FIELD = 'workplace_name';
export const WORKPLACE_ID_FIELD = 'workplace_id';
export const SECTOR_LEVEL_FIELD = 'sector_level';
export const POLICY_AREA_FIELD = 'policy_area';

/** A text or number answer as text; '' for anything else. */
export function textOf(answers: Answers, field: string): string {
  const value = Object.prototype.hasOwnProperty.call(answers, field) ? answers[field] : undefined;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The list row of a response; `progress` is the evaluation's answered share (0..1). */
export function summarise(record: ResponseRecord, progress: number): ResponseSummary {
  return {
    id: record.id,
    key: record.key,
    status: record.status,
    workplaceName: textOf(record.answers, WORKPLACE_NAME_FIELD),
    workplaceId: textOf(record.answers, WORKPLACE_ID_FIELD),
    createdById: record.createdById,
    createdByName: record.createdByName,
    sectorLevel: textOf(record.answers, SECTOR_LEVEL_FIELD),
    policyArea: textOf(record.answers, POLICY_AREA_FIELD),
    questionnaireId: record.questionnaireId,
    questionnaireVersion: record.questionnaireVersion,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    deleted: record.deletedAt === null ? 0 : 1,
    progress,
  };
}

/**
 * `summaries` with the edition of each one written before summaries kept it, read from its
 * response, so its level and area can be read across editions (`strataIn`). Dexie reads only: it
 * may run inside an open transaction that holds `responses`.
 */
export async function withEditions(responses: Pick<Table<ResponseRecord, string>, 'bulkGet'>, summaries: readonly ResponseSummary[]): Promise<ResponseSummary[]> {
  const older = summaries.filter((s) => s.questionnaireId === undefined || s.questionnaireVersion === undefined);
  if (older.length === 0) return [...summaries];
  const records = await responses.bulkGet(older.map((s) => s.id));
  const editions = new Map(records.flatMap((r) => (r ? [[r.id, { questionnaireId: r.questionnaireId, questionnaireVersion: r.questionnaireVersion }] as const] : [])));
  return summaries.map((s) => {
    const edition = s.questionnaireVersion === undefined || s.questionnaireId === undefined ? editions.get(s.id) : undefined;
    return edition ? { ...s, ...edition } : s;
  });
}
