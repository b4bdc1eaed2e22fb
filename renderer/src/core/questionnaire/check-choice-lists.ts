/** Checks of the choice lists of a definition. */
import { loadError, type LoadError } from './load-error';
import type { ChoiceDef, QuestionnaireDef } from './model';

/**
 * Every list has options; codes are unique within a list and hold no whitespace (a multiple choice
 * is exported as its codes separated by spaces, so a code with a space could not be read back).
 */
export function checkChoiceLists(def: QuestionnaireDef): LoadError[] {
  const errors: LoadError[] = [];
  for (const [listName, choices] of Object.entries(def.choiceLists)) {
    const subject = `Choice list '${listName}'`;
    const path = `choiceLists.${listName}`;
    if (choices.length === 0) errors.push(loadError(subject, path, undefined, 'has no options'));
    const seen = new Set<string>();
    choices.forEach((choice, i) => {
      if (/\s/.test(choice.code)) {
        errors.push(
          loadError(subject, `${path}[${i}]`, 'code', `code '${choice.code}' contains a space; multiple-choice answers are exported space-separated`),
        );
      }
      if (seen.has(choice.code)) {
        errors.push(loadError(subject, `${path}[${i}]`, 'code', `code '${choice.code}' appears more than once`));
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
