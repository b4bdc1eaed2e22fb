/**
 * Every questionnaire a package's responses use must be on this computer already or embedded in the
 * package, and every embedded definition must load (schema, names, expressions, routing cycles).
 */
import { loadQuestionnaire } from '../questionnaire/load-questionnaire';
import type { Questionnaire, QuestionnaireDef } from '../questionnaire/model';
import { err, ok, type Result } from '../result';
import type { PackageDocument } from './package-schema';
import { packageError, type PackageError } from './package-error';

/** True when this computer holds questionnaire `id` in `version`. */
export type KnownQuestionnaire = (id: string, version: string) => boolean;

const label = (raw: unknown, field: 'id' | 'version'): string => {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' ? value : '?';
};

/** The embedded definitions and their compiled forms (keyed `JSON.stringify([id, version])`). */
export interface CheckedQuestionnaires {
  defs: QuestionnaireDef[];
  compiled: Map<string, Questionnaire>;
}

/** The embedded definitions, once each loads and every response's questionnaire is available. */
export function checkQuestionnaires(
  document: PackageDocument,
  isKnown: KnownQuestionnaire,
): Result<CheckedQuestionnaires, PackageError> {
  const embedded: QuestionnaireDef[] = [];
  const compiled = new Map<string, Questionnaire>();
  const seen = new Set<string>();
  for (const [index, raw] of document.manifest.questionnaires.entries()) {
    const [id, version] = [label(raw, 'id'), label(raw, 'version')];
    const path = `manifest.questionnaires[${index}]`;
    const loaded = loadQuestionnaire(raw);
    if (!loaded.ok) {
      const first = loaded.error[0]?.text ?? { da: '', en: '' };
      return err(
        packageError(
          'invalid-questionnaire',
          {
            en: `The questionnaire included in the package (${id}, version ${version}) is not valid: ${first.en}. Ask the surveyor to send the package again from an up-to-date installation.`,
            da: `Spørgeskemaet i pakken (${id}, version ${version}) er ugyldigt: ${first.da}. Bed intervieweren sende pakken igen fra en opdateret installation.`,
          },
          { path, details: loaded.error.map((problem) => `${problem.path}: ${problem.message}`) },
        ),
      );
    }
    const key = JSON.stringify([loaded.value.id, loaded.value.version]);
    if (seen.has(key)) {
      return err(
        packageError(
          'duplicate-questionnaire',
          {
            en: `The questionnaire ${id}, version ${version}, is included twice in the package: it is damaged.`,
            da: `Spørgeskemaet ${id}, version ${version}, er med to gange i pakken: den er beskadiget.`,
          },
          { path },
        ),
      );
    }
    seen.add(key);
    embedded.push(loaded.value.def);
    compiled.set(key, loaded.value);
  }
  for (const [index, response] of document.content.responses.entries()) {
    const { questionnaireId: id, questionnaireVersion: version } = response;
    if (seen.has(JSON.stringify([id, version])) || isKnown(id, version)) continue;
    return err(
      packageError(
        'unknown-questionnaire',
        {
          en: `Response ${response.key} uses the questionnaire ${id}, version ${version}, which is neither on this computer nor included in the package. Add that questionnaire first, or ask the surveyor for a new package.`,
          da: `Besvarelse ${response.key} bruger spørgeskemaet ${id}, version ${version}, som hverken findes på denne computer eller er med i pakken. Tilføj først spørgeskemaet, eller bed intervieweren om en ny pakke.`,
        },
        { path: `content.responses[${index}]` },
      ),
    );
  }
  return ok({ defs: embedded, compiled });
}
