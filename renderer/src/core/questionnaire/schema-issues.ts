/** Turns zod's findings about a definition file into load errors that name the question concerned. */
import type { z } from 'zod';
import type { LoadError } from './load-error';

type Key = PropertyKey;

function child(value: unknown, key: Key): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<Key, unknown>)[key] : undefined;
}

function nameAt(value: unknown, key: 'name' | 'id' | 'code', fallback: string): string {
  const name = child(value, key);
  return typeof name === 'string' ? `'${name}'` : fallback;
}

/** Formats a path as `sections[0].questions[2].label`. */
export function formatPath(path: readonly Key[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Which element of the definition `path` points into (named from the raw JSON), and the rest of the path. */
interface Subject {
  subject: string;
  variable?: string;
  rest: readonly Key[];
}

function named(subject: string, name: unknown, rest: readonly Key[]): Subject {
  return typeof name === 'string' ? { subject, variable: name, rest } : { subject, rest };
}

function subjectOf(json: unknown, path: readonly Key[]): Subject {
  const [top, i, sub, j, subsub, k] = path;
  if (top === 'sections' && typeof i === 'number') {
    const section = child(child(json, 'sections'), i);
    if (sub === 'questions' && typeof j === 'number') {
      const question = child(child(section, 'questions'), j);
      const name = nameAt(question, 'name', `#${j + 1} of section ${nameAt(section, 'id', `#${i + 1}`)}`);
      if (subsub === 'rows' && typeof k === 'number') {
        const row = nameAt(child(child(question, 'rows'), k), 'name', `#${k + 1}`);
        return named(`Grid ${name} row ${row}`, child(question, 'name'), path.slice(6));
      }
      return named(`Question ${name}`, child(question, 'name'), path.slice(4));
    }
    return { subject: `Section ${nameAt(section, 'id', `#${i + 1}`)}`, rest: path.slice(2) };
  }
  if (top === 'derived' && typeof i === 'number') {
    const derived = child(child(json, 'derived'), i);
    return named(`Derived ${nameAt(derived, 'name', `#${i + 1}`)}`, child(derived, 'name'), path.slice(2));
  }
  if (top === 'choiceLists' && i !== undefined) {
    const option = typeof sub === 'number' ? ` option ${nameAt(child(child(child(json, 'choiceLists'), i), sub), 'code', `#${sub + 1}`)}` : '';
    return { subject: `Choice list '${String(i)}'${option}`, rest: path.slice(option === '' ? 2 : 3) };
  }
  return { subject: 'Questionnaire', rest: path };
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `'${key}'`).join(', ');
    return `unknown key${issue.keys.length === 1 ? '' : 's'} ${keys}`;
  }
  return issue.message;
}

/** One load error per zod issue, e.g. "Question 'novelty': unknown key 'relevent'". */
export function schemaErrors(issues: readonly z.core.$ZodIssue[], json: unknown): LoadError[] {
  return issues.map((issue) => {
    const { subject, variable, rest } = subjectOf(json, issue.path);
    const field = rest.length === 0 ? '' : ` ${formatPath(rest)}`;
    const error: LoadError = { path: formatPath(issue.path), message: `${subject}${field}: ${issueText(issue)}` };
    return variable === undefined ? error : { ...error, variable };
  });
}
