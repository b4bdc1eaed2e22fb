/** Every response's revision tree must hold together before it is merged with anything. */
import type { LocalText } from '../questionnaire/model';
import { checkTree, type TreeProblemCode } from '../revisions/check-tree';
import type { PackageDocument } from './package-schema';
import { packageError, type PackageError } from './package-error';

const short = (rev: string): string => rev.slice(0, 12);

const PROBLEMS: Record<TreeProblemCode, (rev: string) => LocalText> = {
  empty: () => ({ en: 'it has no revisions', da: 'den har ingen revisioner' }),
  'duplicate-revision': (rev) => ({
    en: `revision ${short(rev)} is listed twice`,
    da: `revision ${short(rev)} står der to gange`,
  }),
  'missing-parent': (rev) => ({
    en: `revision ${short(rev)} names an earlier revision that is missing`,
    da: `revision ${short(rev)} henviser til en tidligere revision, som mangler`,
  }),
  'bad-truncation': (rev) => ({
    en: `revision ${short(rev)} is marked as left out without reason`,
    da: `revision ${short(rev)} er markeret som udeladt uden grund`,
  }),
  cycle: (rev) => ({
    en: `its revisions descend from each other in a loop (at ${short(rev)})`,
    da: `dens revisioner nedstammer fra hinanden i ring (ved ${short(rev)})`,
  }),
  'bad-generation': (rev) => ({
    en: `revision ${short(rev)} has the wrong generation number`,
    da: `revision ${short(rev)} har forkert generationsnummer`,
  }),
  'leaf-without-content': (rev) => ({
    en: `its latest revision ${short(rev)} has no content`,
    da: `dens seneste revision ${short(rev)} har intet indhold`,
  }),
  'content-not-a-leaf': (rev) => ({
    en: `revision ${short(rev)} carries content although it is not a latest revision`,
    da: `revision ${short(rev)} har indhold, selvom den ikke er en seneste revision`,
  }),
  'rev-mismatch': (rev) => ({
    en: `the content of revision ${short(rev)} does not match its id: it was changed after it was made`,
    da: `indholdet af revision ${short(rev)} passer ikke til dens id: det er ændret, efter revisionen blev lavet`,
  }),
};

/** The first response whose history is inconsistent, as a package error. */
export function checkHistories(document: PackageDocument): PackageError | undefined {
  for (const [index, response] of document.content.responses.entries()) {
    const problem = checkTree(response.revisions);
    if (problem === undefined) continue;
    const text = PROBLEMS[problem.code](problem.rev);
    return packageError(
      `revision-${problem.code}`,
      {
        en: `The history of response ${response.key} does not hold together: ${text.en}. The package is damaged or was changed by hand.`,
        da: `Historikken for besvarelse ${response.key} hænger ikke sammen: ${text.da}. Pakken er beskadiget eller ændret i hånden.`,
      },
      { path: `content.responses[${index}].revisions` },
    );
  }
  return undefined;
}
