/** Reading a package file: every check, in a fixed order, before anything is returned. */
import { err, ok, type Result } from '../result';
import { checkDocument } from './check-document';
import type { QuestionnaireSource } from './check-answers';
import type { KnownQuestionnaire } from './check-questionnaires';
import { inflatePackage } from './inflate-package';
import type { Package } from './package-format';
import { packageError, type PackageError } from './package-error';
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from './package-limits';

export interface ReadPackageOptions {
  /** Overrides of `DEFAULT_PACKAGE_LIMITS`. */
  limits?: Partial<PackageLimits>;
  /** Whether this computer holds a questionnaire version; by default none (all must be embedded). */
  isKnownQuestionnaire?: KnownQuestionnaire;
  /** This computer's compiled questionnaire versions, to check answers of versions not embedded. */
  storedQuestionnaire?: QuestionnaireSource;
  /** Check every answer against its questionnaire (default true; false for the restore of an own backup). */
  checkAnswers?: boolean;
  /**
   * Called as the file is inflated (`done` of `total` compressed bytes), for a progress bar.
   * Parsing and checking follow in one go; run `readPackage` in a Worker to keep a window responsive.
   */
  onProgress?: (done: number, total: number) => void;
}

function parseJson(text: string): Result<unknown, PackageError> {
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    return err(
      packageError(
        'not-json',
        {
          en: "The package's content is not valid JSON: it is damaged or not a Barometer Entry package.",
          da: 'Pakkens indhold er ikke gyldig JSON: den er beskadiget eller ikke en Barometer Entry-pakke.',
        },
        { details: [String(error)] },
      ),
    );
  }
}

/**
 * Reads and checks a package file. In order, each with its own message for the coordinator:
 * file size; gzip magic (and "this is a ZIP/Excel file"); inflation under a hard cap (a
 * decompression bomb is refused without being inflated); UTF-8; JSON; forbidden keys
 * (`__proto__`, `constructor`, `prototype`), nesting depth and string length; format marker and
 * version ("made by a newer version"); list bounds; the strict schema (unknown keys refused);
 * counts; checksum; duplicate response ids; questionnaires (embedded ones must load, the others
 * must be known); revision histories; answers against their questionnaire versions (type, option
 * codes, known variables); audit chains and chain heads.
 *
 * Pure apart from reading `bytes`: it changes no global state and never throws for a bad file.
 * CPU-heavy for large packages (parse, hashes): call it from a Worker to keep a window responsive.
 */
export async function readPackage(bytes: Uint8Array, options: ReadPackageOptions = {}): Promise<Result<Package, PackageError>> {
  const limits: PackageLimits = { ...DEFAULT_PACKAGE_LIMITS, ...options.limits };
  try {
    const text = await inflatePackage(bytes, limits, options.onProgress);
    if (!text.ok) return text;
    const parsed = parseJson(text.value);
    if (!parsed.ok) return parsed;
    return await checkDocument(parsed.value, limits, options.isKnownQuestionnaire ?? (() => false), {
      ...(options.storedQuestionnaire ? { stored: options.storedQuestionnaire } : {}),
      enabled: options.checkAnswers !== false,
    });
  } catch (error) {
    // Every check reports its own refusal; reaching this means a bug or exhausted memory.
    return err(
      packageError(
        'unreadable',
        {
          en: 'The package could not be checked because of an unexpected error, so nothing was imported. Try again; if it happens again, keep the file and report it.',
          da: 'Pakken kunne ikke kontrolleres på grund af en uventet fejl, så intet er importeret. Prøv igen; sker det igen, så gem filen og meld fejlen.',
        },
        { details: [String(error)] },
      ),
    );
  }
}
