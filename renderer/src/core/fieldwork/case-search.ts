/**
 * Finding a case for a response keyed without one: every word of the search must occur in the case's
 * id, name, address, postcode or city (case-insensitive, Danish letters as they are). The cases the
 * response itself points to come first: the one whose id is the response's workplace id, then those
 * with its workplace name; the rest keep their order.
 */
import type { AnswerValue } from '../questionnaire/model';
import type { FrameCase } from './frame';

export interface SearchableCase {
  id: string;
  frame: Pick<FrameCase, 'name' | 'address' | 'postcode' | 'city'>;
}

const fold = (s: string) => s.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();

export function matchingCases<T extends SearchableCase>(cases: readonly T[], query: string, answers: Readonly<Record<string, AnswerValue>>): T[] {
  const words = fold(query).split(' ').filter((w) => w.length > 0);
  const matches = cases.filter((c) => {
    if (words.length === 0) return true;
    const hay = fold([c.id, c.frame.name, c.frame.address, c.frame.postcode, c.frame.city].join(' '));
    return words.every((w) => hay.includes(w));
  });
  const id = typeof answers.workplace_id === 'string' ? answers.workplace_id.trim() : '';
  const name = typeof answers.workplace_name === 'string' ? fold(answers.workplace_name) : '';
  const rank = (c: T) => (id !== '' && c.id === id ? 0 : name !== '' && fold(c.frame.name) === name ? 1 : 2);
  // Array.prototype.sort is stable: equal ranks keep the list's order.
  return matches.map((c) => ({ c, r: rank(c) })).sort((a, b) => a.r - b.r).map(({ c }) => c);
}
