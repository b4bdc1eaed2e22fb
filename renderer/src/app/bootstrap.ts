/**
 * Start-up, in order: open the store (asking for persistent storage), read the language, load the
 * built-in questionnaire and make sure it is stored, then find the active profile and count the drafts
 * left from the last session. Each failure says which step failed, for a full-screen explanation.
 */
import { loadBuiltinQuestionnaire } from '../core/questionnaire/builtin';
import type { Lang, Questionnaire } from '../core/questionnaire/model';
import { err, ok, type Result } from '../core/result';
import { openBarometerDb, type BarometerDb } from '../db/database';
import { registerKeySealer } from '../db/device-keys';
import type { Profile } from '../db/records';
import { getHost, type Host } from '../host/host';
import { builtinLookup, makeRepositories, type Repositories } from './repositories';

export interface Boot extends Repositories {
  /** The store itself, for the app shell only (read-only state, closing); screens get the repositories. */
  db: BarometerDb;
  questionnaire: Questionnaire;
  host: Host;
  lang: Lang;
  /** null on first start: the surveyor has not made a profile yet. */
  profile: Profile | null;
  /** Drafts (not deleted) the store held when the app started. */
  recoveredDrafts: number;
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
  let db: BarometerDb;
  try {
    db = await openBarometerDb(dbName);
    performance.mark('boot:db-open');
  } catch (e) {
    return err({ stage: 'db', message: messageOf(e) });
  }

  let questionnaire: Questionnaire;
  try {
    questionnaire = loadBuiltinQuestionnaire();
    performance.mark('boot:questionnaire-loaded');
  } catch (e) {
    return err({ stage: 'questionnaire', message: messageOf(e) });
  }
  const repositories = makeRepositories(db, builtinLookup(questionnaire));
  try {
    if (!db.readOnly) await repositories.questionnaires.ensure(questionnaire.def);
    performance.mark('boot:questionnaire-stored');
  } catch (e) {
    return err({ stage: 'questionnaire', message: messageOf(e) });
  }

  const { settings, profiles, responses } = repositories;

  try {
    const lang = (await settings.get('language')) ?? 'da';
    const profileId = await settings.get('activeProfileId');
    const profile = (profileId ? await profiles.get(profileId) : undefined) ?? null;
    const recoveredDrafts = profile ? await responses.countDrafts() : 0;
    const host = getHost();
    // The desktop app keeps the signing key sealed by the OS key store (device-keys.ts).
    registerKeySealer(db, host.keys);
    performance.mark('boot:ready');
    return ok({
      ...repositories,
      db,
      questionnaire,
      host,
      lang,
      profile,
      recoveredDrafts,
    });
  } catch (e) {
    return err({ stage: 'profile', message: messageOf(e) });
  }
}
