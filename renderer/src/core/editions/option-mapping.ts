/**
 * Renamed options carried from one edition to a later one. An edition declares, on each renamed
 * option, its code in the previous version (`ChoiceDef.previousCode`, XLSForm: choices column
 * `previous_name` with settings `previous_version`); across several editions the renames compose
 * along the chain of previous versions. An option without a declared rename keeps its code.
 */
import { choiceListOf } from '../questionnaire/check-choice-lists';
import type { ChoiceDef, QuestionnaireDef } from '../questionnaire/model';

/** The choice list name of a question or grid row `name` in `def` (none for other variables). */
function listOf(def: QuestionnaireDef, name: string): ChoiceDef[] | undefined {
  for (const section of def.sections) {
    for (const q of section.questions) {
      if (q.name === name || q.rows?.some((r) => r.name === name)) return choiceListOf(def, q.choices);
    }
  }
  const derived = def.derived.find((d) => d.name === name);
  return derived ? choiceListOf(def, derived.choices) : undefined;
}

/** Previous code → code, for the options of variable `name` that `def` renamed from its previous version. */
export function renamesOf(def: QuestionnaireDef, name: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of listOf(def, name) ?? []) if (c.previousCode !== undefined) map.set(c.previousCode, c.code);
  return map;
}

/**
 * Code in the first edition of `path` → code in its last, for variable `name`: each step's renames
 * applied in turn. Only codes that change are in the map.
 */
export function codeMapAlong(path: readonly QuestionnaireDef[], name: string): Map<string, string> {
  const composed = new Map<string, string>();
  const start = path[0];
  if (!start) return composed;
  // Every code the variable has ever had along the path, followed forward step by step.
  const codes = new Set<string>((listOf(start, name) ?? []).map((c) => c.code));
  const current = new Map<string, string>([...codes].map((c) => [c, c]));
  for (const def of path.slice(1)) {
    const renames = renamesOf(def, name);
    for (const [origin, now] of current) {
      const next = renames.get(now);
      if (next !== undefined) current.set(origin, next);
    }
  }
  for (const [origin, now] of current) if (origin !== now) composed.set(origin, now);
  return composed;
}

/** Every rename declared by `def` as data: variable, previous code, code (for the Codebook and the preview). */
export interface DeclaredRename {
  list: string;
  previousCode: string;
  code: string;
}

export function declaredRenames(def: QuestionnaireDef): DeclaredRename[] {
  return Object.entries(def.choiceLists).flatMap(([list, choices]) =>
    choices.flatMap((c) => (c.previousCode === undefined ? [] : [{ list, previousCode: c.previousCode, code: c.code }])),
  );
}

/**
 * What a declared mapping says that the previous edition does not bear out: a previous code that is
 * no option of any question using the list in the previous edition. Empty when it all holds.
 */
export function checkRenamesAgainst(def: QuestionnaireDef, previous: QuestionnaireDef): DeclaredRename[] {
  const usersOf = (list: string) =>
    def.sections.flatMap((s) => s.questions.filter((q) => q.choices === list).flatMap((q) => (q.type === 'grid' ? (q.rows ?? []).map((r) => r.name) : [q.name])));
  return declaredRenames(def).filter((r) => {
    const names = usersOf(r.list);
    return !names.some((n) => (listOf(previous, n) ?? []).some((c) => c.code === r.previousCode));
  });
}
