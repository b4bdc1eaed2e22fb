/** Turns zod's findings about a definition file into load errors that name the question concerned. */
import type { z } from 'zod';
import { t, type LocalText } from '../local-text';
import { SCHEMA_MESSAGES } from './definition-schema';
import { loadErrorAt, type LoadError } from './load-error';

type Key = PropertyKey;

function child(value: unknown, key: Key): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<Key, unknown>)[key] : undefined;
}

/** `'novelty'`, or the element's number when it has no name: `#3` / `nr. 3`. */
function nameAt(value: unknown, key: 'name' | 'id' | 'code', index: number): LocalText {
  const name = child(value, key);
  return typeof name === 'string' ? t(`'${name}'`, `'${name}'`) : t(`nr. ${index + 1}`, `#${index + 1}`);
}

/** Formats a path as `sections[0].questions[2].label`. */
export function formatPath(path: readonly Key[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Which element of the definition `path` points into (named from the raw JSON), and the rest of the path. */
interface Subject {
  subject: LocalText;
  variable?: string;
  rest: readonly Key[];
}

function named(subject: LocalText, name: unknown, rest: readonly Key[]): Subject {
  return typeof name === 'string' ? { subject, variable: name, rest } : { subject, rest };
}

function subjectOf(json: unknown, path: readonly Key[]): Subject {
  const [top, i, sub, j, subsub, k] = path;
  if (top === 'sections' && typeof i === 'number') {
    const section = child(child(json, 'sections'), i);
    const sectionName = nameAt(section, 'id', i);
    if (sub === 'questions' && typeof j === 'number') {
      const question = child(child(section, 'questions'), j);
      const hasName = typeof child(question, 'name') === 'string';
      const name = hasName ? nameAt(question, 'name', j) : t(`nr. ${j + 1} i afsnittet ${sectionName.da}`, `#${j + 1} of section ${sectionName.en}`);
      if (subsub === 'rows' && typeof k === 'number') {
        const row = nameAt(child(child(question, 'rows'), k), 'name', k);
        return named(t(`Rækken ${row.da} i gitteret ${name.da}`, `Grid ${name.en} row ${row.en}`), child(question, 'name'), path.slice(6));
      }
      return named(t(`Spørgsmål${hasName ? 'et' : ''} ${name.da}`, `Question ${name.en}`), child(question, 'name'), path.slice(4));
    }
    return { subject: t(`Afsnit${typeof child(section, 'id') === 'string' ? 'tet' : ''} ${sectionName.da}`, `Section ${sectionName.en}`), rest: path.slice(2) };
  }
  if (top === 'derived' && typeof i === 'number') {
    const derived = child(child(json, 'derived'), i);
    const name = nameAt(derived, 'name', i);
    const da = typeof child(derived, 'name') === 'string' ? `Den afledte variabel ${name.da}` : `Afledt variabel ${name.da}`;
    return named(t(da, `Derived ${name.en}`), child(derived, 'name'), path.slice(2));
  }
  if (top === 'choiceLists' && i !== undefined) {
    const list = String(i);
    if (typeof sub !== 'number') return { subject: t(`Listen '${list}'`, `Choice list '${list}'`), rest: path.slice(2) };
    const option = child(child(child(json, 'choiceLists'), i), sub);
    const code = nameAt(option, 'code', sub);
    const da = typeof child(option, 'code') === 'string' ? `svarmuligheden ${code.da}` : `svarmulighed ${code.da}`;
    return { subject: t(`Listen '${list}', ${da}`, `Choice list '${list}' option ${code.en}`), rest: path.slice(3) };
  }
  return { subject: t('Spørgeskemaet', 'Questionnaire'), rest: path };
}

/** What a value is, for "skal være et tal, ikke tekst". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en liste';
  switch (typeof value) {
    case 'string':
      return 'tekst';
    case 'number':
      return 'et tal';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'et objekt';
    default:
      return typeof value;
  }
}

const EXPECTED_DA: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et objekt',
  record: 'et objekt',
};

/** The Danish of one zod issue: the schema's own messages, else by the issue's code (zod speaks English only here). */
function issueTextDa(issue: z.core.$ZodIssue, value: unknown): string {
  const own = Object.values(SCHEMA_MESSAGES).find((m) => m.en === issue.message);
  if (own !== undefined) return own.da;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `'${key}'`).join(', ');
      return `ukendt${issue.keys.length === 1 ? ' felt' : 'e felter'} ${keys}`;
    }
    case 'invalid_type': {
      const expected = EXPECTED_DA[issue.expected] ?? issue.expected;
      return value === undefined ? `mangler (skal være ${expected})` : `skal være ${expected}, ikke ${kindOf(value)}`;
    }
    case 'invalid_value':
      return `skal være en af ${issue.values.map((v) => `'${String(v)}'`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `skal have mindst ${String(issue.minimum)}` : `skal være mindst ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `må højst have ${String(issue.maximum)}` : `må højst være ${String(issue.maximum)}`;
    case 'invalid_union':
      return value === undefined ? 'mangler' : `har en type, feltet ikke kan have (${kindOf(value)})`;
    default:
      return 'er ugyldig';
  }
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `'${key}'`).join(', ');
    return `unknown key${issue.keys.length === 1 ? '' : 's'} ${keys}`;
  }
  return issue.message;
}

/** One load error per zod issue, e.g. "Question 'novelty': unknown key 'relevent'" / "Spørgsmålet 'novelty': ukendt felt 'relevent'". */
export function schemaErrors(issues: readonly z.core.$ZodIssue[], json: unknown): LoadError[] {
  return issues.map((issue) => {
    const { subject, variable, rest } = subjectOf(json, issue.path);
    const field = rest.length === 0 ? undefined : formatPath(rest);
    const where = field === undefined ? subject : t(`${subject.da} (${field})`, `${subject.en} ${field}`);
    const value = issue.path.reduce<unknown>((at, key) => child(at, key), json);
    const text = t(issueTextDa(issue, value), issueText(issue));
    return loadErrorAt(formatPath(issue.path), where, text, variable === undefined ? {} : { variable });
  });
}
