/**
 * What the fieldwork keeps in the store (schema 4): the sample frame's versions, one case per sampled
 * workplace with its responsible surveyor, the attempts made on each case, and the link from a
 * response to the case it was started from (with the answers the frame filled in and locked).
 */
import type { Attempt } from '../core/fieldwork/dispositions';
import type { FrameCase } from '../core/fieldwork/frame';
import type { PopulationRow } from '../core/weights/population';

/** One imported version of the frame. */
export interface FrameVersionRow {
  /** 1, 2, 3, …: the latest is in force. */
  version: number;
  importedAt: string;
  importedById: string;
  importedByName: string;
  fileName: string;
  /** Cases in the frame of this version. */
  cases: number;
  added: number;
  removed: number;
  changed: number;
  /** N_h per stratum when the frame carried a population column; null otherwise. */
  population: PopulationRow[] | null;
}

/** A sampled workplace: its frame data, its stratum, and who is responsible for it. */
export interface CaseRow {
  /** The workplace id (CVR or P-number): a workplace is one case however often the frame is re-imported. */
  id: string;
  frame: FrameCase;
  /** `caseStratum(frame)`: level × area × size. */
  stratum: string;
  /** 1 while the workplace is in the frame in force; 0 once a re-import left it out (its work is kept). */
  inFrame: 0 | 1;
  /** The frame version that last gave its data. */
  frameVersion: number;
  /** The responsible surveyor's profile id; '' when unassigned (IndexedDB cannot index null). */
  assigneeId: string;
  assigneeName: string;
  assignedAt: string | null;
}

export type AttemptRow = Attempt;

/** A response started from (or linked to) a case. */
export interface CaseLinkRow {
  responseId: string;
  caseId: string;
  /** The answers the frame filled in: locked against a surveyor's edits. */
  locked: string[];
  linkedAt: string;
  linkedById: string;
}
