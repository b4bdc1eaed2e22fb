/** Orders variables so that each comes after every variable its relevant or calculation reads. */
import type { VariableEntry } from './build-variables';
import { loadErrorAt, type LoadError } from './load-error';

function dependenciesOf(entry: VariableEntry): readonly string[] {
  const { relevant, calculation } = entry.variable;
  const refs = [...(relevant?.references ?? []), ...(calculation?.references ?? [])];
  return [...new Set(refs)];
}

/**
 * Where `entry` reads `dependency`: the field (calculation first, then its own relevant, then its
 * section's) and the offset of the reference's name in that field's text, so a cycle is reported
 * at the cell that closes it.
 */
function readingPlace(entry: VariableEntry, dependency: string): { path: string; position?: number } {
  const { derived, question, relevant, calculation } = entry.variable;
  const offset = (source: string | undefined): number | undefined => {
    const at = source?.indexOf(`\${${dependency}}`) ?? -1;
    return at < 0 ? undefined : at + 2;
  };
  const candidates: [string, string | undefined][] = derived
    ? [[`${entry.path}.calculation`, derived.calculation], [`${entry.path}.relevant`, derived.relevant]]
    : [[`${entry.questionPath ?? entry.path}.relevant`, question?.relevant]];
  for (const [path, source] of candidates) {
    const position = offset(source);
    if (position !== undefined) return { path, position };
  }
  if (entry.sectionIndex !== undefined && !calculation && relevant) return { path: `sections[${entry.sectionIndex}].relevant` };
  return { path: entry.path };
}

/**
 * A depth-first topological order that otherwise keeps questionnaire order. A dependency cycle
 * (e.g. two derived variables computed from each other, or a question routed on itself) is an
 * error naming the variables along it. Constraints are not dependencies: they are checked after
 * every value is known.
 */
export function orderEvaluation(entries: readonly VariableEntry[]): { order: string[]; errors: LoadError[] } {
  const byName = new Map<string, VariableEntry>();
  for (const entry of entries) if (!byName.has(entry.variable.name)) byName.set(entry.variable.name, entry);
  const order: string[] = [];
  const errors: LoadError[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (name: string): void => {
    const entry = byName.get(name);
    if (entry === undefined || state.get(name) === 'done') return;
    state.set(name, 'visiting');
    stack.push(name);
    for (const dependency of dependenciesOf(entry)) {
      if (state.get(dependency) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(dependency)), dependency];
        const chain = cycle.map((n) => `'${n}'`).join(' → ');
        const first = byName.get(dependency) ?? entry;
        const place = readingPlace(first, cycle[1] ?? dependency);
        const text = { da: `cirkulær afhængighed ${chain} (gennem relevant eller calculation)`, en: `circular dependency ${chain} (through relevant or calculation)` };
        const { path, position } = place;
        errors.push(loadErrorAt(path, first.subject, text, position === undefined ? { variable: dependency } : { variable: dependency, position }));
      } else {
        visit(dependency);
      }
    }
    stack.pop();
    state.set(name, 'done');
    order.push(name);
  };

  for (const entry of entries) visit(entry.variable.name);
  return { order, errors };
}
