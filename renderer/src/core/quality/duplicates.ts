/** Two or more responses for one workplace id: each is named, with the keys of the others. */
import type { Finding, QualityResponse } from './finding';

export const WORKPLACE_ID_VARIABLE = 'workplace_id';

export function duplicateFindings(responses: readonly QualityResponse[], variable: string = WORKPLACE_ID_VARIABLE): Finding[] {
  const groups = new Map<string, QualityResponse[]>();
  for (const r of responses) {
    const raw = Object.hasOwn(r.answers, variable) ? r.answers[variable] : undefined;
    const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (id === '') continue;
    const group = groups.get(id);
    if (group) group.push(r);
    else groups.set(id, [r]);
  }
  const findings: Finding[] = [];
  for (const [id, group] of groups) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((o) => o !== r).map((o) => o.key).join(', ');
      findings.push({
        responseId: r.id,
        key: r.key,
        variable,
        rule: 'duplicate-workplace',
        value: id,
        message: {
          en: `Workplace id ${id} also has response(s) ${others}`,
          da: `Arbejdsplads-id ${id} har også svar ${others}`,
        },
      });
    }
  }
  return findings;
}
