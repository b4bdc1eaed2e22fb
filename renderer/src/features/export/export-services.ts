/** The export's services from the app's: the store's name for the Worker, the dialog's facts, the population table. */
import type { AppServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { verifiedFlag } from '../../core/verification/verification-sheets';
import type { SelectionFacts } from '../../core/export/selection';
import type { FieldworkInput } from '../../core/export/fieldwork-sheets';
import type { ResponseSummary } from '../../db/records';
import { APP_VERSION } from '../../host/app-version';
import type { ExportWorkerLike } from './export-protocol';
import type { ExportServices } from './export-responses';

/** A list summary holds exactly what a selection looks at (written with its response, in one transaction). */
export function summaryFacts(s: ResponseSummary, verified: 0 | 1 | null = null): SelectionFacts {
  return {
    verified,
    status: s.status,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    surveyor: s.createdByName,
    sectorLevel: s.sectorLevel === '' ? undefined : s.sectorLevel,
    policyArea: s.policyArea === '' ? undefined : s.policyArea,
  };
}

async function* factPages(app: AppServices): AsyncGenerator<SelectionFacts[]> {
  // The double-entry state of each response, as the export Worker reads it (`response-pages.ts`).
  const states = await app.review.verificationStates();
  for await (const page of app.store.summaryPages()) yield page.map((s) => summaryFacts(s, verifiedFlag(states.get(s.id))));
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
