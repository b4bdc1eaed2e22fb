/**
 * A tiny DSL to write questionnaire definitions inline in tests:
 *
 *   const q = compile(form({
 *     lists: { yesno: ['yes', 'no'] },
 *     questions: [single('innov', 'yesno', { required: true }), integer('staff', { relevant: "${innov} = 'yes'" })],
 *   }));
 *
 * Labels default to the name in both languages; every option of `QuestionDef` can be passed.
 */
import { loadQuestionnaire, type LoadError } from '../../../renderer/src/core/questionnaire/load-questionnaire';
import type {
  ChoiceDef,
  DerivedDef,
  QuestionDef,
  QuestionnaireDef,
  Questionnaire,
  SectionDef,
} from '../../../renderer/src/core/questionnaire/model';

type Options = Partial<Omit<QuestionDef, 'name' | 'type'>>;
/** An option: its code (label = code), or a code with flags, e.g. `{ code: 'none', exclusive: true }`. */
export type ChoiceSpec = string | (Partial<ChoiceDef> & { code: string });

const text2 = (s: string): { da: string; en: string } => ({ da: s, en: s });

function question(type: QuestionDef['type'], name: string, options: Options = {}): QuestionDef {
  return { name, type, label: text2(name), ...options };
}

export const text = (name: string, options?: Options): QuestionDef => question('text', name, options);
export const longtext = (name: string, options?: Options): QuestionDef => question('longtext', name, options);
export const integer = (name: string, options?: Options): QuestionDef => question('integer', name, options);
export const decimal = (name: string, options?: Options): QuestionDef => question('decimal', name, options);
export const year = (name: string, options?: Options): QuestionDef => question('year', name, options);
export const date = (name: string, options?: Options): QuestionDef => question('date', name, options);
export const single = (name: string, list: string, options?: Options): QuestionDef =>
  question('single', name, { choices: list, ...options });
export const multi = (name: string, list: string, options?: Options): QuestionDef =>
  question('multi', name, { choices: list, ...options });
/** A grid whose rows are named `rows` (each row a single-choice variable answered from `list`). */
export const grid = (name: string, list: string, rows: string[], options?: Options): QuestionDef =>
  question('grid', name, { choices: list, rows: rows.map((row) => ({ name: row, label: text2(row) })), ...options });

export function section(id: string, questions: QuestionDef[], options: { relevant?: string } = {}): SectionDef {
  return { id, title: text2(id), questions, ...options };
}

export function derived(
  name: string,
  type: DerivedDef['type'],
  calculation: string,
  options: Partial<Omit<DerivedDef, 'name' | 'type' | 'calculation'>> = {},
): DerivedDef {
  return { name, type, calculation, label: text2(name), ...options };
}

/** A choice list from codes (or options with flags); labels are "Label <code>" in both languages. */
export function list(...choices: ChoiceSpec[]): ChoiceDef[] {
  return choices.map((spec) => {
    const choice = typeof spec === 'string' ? { code: spec } : spec;
    return { label: text2(`Label ${choice.code}`), ...choice };
  });
}

export interface FormSpec {
  /** Sections; or give `questions` for a one-section form (section id `main`). */
  sections?: SectionDef[];
  questions?: QuestionDef[];
  lists?: Record<string, ChoiceSpec[]>;
  derived?: DerivedDef[];
}

/** A complete `QuestionnaireDef` (id `test`, version `1`). */
export function form(spec: FormSpec): QuestionnaireDef {
  const sections = spec.sections ?? [section('main', spec.questions ?? [])];
  const choiceLists = Object.fromEntries(Object.entries(spec.lists ?? {}).map(([name, choices]) => [name, list(...choices)]));
  return { id: 'test', version: '1', title: text2('Test'), sections, choiceLists, derived: spec.derived ?? [] };
}

/** Loads a definition that must load; fails the test with the load errors otherwise. */
export function compile(def: QuestionnaireDef | FormSpec): Questionnaire {
  const result = loadQuestionnaire('choiceLists' in def ? def : form(def));
  if (!result.ok) throw new Error(`questionnaire does not load:\n${result.error.map((e) => e.message).join('\n')}`);
  return result.value;
}

/** Words that give away an English text where a Danish one belongs (outside quoted names and codes). */
export const ENGLISH = /\b(the|is|are|not|must|needs?|cannot|unknown|only|at position|but|of|with|and|or)\b/;

/** What a message says once its quoted names, codes and `${…}` references are taken out. */
export function unquoted(text: string): string {
  return text
    .replace(/'[^']*'/g, '')
    .replace(/\$\{[^}]*\}/g, '')
    .replace(/[A-Za-z][\w:-]*\(/g, '(')
    .replace(/\([^()]*\)/g, '');
}

/** A refusal said in both languages: the English is the message, the Danish a Danish sentence. */
export function expectDanishToo(error: { message: string; text: { da: string; en: string } }): void {
  if (error.text.en !== error.message) throw new Error(`text.en differs from the message: ${error.text.en} / ${error.message}`);
  if (error.text.da === error.text.en || ENGLISH.test(unquoted(error.text.da))) throw new Error(`not said in Danish: ${error.text.da}`);
}

/**
 * Loads a definition that must be refused, and returns the errors (their English message; each one's
 * Danish text is checked to be there, and Danish, and then left out of what is returned).
 */
export function loadErrors(def: unknown): Omit<LoadError, 'text'>[] {
  const result = loadQuestionnaire(def);
  if (result.ok) throw new Error('expected the questionnaire to be refused, but it loaded');
  return result.error.map(({ text, ...rest }) => {
    expectDanishToo({ message: rest.message, text });
    return rest;
  });
}

/** The messages of the errors a definition is refused with. */
export function loadMessages(def: unknown): string[] {
  return loadErrors(def).map((e) => e.message);
}
