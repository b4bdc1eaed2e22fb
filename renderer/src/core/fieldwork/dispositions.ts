/**
 * Case outcomes in AAPOR's four groups (Standard Definitions, establishment surveys): 1 interview,
 * 2 eligible non-interview, 3 unknown eligibility, 4 not eligible. Codes are AAPOR's group.subgroup;
 * the establishment-specific reasons for ineligibility (closed, merged, out of scope) are 4.1–4.3.
 */
import type { LocalText } from '../questionnaire/model';

export type Disposition =
  | 'complete'
  | 'partial'
  | 'refusal'
  | 'non-contact'
  | 'other'
  | 'unknown'
  | 'not-attempted'
  | 'closed'
  | 'merged'
  | 'out-of-scope';

/** The rate formulas' groups: I, P, R, NC, O, U (unknown eligibility), NE (not eligible). */
export type DispositionGroup = 'I' | 'P' | 'R' | 'NC' | 'O' | 'U' | 'NE';

export interface DispositionSpec {
  code: Disposition;
  aapor: string;
  group: DispositionGroup;
  /** Whether the outcome closes the case (a final disposition); the others are interim. */
  final: boolean;
  /** The key a surveyor presses to record it on the outcome form. */
  key: string;
  label: LocalText;
}

export const DISPOSITIONS: readonly DispositionSpec[] = [
  { code: 'complete', aapor: '1.1', group: 'I', final: true, key: '1', label: { da: 'Gennemført interview', en: 'Completed interview' } },
  { code: 'partial', aapor: '1.2', group: 'P', final: false, key: '2', label: { da: 'Delvist interview', en: 'Partial interview' } },
  { code: 'refusal', aapor: '2.1', group: 'R', final: true, key: '3', label: { da: 'Nægtet', en: 'Refusal' } },
  { code: 'non-contact', aapor: '2.2', group: 'NC', final: false, key: '4', label: { da: 'Ikke truffet', en: 'Non-contact' } },
  { code: 'other', aapor: '2.3', group: 'O', final: false, key: '5', label: { da: 'Andet frafald', en: 'Other non-response' } },
  { code: 'unknown', aapor: '3.2', group: 'U', final: false, key: '6', label: { da: 'Uvist om omfattet', en: 'Unknown eligibility' } },
  { code: 'closed', aapor: '4.1', group: 'NE', final: true, key: '7', label: { da: 'Ikke omfattet: lukket', en: 'Not eligible: closed' } },
  { code: 'merged', aapor: '4.2', group: 'NE', final: true, key: '8', label: { da: 'Ikke omfattet: sammenlagt', en: 'Not eligible: merged' } },
  { code: 'out-of-scope', aapor: '4.3', group: 'NE', final: true, key: '9', label: { da: 'Ikke omfattet: uden for målgruppen', en: 'Not eligible: out of scope' } },
  { code: 'not-attempted', aapor: '3.1', group: 'U', final: false, key: '', label: { da: 'Ikke forsøgt', en: 'Not attempted' } },
];

/** What a surveyor may record as an attempt's outcome (everything but "not attempted"). */
export const RECORDABLE: readonly DispositionSpec[] = DISPOSITIONS.filter((d) => d.code !== 'not-attempted');

export function dispositionSpec(code: Disposition): DispositionSpec {
  const spec = DISPOSITIONS.find((d) => d.code === code);
  if (!spec) throw new Error(`Unknown disposition ${code}`);
  return spec;
}

export const DISPOSITION_CODES = DISPOSITIONS.map((d) => d.code) as [Disposition, ...Disposition[]];

/** How an attempt was made. */
export type AttemptMode = 'phone' | 'email' | 'visit' | 'letter';
export const ATTEMPT_MODES: readonly AttemptMode[] = ['phone', 'email', 'visit', 'letter'];

/** One attempt to reach a case. */
export interface Attempt {
  id: string;
  caseId: string;
  at: string;
  mode: AttemptMode;
  outcome: Disposition;
  note: string;
  byId: string;
  byName: string;
}

/** The review status of a response started from (or linked to) a case. */
export type LinkedStatus = 'draft' | 'completed' | 'approved' | 'rejected';

/**
 * A case's disposition now: a completed or approved response makes it a completed interview; else
 * the latest attempt's outcome; else a response being keyed makes it partial; else not attempted.
 */
export function caseDisposition(attempts: readonly Pick<Attempt, 'at' | 'outcome'>[], linked: readonly LinkedStatus[]): Disposition {
  if (linked.some((s) => s === 'completed' || s === 'approved')) return 'complete';
  let latest: Pick<Attempt, 'at' | 'outcome'> | undefined;
  for (const a of attempts) if (!latest || a.at >= latest.at) latest = a;
  if (latest) return latest.outcome;
  return linked.length > 0 ? 'partial' : 'not-attempted';
}
