/**
 * An XLSForm (its sheets as text) turned into the app's questionnaire definition and put through
 * the same loader as the built-in questionnaire. Refused whole, with every problem named by sheet,
 * row and column (as pyxform names them), when anything in it cannot be asked as written.
 */
import { loadQuestionnaire, type LoadError } from '../questionnaire/load-questionnaire';
import type { ChoiceDef, Lang, QuestionnaireDef } from '../questionnaire/model';
import { err, ok, type Result } from '../result';
import { buildChoices } from './build-choices';
import { buildSurvey, type Origins } from './build-survey';
import { languageOf } from './columns';
import { positionPhrase } from '../expressions/errors';
import { locate } from './expression-pieces';
import { findSheet, localText } from './sheet-table';
import { t, type ImportedForm, type XlsFormBook, type XlsFormProblem } from './xlsform-types';

const SETTINGS_READ = new Set(['form_title', 'form_id', 'version', 'default_language', 'previous_version']);
const SETTINGS_IGNORED_QUIETLY = new Set(['style', 'instance_name', 'allow_choice_duplicates', 'namespaces', 'omit_instanceid', 'clean_text_values']);
const OTHER: ChoiceDef = { code: 'other', label: { da: 'Andet', en: 'Other' } };

/** The loader's problem placed in the file: the longest recorded path that the error's path starts with. */
function placeError(error: LoadError, origins: Origins): XlsFormProblem {
  let best: string | undefined;
  for (const path of origins.keys()) {
    const matches = error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`);
    if (matches && (best === undefined || path.length > best.length)) best = path;
  }
  const origin = best === undefined ? undefined : origins.get(best);
  const cannotLoad = (text: { da: string; en: string }) => ({ da: `Spørgeskemaet kan ikke indlæses: ${text.da}`, en: `The questionnaire cannot be loaded: ${text.en}` });
  const message = cannotLoad(error.text);
  if (!origin) return { sheet: 'survey', message };
  if (origin.expression && error.position !== undefined && best === error.path) {
    const { place, position } = locate(origin.expression, error.position);
    if (position === undefined) return { ...place, message };
    // The place names the character in the cell; the loader's "at position N" ("ved tegn N+1") counts in
    // the joined condition of a flattened group, so it would name another number for the same character.
    const at = positionPhrase(error.position);
    const text = { da: error.text.da.replace(at.da, ''), en: error.text.en.replace(at.en, '') };
    return { ...place, position, message: cannotLoad(text) };
  }
  return { ...origin.place, message };
}

/** Problems sheet by sheet (survey, choices, settings) and row by row, as a coordinator reads the file. */
function inFileOrder(problems: XlsFormProblem[], sheets: readonly (string | undefined)[]): XlsFormProblem[] {
  const rank = (p: XlsFormProblem) => {
    const i = sheets.indexOf(p.sheet);
    return i < 0 ? sheets.length : i;
  };
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i).map(({ p }) => p);
}

export function importXlsForm(book: XlsFormBook): Result<ImportedForm, XlsFormProblem[]> {
  const problems: XlsFormProblem[] = [];
  const notices: XlsFormProblem[] = [];
  const survey = findSheet(book, 'survey');
  if (!survey) return err([{ sheet: 'survey', message: t('Filen har intet ark ved navn survey: det er ikke en XLSForm.', 'The file has no sheet named survey: it is not an XLSForm.') }]);
  const choicesSheet = findSheet(book, 'choices');
  const settings = findSheet(book, 'settings');
  const setting = settings?.rows[0];

  for (const column of setting?.filled((key) => !SETTINGS_READ.has(key) && !SETTINGS_IGNORED_QUIETLY.has(key)) ?? []) {
    notices.push({ sheet: settings?.name ?? 'settings', row: setting?.row ?? 2, column: column.header, message: t(`indstillingen '${column.header}' bruges ikke`, `the setting '${column.header}' is not used`) });
  }
  const languageCell = setting?.text('default_language') ?? '';
  const defaultLang: Lang = (languageCell === '' ? undefined : languageOf(languageCell)) ?? 'da';
  if (languageCell !== '' && languageOf(languageCell) === undefined) {
    problems.push({ ...(setting?.place('default_language') ?? { sheet: 'settings' }), message: t(`standardsproget '${languageCell}' er hverken dansk eller engelsk`, `the default language '${languageCell}' is neither Danish nor English`) });
  }
  const id = setting?.text('form_id') ?? '';
  const version = setting?.text('version') ?? '';
  if (id === '') problems.push({ sheet: settings?.name ?? 'settings', row: setting?.row ?? 2, column: 'form_id', message: t('Arket settings skal give spørgeskemaet et id (form_id).', 'The settings sheet must give the questionnaire an id (form_id).') });
  if (version === '') problems.push({ sheet: settings?.name ?? 'settings', row: setting?.row ?? 2, column: 'version', message: t('Arket settings skal give spørgeskemaet en version (version).', 'The settings sheet must give the questionnaire a version (version).') });
  const title = (setting && localText(setting, 'form_title', defaultLang, notices)) ?? { da: id || 'Spørgeskema', en: id || 'Questionnaire' };

  const built = buildSurvey(survey, { defaultLang, formTitle: title, problems, notices });
  const choiceLists = buildChoices(choicesSheet, defaultLang, problems, notices, built.origins);
  for (const [name, base] of built.otherLists) {
    const list = choiceLists[base];
    if (list) choiceLists[name] = list.some((c) => c.code === OTHER.code) ? list : [...list, OTHER];
  }
  if (built.sections.length === 0 && problems.length === 0) problems.push({ sheet: survey.name, message: t('Arket survey har ingen spørgsmål.', 'The survey sheet has no questions.') });
  if (problems.length > 0) return err(inFileOrder(problems, [survey.name, choicesSheet?.name, settings?.name]));

  const previousVersion = setting?.text('previous_version') ?? '';
  const def: QuestionnaireDef = { id, version, ...(previousVersion !== '' ? { previousVersion } : {}), title, sections: built.sections, choiceLists, derived: built.derived };
  let loaded = loadQuestionnaire(def);
  // A calculation without value_type is a number when it computes one, else text.
  if (!loaded.ok && built.untypedDerived.length > 0) {
    // Only a calculation refused for giving text is retried as text (not one in a cycle, say).
    const failing = new Set(loaded.error.filter((e) => e.message.includes('calculation: must give ')).map((e) => e.path));
    let changed = false;
    for (const d of built.untypedDerived) {
      const item = def.derived[d];
      if (item && failing.has(`derived[${d}].calculation`)) {
        item.type = 'text';
        changed = true;
      }
    }
    if (changed) loaded = loadQuestionnaire(def);
  }
  if (!loaded.ok) return err(inFileOrder(loaded.error.map((e) => placeError(e, built.origins)), [survey.name, choicesSheet?.name, settings?.name]));
  return ok({ def, notices });
}
