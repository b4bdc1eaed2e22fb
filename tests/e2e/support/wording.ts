/**
 * The question wordings of the built-in questionnaire, by variable name. The wording is each
 * control's accessible name, so the browser tests find a question the way a surveyor does (by
 * what it says) while naming it by the variable the issue and the export use.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Text = { da: string; en: string };
interface Definition {
  sections: { id: string; title: Text; questions: { name: string; label: Text; rows?: { name: string; label: Text }[] }[] }[];
}

const definition = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../renderer/src/core/questionnaire/innovation-barometer.json'), 'utf8'),
) as Definition;

/** The section titles and the variables (questions and grid rows) the tests name; each must exist in the file. */
export type WordingName =
  | 'section_A' | 'workplace_name' | 'workplace_id' | 'sector_level' | 'policy_area' | 'n_employees'
  | 'resp_role' | 'period_start' | 'period_end' | 'section_B' | 'innov_product' | 'innov_service'
  | 'innov_process' | 'innov_comm' | 'dev_ongoing' | 'dev_types' | 'section_C' | 'recent_desc'
  | 'recent_types' | 'novelty' | 'insp_channel' | 'closeness' | 'core_task' | 'initiator'
  | 'collab_partner' | 'funding' | 'tech_role' | 'tech_new' | 'value' | 'evaluated' | 'eval_content'
  | 'spread_active' | 'factor' | 'factor_employees' | 'factor_citizens' | 'factor_companies' | 'section_D' | 'culture'
  | 'culture_new_ways' | 'section_E' | 'comment';

function wordings(lang: 'da' | 'en'): Readonly<Record<WordingName, string>> {
  const out: Record<string, string> = {};
  for (const section of definition.sections) {
    out[`section_${section.id}`] = section.title[lang];
    for (const question of section.questions) {
      out[question.name] = question.label[lang];
      for (const row of question.rows ?? []) out[row.name] = row.label[lang];
    }
  }
  return new Proxy(out as Record<WordingName, string>, {
    get(_target, name: string) {
      const text = out[name];
      if (text === undefined) throw new Error(`No question or section "${name}" in the built-in questionnaire`);
      return text;
    },
  });
}

/** Danish wordings (the default language): `da.sector_level` is "Forvaltningsniveau"; `da.section_C` the title of C. */
export const da = wordings('da');
/** English wordings. */
export const en = wordings('en');
