/** The questions a comment can be about: every question and grid row, in questionnaire order, as "Section · wording". */
import type { Lang, Questionnaire } from '../../core/questionnaire/model';

const MAX_LABEL = 90;

export function commentTargets(q: Questionnaire, lang: Lang): { name: string; label: string }[] {
  const out: { name: string; label: string }[] = [];
  for (const section of q.def.sections) {
    const prefix = section.title[lang].split(/[.:]/)[0] ?? '';
    for (const question of section.questions) {
      const rows = question.type === 'grid' ? (question.rows ?? []) : [question];
      for (const row of rows) {
        const wording = question.type === 'grid' ? `${question.label[lang]} – ${row.label[lang]}` : row.label[lang];
        const text = `${prefix} · ${wording}`;
        out.push({ name: row.name, label: text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text });
      }
    }
  }
  return out;
}
