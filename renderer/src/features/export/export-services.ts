/** The export's services from the app's: the store's name for the Worker, the dialog's facts, the population table. */
import type { AppServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { verifiedFlag } from '../../core/verification/verification-sheets';
import { strataIn, type SelectionFacts } from '../../core/export/selection';
import { heldEditionSet, type EditionSet } from '../../core/editions/edition-set';
import type { FieldworkInput } from '../../core/export/fieldwork-sheets';
import type { ResponseSummary } from '../../db/records';
import { APP_VERSION } from '../../host/app-version';
import type { ExportWorkerLike } from './export-protocol';
import type { ExportServices } from './export-responses';

/**
 * A list summary holds exactly what a selection looks at (written with its response, in one transaction).
 * `editions`: the export's editions when it holds several, with the response's own edition (`edition`,
 * the summary's when it has one): the level and area are then in their reference's codes.
 */
export function summaryFacts(s: ResponseSummary, verified: 0 | 1 | null = null, editions?: EditionSet, edition?: { questionnaireId: string; questionnaireVersion: string }): SelectionFacts {
  const facts: SelectionFacts = {
    verified,
    status: s.status,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    surveyor: s.createdByName,
    sectorLevel: s.sectorLevel === '' ? undefined : s.sectorLevel,
    policyArea: s.policyArea === '' ? undefined : s.policyArea,
  };
  const own = edition ?? (s.questionnaireId !== undefined && s.questionnaireVersion !== undefined ? { questionnaireId: s.questionnaireId, questionnaireVersion: s.questionnaireVersion } : undefined);
  return editions && own ? strataIn(editions, own, facts) : facts;
}

/**
 * The editions an export holds: every edition this computer holds (the questionnaire in use among
 * them), the newest as reference, as the export Worker builds them from the stored definitions.
 */
export const exportEditions = heldEditionSet;

async function* factPages(app: AppServices): AsyncGenerator<SelectionFacts[]> {
  // The double-entry state of each response, as the export Worker reads it (`response-pages.ts`).
  const states = await app.review.verificationStates();
  const set = exportEditions(app.questionnaire, app.questionnaires.catalog.all());
  const editions = set.editions.length > 1 ? set : undefined;
  for await (const page of app.store.summaryPages()) {
    // A summary written before it kept its edition: the response says which it is.
    const older = editions ? page.filter((s) => s.questionnaireVersion === undefined) : [];
    const records = new Map((await Promise.all(older.map((s) => app.responses.get(s.id)))).flatMap((r) => (r ? [[r.id, r] as const] : [])));
    yield page.map((s) => summaryFacts(s, verifiedFlag(states.get(s.id)), editions, records.get(s.id)));
  }
}

/** The stored population table (null when none, or when it cannot be read: the export is then unweighted and says so). */
async function storedPopulation(app: AppServices): Promise<unknown> {
  try {
    return (await app.settings.get('populationTable')) ?? null;
  } catch {
    return null;
  }
}

/** The stored collapsed strata ([] when none or unreadable). */
async function storedCollapses(app: AppServices): Promise<unknown> {
  try {
    return (await app.settings.get('stratumCollapses')) ?? [];
  } catch {
    return [];
  }
}

/** The frame in force as the workbook's fieldwork sheets need it; null without one (or when it cannot be read). */
async function fieldworkOf(app: AppServices): Promise<FieldworkInput | null> {
  try {
    const [version, { cases, progress }] = await Promise.all([app.fieldwork.currentVersion(), app.fieldwork.monitoring()]);
    if (!version) return null;
    return {
      frameVersion: version.version,
      progress,
      cases: cases.map((c) => ({
        id: c.id, name: c.frame.name, sector_level: c.frame.sector_level, policy_area: c.frame.policy_area, size_class: c.frame.size_class,
        assignee: c.assigneeName, disposition: c.disposition, attempts: c.attempts, responses: c.responseIds.length,
      })),
    };
  } catch {
    return null;
  }
}

export function createExportWorker(): ExportWorkerLike {
  return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'export' }) as unknown as ExportWorkerLike;
}

export function exportServicesOf(app: AppServices, appVersion: string = APP_VERSION): ExportServices {
  return {
    questionnaire: app.questionnaire,
    host: app.host,
    dbName: app.store.name,
    selectionFacts: () => factPages(app),
    editions: async () => (await app.questionnaires.list()).map((row) => row.def),
    heldEditions: () => app.questionnaires.catalog.all(),
    population: () => storedPopulation(app),
    collapses: () => storedCollapses(app),
    fieldwork: () => fieldworkOf(app),
    exportedBy: `${app.profile.name} (${app.profile.initials})`,
    appVersion,
    createWorker: createExportWorker,
    auditAllowed: can(app.profile.role, 'export-audit').allowed,
    lang: app.lang,
    recordExport: (details) => app.audit.recordExport(app.profile, details),
  };
}
