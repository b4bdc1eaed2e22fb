/**
 * Variable names for statistics packages, derived once from the Data columns of a questionnaire
 * version (so they are stable between exports) and listed beside the workbook name in the Codebook
 * (`stats_name`). SPSS and Stata both accept them:
 *
 * - letters, digits and `_` only (`question/option` becomes `question_option`), starting with a letter;
 * - at most 32 characters (Stata's limit; SPSS allows 64 bytes): a longer name keeps its first 27
 *   characters and gets `_` and 4 characters of a hash of the full name;
 * - not a reserved word of either (SPSS: ALL AND BY EQ GE GT LE LT NE NOT OR TO WITH, and COMMENT,
 *   which PSPP reads as a comment at the start of a line; Stata: `_n`,
 *   `byte`, `if`, `in`, `using`, `str12`, …): such a name gets `_v` appended;
 * - unique after case folding: a later column whose name folds to an earlier one gets `_2`, `_3`, ….
 */
import type { ExportColumn } from './data-columns';

export const STATS_NAME_MAX = 32;

// SPSS's reserved words, and COMMENT: a line starting with it inside a command is read as a comment by PSPP.
const SPSS_RESERVED = ['all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to', 'with', 'comment'];
const STATA_RESERVED = ['_all', '_b', 'byte', '_coef', '_cons', 'double', 'float', 'if', 'in', 'int', 'long', '_n', '_pi', '_pred', '_rc', '_skip', 'strl', 'using', 'with'];
const RESERVED = new Set([...SPSS_RESERVED, ...STATA_RESERVED]);

const isReserved = (name: string) => RESERVED.has(name.toLowerCase()) || /^str\d+$/i.test(name);

/** 4 base-36 characters of the FNV-1a hash of `text` (deterministic). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** 4).toString(36).padStart(4, '0');
}

/** One name made valid on its own (before uniqueness across columns). */
export function statsNameOf(name: string): string {
  let s = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(s)) s = `v${s}`;
  if (isReserved(s)) s = `${s}_v`;
  if (s.length > STATS_NAME_MAX) s = `${s.slice(0, STATS_NAME_MAX - 5)}_${shortHash(name)}`;
  return s;
}

/** Workbook column name → statistics name, for every column in order. */
export function statisticsNames(columns: readonly ExportColumn[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const c of columns) {
    let candidate = statsNameOf(c.name);
    for (let k = 2; taken.has(candidate.toLowerCase()); k++) {
      const suffix = `_${k}`;
      candidate = `${statsNameOf(c.name).slice(0, STATS_NAME_MAX - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    out.set(c.name, candidate);
  }
  return out;
}
