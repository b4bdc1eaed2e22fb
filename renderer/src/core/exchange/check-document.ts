/**
 * Steps 6–15 of reading a package, on the parsed JSON: forbidden keys and size bounds, format
 * marker and version, list bounds, the strict schema, counts, checksum, duplicate responses,
 * questionnaires, revision histories, answers against their questionnaires, audit chains. The first
 * failing step refuses the package.
 */
import { normaliseTree } from '../revisions/revision-tree';
import { err, ok, type Result } from '../result';
import { checkAnswers, type QuestionnaireSource } from './check-answers';
import { checkAudit } from './check-audit';
import { checkBounds, checkFormat } from './check-envelope';
import { checkHistories } from './check-histories';
import { checkQuestionnaires, type KnownQuestionnaire } from './check-questionnaires';
import { checkSignature } from './check-signature';
import { contentSha256 } from './content-digest';
import type { Package } from './package-format';
import { packageError, type PackageError } from './package-error';
import type { PackageLimits } from './package-limits';
import { FIELDWORK_KEY, FIELDWORK_LISTS } from './fieldwork-content';
import { parseDocument, schemaError, type PackageDocument } from './package-schema';
import { scanDocument } from './scan-document';

function checkCounts(document: PackageDocument): PackageError | undefined {
  const { counts } = document.manifest;
  const { responses, auditEntries } = document.content;
  const revisions = responses.reduce((sum, response) => sum + response.revisions.nodes.length, 0);
  const { cases, attempts, caseLinks, verifications, keyingSessions } = document.content;
  const actual = [
    ['responses', 'besvarelser', counts.responses, responses.length],
    ['revisions', 'revisioner', counts.revisions, revisions],
    ['audit entries', 'logposter', counts.auditEntries, auditEntries.length],
    ['cases', 'opgaver', counts.cases, cases.length],
    ['attempts', 'kontaktforsøg', counts.attempts, attempts.length],
    ['links to cases', 'koblinger til opgaver', counts.caseLinks, caseLinks.length],
    ['verifications', 'verifikationer', counts.verifications, verifications.length],
    ['keying sessions', 'indtastningssessioner', counts.keyingSessions, keyingSessions.length],
  ] as const;
  for (const [en, da, said, held] of actual) {
    if (said === held) continue;
    return packageError(
      'count-mismatch',
      {
        en: `The package says it holds ${said} ${en} but holds ${held}: it is incomplete or was changed after it was written.`,
        da: `Pakken siger, at den indeholder ${said} ${da}, men den indeholder ${held}: den er ufuldstændig eller ændret, efter den blev skrevet.`,
      },
      { path: 'manifest.counts' },
    );
  }
  return undefined;
}

function checkDuplicates(document: PackageDocument): PackageError | undefined {
  const seen = new Set<string>();
  for (const [index, response] of document.content.responses.entries()) {
    if (!seen.has(response.id)) {
      seen.add(response.id);
      continue;
    }
    return packageError(
      'duplicate-response',
      {
        en: `Response ${response.key} (${response.id}) appears twice in the package: it is damaged. Ask the surveyor to send it again.`,
        da: `Besvarelse ${response.key} (${response.id}) optræder to gange i pakken: den er beskadiget. Bed intervieweren sende den igen.`,
      },
      { path: `content.responses[${index}]` },
    );
  }
  return undefined;
}

const RECORD_TEXT = {
  cases: { en: 'case', da: 'opgave' },
  attempts: { en: 'attempt', da: 'kontaktforsøg' },
  caseLinks: { en: "response's link to a case", da: 'besvarelses kobling til en opgave' },
  verifications: { en: 'verification', da: 'verifikation' },
  keyingSessions: { en: 'keying session', da: 'indtastningssession' },
} as const;

/** Each fieldwork record at most once (by its key: a case's id, a link's response, …). */
function checkDuplicateRecords(document: PackageDocument): PackageError | undefined {
  for (const list of FIELDWORK_LISTS) {
    const seen = new Set<string>();
    const key = FIELDWORK_KEY[list] as (record: unknown) => string;
    for (const [index, record] of (document.content[list] as readonly unknown[]).entries()) {
      const id = key(record);
      if (!seen.has(id)) {
        seen.add(id);
        continue;
      }
      const what = RECORD_TEXT[list];
      return packageError(
        'duplicate-record',
        {
          en: `The ${what.en} ${id} appears twice in the package: it is damaged. Ask for it to be sent again.`,
          da: `Samme ${what.da} (${id}) optræder to gange i pakken: den er beskadiget. Bed om at få den sendt igen.`,
        },
        { path: `content.${list}[${index}]` },
      );
    }
  }
  return undefined;
}

const checksumMismatch = (): PackageError =>
  packageError(
    'checksum-mismatch',
    {
      en: "The package's content does not match its checksum: it was changed or damaged after it was written. Ask the surveyor to send it again.",
      da: 'Pakkens indhold passer ikke med dens kontrolsum: den er ændret eller beskadiget, efter den blev skrevet. Bed intervieweren sende den igen.',
    },
    { path: 'manifest.contentSha256' },
  );

/** How answers are checked against their questionnaires (`check-answers.ts`). */
export interface AnswerCheck {
  /** Stored questionnaire versions of this computer, for responses whose version is not embedded. */
  stored?: QuestionnaireSource;
  /** False: answers are not checked (the writer's read-back of local data, a restore of an own backup). */
  enabled?: boolean;
}

/** Checks a parsed document; returns the package (histories in canonical order) or the first refusal. */
export async function checkDocument(
  parsed: unknown,
  limits: PackageLimits,
  isKnown: KnownQuestionnaire,
  answers: AnswerCheck = {},
): Promise<Result<Package, PackageError>> {
  const early = scanDocument(parsed, limits) ?? checkFormat(parsed) ?? checkBounds(parsed as Record<string, unknown>, limits);
  if (early) return err(early);
  const schema = parseDocument(parsed);
  if (!schema.success) return err(schemaError(schema.error.issues));
  const document = schema.data;
  const counted = checkCounts(document);
  if (counted) return err(counted);
  // The checksum covers the content as it is in the file (zod's output lists keys in schema order).
  const raw = (parsed as { content: unknown }).content;
  if ((await contentSha256(raw)) !== document.manifest.contentSha256) return err(checksumMismatch());
  // The signature covers the manifest as it is in the file (and through it the content's checksum).
  const { format, formatVersion, manifest } = parsed as { format: string; formatVersion: number; manifest: unknown };
  const unsigned = await checkSignature({ format, formatVersion, manifest, signature: document.signature });
  if (unsigned) return err(unsigned);
  const duplicate = checkDuplicates(document) ?? checkDuplicateRecords(document);
  if (duplicate) return err(duplicate);
  const questionnaires = checkQuestionnaires(document, isKnown);
  if (!questionnaires.ok) return questionnaires;
  const { compiled } = questionnaires.value;
  const source: QuestionnaireSource = (id, version) => compiled.get(JSON.stringify([id, version])) ?? answers.stored?.(id, version);
  const refused = checkHistories(document) ?? (answers.enabled === false ? undefined : checkAnswers(document, source)) ?? checkAudit(document);
  if (refused) return err(refused);
  const responses = document.content.responses.map((response) => ({ ...response, revisions: normaliseTree(response.revisions) }));
  const { signature, ...rest } = document;
  return ok({
    ...rest,
    ...(signature ? { signature } : {}),
    manifest: { ...document.manifest, questionnaires: questionnaires.value.defs },
    content: { ...document.content, responses },
  });
}
