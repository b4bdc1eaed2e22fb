/**
 * What a coordinator needs to see before a new edition is stored: its shape (sections, questions,
 * routing) and what differs from the questionnaire in use — questions added, removed and changed
 * (type, text, routing, required, options added, removed or relabelled). Grid rows count as questions:
 * each is a column of its own in the export.
 */
import type { ChoiceDef, LocalText, QuestionnaireDef } from '../questionnaire/model';

export interface AskedQuestion {
  name: string;
  sectionId: string;
  type: string;
  label: LocalText;
  relevant?: string;
  required: boolean;
  choices: readonly ChoiceDef[];
}

export type Change = 'type' | 'label' | 'relevant' | 'required' | 'options';

export interface ChangedQuestion {
  name: string;
  changes: Change[];
  optionsAdded: string[];
  optionsRemoved: string[];
  optionsRelabelled: string[];
  /** Renamed by the new edition's mapping (`previousCode`), as "old → new"; present only when there are any. */
  optionsRenamed?: string[];
}

export interface DefinitionPreview {
  id: string;
  version: string;
  title: LocalText;
  sections: { id: string; title: LocalText; questions: number; conditional: boolean }[];
  questions: number;
  /** Questions asked only under a condition (their own or their section's). */
  conditionalQuestions: number;
  derived: number;
}

export interface DefinitionDifference {
  added: string[];
  removed: string[];
  changed: ChangedQuestion[];
}

/** Every variable a surveyor answers, grid rows included, in questionnaire order. */
export function askedQuestions(def: QuestionnaireDef): AskedQuestion[] {
  return def.sections.flatMap((section) =>
    section.questions.flatMap((q) => {
      const relevant = [section.relevant, q.relevant].filter((r): r is string => r !== undefined).join(' and ') || undefined;
      const base = { sectionId: section.id, type: q.type, required: q.required === true, choices: (q.choices && def.choiceLists[q.choices]) || [], ...(relevant && { relevant }) };
      if (q.type !== 'grid') return [{ ...base, name: q.name, label: q.label }];
      return (q.rows ?? []).map((row) => ({ ...base, type: 'grid-row', name: row.name, label: { da: `${q.label.da} – ${row.label.da}`, en: `${q.label.en} – ${row.label.en}` } }));
    }),
  );
}

export function previewDefinition(def: QuestionnaireDef): DefinitionPreview {
  const asked = askedQuestions(def);
  return {
    id: def.id,
    version: def.version,
    title: def.title,
    sections: def.sections.map((s) => ({ id: s.id, title: s.title, questions: asked.filter((q) => q.sectionId === s.id).length, conditional: s.relevant !== undefined })),
    questions: asked.length,
    conditionalQuestions: asked.filter((q) => q.relevant !== undefined).length,
    derived: def.derived.length,
  };
}

const sameText = (a: LocalText, b: LocalText) => a.da === b.da && a.en === b.en;

export function compareDefinitions(current: QuestionnaireDef, next: QuestionnaireDef): DefinitionDifference {
  const before = new Map(askedQuestions(current).map((q) => [q.name, q]));
  const after = askedQuestions(next);
  const afterNames = new Set(after.map((q) => q.name));
  const changed: ChangedQuestion[] = [];
  for (const q of after) {
    const old = before.get(q.name);
    if (!old) continue;
    const oldCodes = new Map(old.choices.map((c) => [c.code, c]));
    // Renames count only against the edition they are declared from (the same id, its previous version).
    const follows = next.id === current.id && next.previousVersion === current.version;
    const renamed = q.choices.filter((c) => follows && c.previousCode !== undefined && oldCodes.has(c.previousCode) && !oldCodes.has(c.code));
    const renamedFrom = new Set(renamed.map((c) => c.previousCode));
    const newCodes = new Set(q.choices.map((c) => c.code));
    const optionsAdded = q.choices.filter((c) => !oldCodes.has(c.code) && !renamed.includes(c)).map((c) => c.code);
    const optionsRemoved = old.choices.filter((c) => !newCodes.has(c.code) && !renamedFrom.has(c.code)).map((c) => c.code);
    const optionsRenamed = renamed.map((c) => `${c.previousCode ?? ''} → ${c.code}`);
    const optionsRelabelled = q.choices.filter((c) => {
      const o = oldCodes.get(c.code);
      return o !== undefined && !sameText(o.label, c.label);
    }).map((c) => c.code);
    const changes: Change[] = [];
    if (old.type !== q.type) changes.push('type');
    if (!sameText(old.label, q.label)) changes.push('label');
    if (old.relevant !== q.relevant) changes.push('relevant');
    if (old.required !== q.required) changes.push('required');
    if (optionsAdded.length + optionsRemoved.length + optionsRelabelled.length + optionsRenamed.length > 0) changes.push('options');
    if (changes.length > 0) changed.push({ name: q.name, changes, optionsAdded, optionsRemoved, optionsRelabelled, ...(optionsRenamed.length > 0 ? { optionsRenamed } : {}) });
  }
  return {
    added: after.filter((q) => !before.has(q.name)).map((q) => q.name),
    removed: [...before.keys()].filter((name) => !afterNames.has(name)),
    changed,
  };
}
