/**
 * Steps 7–8 of reading a package, on the parsed document before the schema: is it a package at all,
 * can this version read its format, and are its lists within bounds (so the schema never walks
 * millions of entries only to refuse them).
 */
import type { LocalText } from '../questionnaire/model';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from './package-format';
import { packageError, type PackageError } from './package-error';
import type { PackageLimits } from './package-limits';

const KIND_TEXT: Record<string, LocalText> = {
  array: { en: 'a list', da: 'en liste' },
  string: { en: 'a text', da: 'en tekst' },
  number: { en: 'a number', da: 'et tal' },
  boolean: { en: 'a true/false value', da: 'en sand/falsk-værdi' },
  null: { en: 'the value null', da: 'værdien null' },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The package marker and format version, on any parsed JSON. */
export function checkFormat(document: unknown): PackageError | undefined {
  if (!isRecord(document)) {
    const kind = KIND_TEXT[Array.isArray(document) ? 'array' : document === null ? 'null' : typeof document] ?? KIND_TEXT.null;
    return packageError('not-an-object', {
      en: `The file holds ${kind?.en} where a package holds one JSON object: it is not a Barometer Entry package.`,
      da: `Filen indeholder ${kind?.da}, hvor en pakke indeholder ét JSON-objekt: det er ikke en Barometer Entry-pakke.`,
    });
  }
  if (document.format !== PACKAGE_FORMAT) {
    return packageError('wrong-format', {
      en: 'This JSON file is not a Barometer Entry package: it lacks the package marker. Choose the .barometer file the surveyor sent.',
      da: 'Denne JSON-fil er ikke en Barometer Entry-pakke: den mangler pakkemærket. Vælg den .barometer-fil, intervieweren sendte.',
    });
  }
  const version = document.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const shown = JSON.stringify(version) ?? 'missing';
    return packageError('bad-format-version', {
      en: `The package's format version (${shown}) is not valid: the package is damaged.`,
      da: `Pakkens formatversion (${shown}) er ugyldig: pakken er beskadiget.`,
    });
  }
  if (version > PACKAGE_FORMAT_VERSION) {
    return packageError('newer-format', {
      en: `The package was made by a newer version of Barometer Entry (package format ${version}; this version reads up to ${PACKAGE_FORMAT_VERSION}). Update Barometer Entry on this computer and import the package again.`,
      da: `Pakken er lavet af en nyere version af Barometer Entry (pakkeformat ${version}; denne version læser op til ${PACKAGE_FORMAT_VERSION}). Opdatér Barometer Entry på denne computer, og importér pakken igen.`,
    });
  }
  return undefined;
}

function tooMany(what: LocalText, count: number, limit: number, path: string): PackageError {
  return packageError(
    'too-many',
    {
      en: `The package holds ${count} ${what.en}, more than the ${limit} allowed.`,
      da: `Pakken indeholder ${count} ${what.da}, flere end de tilladte ${limit}.`,
    },
    { path },
  );
}

const FIELDWORK_BOUND_TEXT: readonly (readonly [string, LocalText])[] = [
  ['cases', { en: 'cases', da: 'opgaver' }],
  ['attempts', { en: 'attempts', da: 'kontaktforsøg' }],
  ['caseLinks', { en: 'links to cases', da: 'koblinger til opgaver' }],
  ['verifications', { en: 'verifications', da: 'verifikationer' }],
  ['keyingSessions', { en: 'keying sessions', da: 'indtastningssessioner' }],
];

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** Bounds on the number of responses, revisions, audit entries and questionnaires. */
export function checkBounds(document: Record<string, unknown>, limits: PackageLimits): PackageError | undefined {
  const manifest = isRecord(document.manifest) ? document.manifest : {};
  const content = isRecord(document.content) ? document.content : {};
  const questionnaires = lengthOf(manifest.questionnaires);
  if (questionnaires > limits.maxQuestionnaires) {
    const what = { en: 'questionnaire versions', da: 'spørgeskemaversioner' };
    return tooMany(what, questionnaires, limits.maxQuestionnaires, 'manifest.questionnaires');
  }
  const responses = Array.isArray(content.responses) ? (content.responses as unknown[]) : [];
  if (responses.length > limits.maxResponses) {
    const what = { en: 'responses', da: 'besvarelser' };
    return tooMany(what, responses.length, limits.maxResponses, 'content.responses');
  }
  for (let index = 0; index < responses.length; index++) {
    const response = responses[index];
    const tree = isRecord(response) && isRecord(response.revisions) ? response.revisions : {};
    const revisions = lengthOf(tree.nodes);
    if (revisions > limits.maxRevisionsPerResponse) {
      const what = { en: 'revisions of one response', da: 'revisioner af én besvarelse' };
      return tooMany(what, revisions, limits.maxRevisionsPerResponse, `content.responses[${index}].revisions.nodes`);
    }
  }
  for (const [list, what] of FIELDWORK_BOUND_TEXT) {
    const held = lengthOf(content[list]);
    if (held > limits.maxFieldworkRecords) return tooMany(what, held, limits.maxFieldworkRecords, `content.${list}`);
  }
  const entries = lengthOf(content.auditEntries);
  if (entries > limits.maxAuditEntries) {
    const what = { en: 'audit entries', da: 'logposter' };
    return tooMany(what, entries, limits.maxAuditEntries, 'content.auditEntries');
  }
  return undefined;
}
