/**
 * Which responses an export holds. The dialog shows `countSelection` before anything is exported;
 * the export applies `matchesSelection` to every response read, so both agree by construction.
 */
import type { EditionSet } from '../editions/edition-set';
import type { Lang } from '../questionnaire/model';
import type { ExportRecord } from './data-rows';
import { localDay } from './excel-date';

/**
 * `completed` = finished responses: completed and approved ones (an approved response was completed
 * first); `approved` = approved only (review states; until review exists, none).
 */
export type StatusFilter = 'all' | 'completed' | 'approved';
/** Double entry: verified, marked but not verified yet, or never marked for verification. */
export type VerificationFilter = 'verified' | 'marked' | 'unmarked';
export const VERIFICATION_FILTERS: readonly VerificationFilter[] = ['verified', 'marked', 'unmarked'];
export type DateField = 'created' | 'updated';

export interface ExportSelection {
  status: StatusFilter;
  /** Which timestamp the date range applies to. */
  dateField: DateField;
  /** First day, local calendar date `YYYY-MM-DD`, inclusive; undefined = open. */
  dateFrom?: string;
  /** Last day, local calendar date `YYYY-MM-DD`, inclusive; undefined = open. */
  dateTo?: string;
  /** The surveyor's name as stored on the response (`createdByName`); undefined = anyone. */
  surveyor?: string;
  /** A `sector_level` code; undefined = every government level. */
  sectorLevel?: string;
  /** A `policy_area` code; undefined = every area. */
  policyArea?: string;
  /** Double entry; undefined = whatever the verification. */
  verification?: VerificationFilter;
}

export const ALL_RESPONSES: ExportSelection = { status: 'all', dateField: 'created' };

/** The few fields of a response a selection looks at (light enough to keep 100,000 of them for the count). */
export interface SelectionFacts {
  status: string;
  createdAt: string;
  updatedAt: string;
  surveyor: string;
  sectorLevel: string | undefined;
  policyArea: string | undefined;
  /** 1 verified, 0 marked but not verified yet, null not marked. */
  verified: 0 | 1 | null;
}

const codeOf = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * A response's facts. sector_level and policy_area are always asked, so the stored answer is the value.
 * `editions`: the export's editions when it holds several; the level and area are then in the codes
 * of their reference (`strataIn`), as the export's Data columns are.
 */
export function selectionFacts(record: ExportRecord, editions?: EditionSet): SelectionFacts {
  const facts: SelectionFacts = {
    status: record.status,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    surveyor: record.createdByName,
    sectorLevel: codeOf(record.answers.sector_level),
    policyArea: codeOf(record.answers.policy_area),
    verified: record.verified ?? null,
  };
  return editions ? strataIn(editions, record, facts) : facts;
}

/**
 * `facts` with the government level and area of a response keyed in `edition` carried to the codes
 * of `set`'s reference through the renames declared between them (a response of an edition the set
 * does not hold keeps its codes). The export dialog's lists name the reference's codes, so a choice
 * there selects every edition's responses.
 */
export function strataIn<F extends Pick<SelectionFacts, 'sectorLevel' | 'policyArea'>>(set: EditionSet, edition: { questionnaireId: string; questionnaireVersion: string }, facts: F): F {
  const own = set.editionOf(edition.questionnaireId, edition.questionnaireVersion);
  if (!own || own === set.reference) return facts;
  const carry = (name: string, code: string | undefined) => (code === undefined ? undefined : (set.codeMap(own, name).get(code) ?? code));
  return { ...facts, sectorLevel: carry('sector_level', facts.sectorLevel), policyArea: carry('policy_area', facts.policyArea) };
}

/** A list row: its government level and area as stored ('' when unanswered) and, where kept, its edition. */
export interface StrataRow {
  sectorLevel: string;
  policyArea: string;
  questionnaireId?: string | undefined;
  questionnaireVersion?: string | undefined;
}

/**
 * A list row's government level and area in the codes of `set`'s reference (`strataIn`), as the
 * overview counts them and the review queue filters them; '' (unanswered) stays ''. Without a set
 * (one edition held), or for a row that does not name its edition, the codes as stored.
 */
