/**
 * The sample frame: the workplaces drawn for the survey, one case each (Survey Solutions' model: a
 * case is an assignment's preloaded data), with the stratum it was drawn in. Frames are versioned:
 * a re-import makes a new version, and the change from the one before is shown before it is applied.
 */
import { z } from 'zod';
import { SIZE_CLASSES, stratumKey, STRATUM_DIMENSIONS, type StratumDimension } from '../weights/population';

/** A CVR number (8 digits) or a P-number (10 digits), as the questionnaire's `workplace_id` asks. */
export const WORKPLACE_ID = /^(\d{8}|\d{10})$/;

/** Longest text a frame cell may hold (names, addresses, notes). */
export const MAX_FRAME_TEXT = 300;

/** One sampled workplace as the frame gives it. Optional contact fields are '' when the frame has none. */
export interface FrameCase {
  workplaceId: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  contact: string;
  email: string;
  phone: string;
  sector_level: string;
  policy_area: string;
  size_class: string;
  /** Number of employees when the frame gives it (preloads `n_employees`); null otherwise. */
  employees: number | null;
}

/** The fields of a case a re-import compares, in the order a change lists them. */
export const FRAME_FIELDS = [
  'name', 'address', 'postcode', 'city', 'contact', 'email', 'phone', 'sector_level', 'policy_area', 'size_class', 'employees',
] as const satisfies readonly (keyof FrameCase)[];
export type FrameField = (typeof FRAME_FIELDS)[number];

const text = z.string().max(MAX_FRAME_TEXT);
const code = z.string().trim().min(1).max(MAX_FRAME_TEXT);
const sizeCodes = SIZE_CLASSES.map((c) => c.code) as [string, ...string[]];

/** Zod schema of one case as stored or exchanged (strict: unknown keys are refused). */
export const frameCaseSchema = z.strictObject({
  workplaceId: z.string().regex(WORKPLACE_ID),
  name: code,
  address: text,
  postcode: text,
  city: text,
  contact: text,
  email: text,
  phone: text,
  sector_level: code,
  policy_area: code,
  size_class: z.enum(sizeCodes),
  employees: z.number().int().min(3).nullable(),
});

/** The stratum dimensions a frame always carries: level × area × size. */
export const FRAME_DIMENSIONS: readonly StratumDimension[] = STRATUM_DIMENSIONS;

/** The stratum key of a case on the given dimensions (as `stratumKey` builds it for the weights). */
export function caseStratum(c: Pick<FrameCase, StratumDimension>, dims: readonly StratumDimension[] = FRAME_DIMENSIONS): string {
  return stratumKey({ sector_level: c.sector_level, policy_area: c.policy_area, size_class: c.size_class }, dims);
}

/** The answers of section A a case fills in when a response is started from it. */
export function preloadAnswers(c: FrameCase): Record<string, string | number> {
  const answers: Record<string, string | number> = {
    workplace_name: c.name,
    workplace_id: c.workplaceId,
    sector_level: c.sector_level,
    policy_area: c.policy_area,
  };
  if (c.employees !== null) answers.n_employees = c.employees;
  return answers;
}
