/** Checks of the choice lists of a definition. */
import { t } from '../local-text';
import { loadError, subjects, type LoadError } from './load-error';
import type { ChoiceDef, QuestionnaireDef } from './model';

/**
 * Every list has options; codes are unique within a list and hold no whitespace (a multiple choice
 * is exported as its codes separated by spaces, so a code with a space could not be read back). A
 * renamed option's previous code needs a previous version, differs from every code of the list and
 * is mapped by one option only, so the mapping reads one way.
 */
export function checkChoiceLists(def: QuestionnaireDef): LoadError[] {
  const errors: LoadError[] = [];
  if (def.previousVersion !== undefined && def.previousVersion === def.version) {
    errors.push(
      loadError(subjects.questionnaire, 'previousVersion', undefined, t(`angiver sin egen version ${def.version} som sin forrige version`, `names its own version ${def.version} as its previous version`)),
    );
  }
  for (const [listName, choices] of Object.entries(def.choiceLists)) {
    const subject = subjects.choiceList(listName);
    const path = `choiceLists.${listName}`;
    if (choices.length === 0) errors.push(loadError(subject, path, undefined, t('har ingen svarmuligheder', 'has no options')));
    const seen = new Set<string>();
    const previous = new Set<string>();
    const codes = new Set(choices.map((c) => c.code));
    choices.forEach((choice, i) => {
      if (choice.previousCode !== undefined) {
        const at = `${path}[${i}]`;
        const was = choice.previousCode;
        if (def.previousVersion === undefined) {
          errors.push(loadError(subject, at, 'previousCode', t(
            `svarmuligheden '${choice.code}' angiver sin kode i den forrige udgave ('${was}'), men spørgeskemaet angiver ingen forrige version (settings: previous_version)`,
            `option '${choice.code}' names its code in the previous edition ('${was}'), but the questionnaire names no previous version (settings: previous_version)`,
          )));
        } else if (was === choice.code) {
          errors.push(loadError(subject, at, 'previousCode', t(
            `svarmuligheden '${choice.code}' angiver sin egen kode som sin forrige kode: lad previous_name være tom for en svarmulighed, der har beholdt sin kode`,
            `option '${choice.code}' names its own code as its previous code: leave previous_name empty for an option that kept its code`,
          )));
        } else if (codes.has(was)) {
          errors.push(loadError(subject, at, 'previousCode', t(
            `svarmuligheden '${choice.code}' overtager den forrige kode '${was}', som stadig er en svarmulighed i listen: et svar '${was}' ville betyde to svarmuligheder`,
            `option '${choice.code}' maps the previous code '${was}', which is still an option of this list: an answer '${was}' would mean two options`,
          )));
        } else if (previous.has(was)) {
          errors.push(loadError(subject, at, 'previousCode', t(
            `den forrige kode '${was}' overtages af to svarmuligheder: en svarmulighed med ny kode overtager én kode`,
            `the previous code '${was}' is mapped by two options: a renamed option maps one code`,
          )));
        }
        if (/\s/.test(was)) errors.push(loadError(subject, at, 'previousCode', t(`den forrige kode '${was}' indeholder et mellemrum`, `previous code '${was}' contains a space`)));
        previous.add(was);
      }
      if (/\s/.test(choice.code)) {
        errors.push(
          loadError(subject, `${path}[${i}]`, 'code', t(
            `koden '${choice.code}' indeholder et mellemrum; svar på en multiple choice eksporteres adskilt af mellemrum`,
            `code '${choice.code}' contains a space; multiple-choice answers are exported space-separated`,
          )),
        );
      }
      if (seen.has(choice.code)) {
        errors.push(loadError(subject, `${path}[${i}]`, 'code', t(`koden '${choice.code}' forekommer mere end én gang`, `code '${choice.code}' appears more than once`)));
      }
      seen.add(choice.code);
    });
  }
  return errors;
}

/** The choice list called `name`, if the definition has one (own keys only: `constructor` is no list). */
export function choiceListOf(def: QuestionnaireDef, name: string | undefined): ChoiceDef[] | undefined {
  return name !== undefined && Object.hasOwn(def.choiceLists, name) ? def.choiceLists[name] : undefined;
}