export function rowStrataIn(set: EditionSet | undefined, row: StrataRow): { sectorLevel: string; policyArea: string } {
  const stored = { sectorLevel: row.sectorLevel, policyArea: row.policyArea };
  if (!set || row.questionnaireId === undefined || row.questionnaireVersion === undefined) return stored;
  const carried = strataIn(set, { questionnaireId: row.questionnaireId, questionnaireVersion: row.questionnaireVersion }, stored);
  return { sectorLevel: carried.sectorLevel ?? '', policyArea: carried.policyArea ?? '' };
}

const FINISHED = new Set(['completed', 'approved']);

/** The local calendar day of an ISO timestamp, or undefined when it is not a date. */
function dayOf(iso: string): string | undefined {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : localDay(d);
}

export function matchesSelection(facts: SelectionFacts, s: ExportSelection): boolean {
  if (s.status === 'completed' && !FINISHED.has(facts.status)) return false;
  if (s.status === 'approved' && facts.status !== 'approved') return false;
  if (s.surveyor !== undefined && facts.surveyor !== s.surveyor) return false;
  if (s.sectorLevel !== undefined && facts.sectorLevel !== s.sectorLevel) return false;
  if (s.policyArea !== undefined && facts.policyArea !== s.policyArea) return false;
  if (s.verification !== undefined && facts.verified !== { verified: 1, marked: 0, unmarked: null }[s.verification]) return false;
  if (s.dateFrom !== undefined || s.dateTo !== undefined) {
    const day = dayOf(s.dateField === 'created' ? facts.createdAt : facts.updatedAt);
    if (day === undefined) return false;
    if (s.dateFrom !== undefined && day < s.dateFrom) return false;
    if (s.dateTo !== undefined && day > s.dateTo) return false;
  }
  return true;
}

export function countSelection(facts: readonly SelectionFacts[], s: ExportSelection): number {
  let n = 0;
  for (const f of facts) if (matchesSelection(f, s)) n++;
  return n;
}

/** The surveyors found among the responses, sorted, for the dialog's list. */
export function surveyorsOf(facts: readonly SelectionFacts[]): string[] {
  return [...new Set(facts.map((f) => f.surveyor))].sort((a, b) => a.localeCompare(b, 'da'));
}

const WORDS = {
  da: {
    all: 'Alle besvarelser', completed: 'Afsluttede besvarelser (afsluttede og godkendte)', approved: 'Godkendte besvarelser',
    created: 'oprettet', updated: 'senest ændret', from: 'fra', to: 'til', by: 'interviewer',
    level: 'forvaltningsniveau', area: 'område', deleted: 'Slettede besvarelser er aldrig med.',
    verification: { verified: 'kun verificerede', marked: 'kun markeret til verifikation, ikke verificeret endnu', unmarked: 'kun ikke markeret til verifikation' },
  },
  en: {
    all: 'All responses', completed: 'Completed responses (completed and approved)', approved: 'Approved responses',
    created: 'created', updated: 'last changed', from: 'from', to: 'to', by: 'surveyor',
    level: 'government level', area: 'area', deleted: 'Deleted responses are never included.',
    verification: { verified: 'verified only', marked: 'marked for verification, not verified yet, only', unmarked: 'not marked for verification only' },
  },
} as const;

/**
 * The selection in words for `About`, e.g. "Completed responses (…); created from 2026-01-01 to
 * 2026-03-31; government level = Municipality. Deleted responses are never included."
 * `label` turns a sector_level / policy_area code into its label.
 */
export function describeSelection(s: ExportSelection, lang: Lang, label: (dimension: 'sector_level' | 'policy_area', code: string) => string): string {
  const w = WORDS[lang];
  const parts: string[] = [w[s.status]];
  if (s.dateFrom !== undefined || s.dateTo !== undefined) {
    const range = [s.dateFrom !== undefined ? `${w.from} ${s.dateFrom}` : '', s.dateTo !== undefined ? `${w.to} ${s.dateTo}` : '']
      .filter((p) => p !== '')
      .join(' ');
    parts.push(`${w[s.dateField]} ${range}`);
  }
  if (s.surveyor !== undefined) parts.push(`${w.by} = ${s.surveyor}`);
  if (s.sectorLevel !== undefined) parts.push(`${w.level} = ${label('sector_level', s.sectorLevel)}`);
  if (s.policyArea !== undefined) parts.push(`${w.area} = ${label('policy_area', s.policyArea)}`);
  if (s.verification !== undefined) parts.push(w.verification[s.verification]);
  return `${parts.join('; ')}. ${w.deleted}`;
}
