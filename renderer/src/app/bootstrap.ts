/**
 * Start-up: open the store (asking for persistent storage) while the built-in questionnaire loads,
 * then store the questionnaire if it is new while the language and the active profile are read, and
 * the response list's first rows with them. Each failure says which step failed, for a full-screen
 * explanation. What the first screen does not need (the drafts left from the last session, for the
 * notice) is counted by the app once it is up (`App`).
 */
import { loadBuiltinQuestionnaire } from '../core/questionnaire/builtin';
import type { Lang, Questionnaire } from '../core/questionnaire/model';
import { err, ok, type Result } from '../core/result';
import { openBarometerDb, type BarometerDb } from '../db/database';
import { registerKeySealer } from '../db/device-keys';
import type { Profile, ResponseSummary } from '../db/records';
import { getHost, type Host } from '../host/host';
import { EditionCatalog } from '../db/edition-catalog';
import { FIRST_SCREEN_ROWS } from '../features/responses/list-view';
import { makeRepositories, type Repositories } from './repositories';

export interface Boot extends Repositories {
  /** The store itself, for the app shell only (read-only state, closing); screens get the repositories. */
  db: BarometerDb;
  questionnaire: Questionnaire;
  host: Host;
  lang: Lang;
  /** null on first start: the surveyor has not made a profile yet. */
  profile: Profile | null;
  /**
   * The response list's first rows (the newest summaries), read while the start-up ran; null on
   * first start, or when that read failed (the list then reads them itself). Only the first list
   * may use them: nothing writes before it is up.
   */
  firstRows: ResponseSummary[] | null;
}

export type BootStage = 'db' | 'questionnaire' | 'profile';
export interface BootFailure {
  stage: BootStage;
  message: string;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function bootstrap(dbName?: string): Promise<Result<Boot, BootFailure>> {
  // The store opens (IndexedDB works off this thread) while the questionnaire is validated and
  // compiled (≈ 3 ms in Chromium: not worth a cache that would itself be read from the store).
  const opening = openBarometerDb(dbName).then(
    (db) => {
      performance.mark('boot:db-open');
      return ok(db);
    },
    (e: unknown) => err(messageOf(e)),
  );
  let questionnaire: Questionnaire | undefined;
  let questionnaireFailure = '';
  try {
    questionnaire = loadBuiltinQuestionnaire();
    performance.mark('boot:questionnaire-loaded');
  } catch (e) {
    questionnaireFailure = messageOf(e);
  }
  const opened = await opening;
  if (!opened.ok) return err({ stage: 'db', message: opened.error });
  if (!questionnaire) return err({ stage: 'questionnaire', message: questionnaireFailure });
  const db = opened.value;

  // Every stored edition is compiled into the catalog, so a response keyed in any of them opens and saves.
  const catalog = new EditionCatalog(questionnaire);
  const repositories = makeRepositories(db, catalog.lookup, catalog);
  const { settings, profiles, responses, questionnaires } = repositories;
  const def = questionnaire.def;
  // Storing the questionnaire and reading who works are independent: side by side.
  const stored = db.readOnly
    ? Promise.resolve()
    : questionnaires.ensure(def).then(() => void performance.mark('boot:questionnaire-stored'));
  const compiled = stored.then(() => questionnaires.loadCatalog());
  // The list is the first screen: its first rows are read beside the rest (a read of 60 summaries
  // through an index, done before the list has drawn its frame).
  const recent = responses.recentSummaries(FIRST_SCREEN_ROWS).catch(() => null);
  const found = (async () => {
    const [lang, profileId] = await Promise.all([settings.get('language'), settings.get('activeProfileId')]);
    const profile = (profileId ? await profiles.get(profileId) : undefined) ?? null;
    return { lang: lang ?? 'da', profile, firstRows: profile ? await recent : null };
  })();
  const [storing, finding] = await Promise.allSettled([compiled, found]);
  if (storing.status === 'rejected') return err({ stage: 'questionnaire', message: messageOf(storing.reason) });
  if (finding.status === 'rejected') return err({ stage: 'profile', message: messageOf(finding.reason) });
  const host = getHost();
  // The desktop app keeps the signing key sealed by the OS key store (device-keys.ts).
  registerKeySealer(db, host.keys);
  performance.mark('boot:ready');
  return ok({ ...repositories, db, questionnaire, host, ...finding.value });
}
