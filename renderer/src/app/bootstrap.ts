/**
 * Start-up, in order: open the store (asking for persistent storage), read the language, load the
 * built-in questionnaire and make sure it is stored, then find the active profile and count the drafts
 * left from the last session. Each failure says which step failed, for a full-screen explanation.
 */
import { loadBuiltinQuestionnaire } from '../core/questionnaire/builtin';
import type { Lang, Questionnaire } from '../core/questionnaire/model';
import { err, ok, type Result } from '../core/result';
import { AuditRepository } from '../db/audit-repository';
import { CommentRepository } from '../db/comment-repository';
import { openBarometerDb, type BarometerDb } from '../db/database';
import { ProfileRepository } from '../db/profile-repository';
import { QuestionnaireRepository } from '../db/questionnaire-repository';
import type { Profile } from '../db/records';
import { ResponseRepository, type QuestionnaireLookup } from '../db/response-repository';
import { ReviewRepository } from '../db/review-repository';
import { SettingsRepository } from '../db/settings-repository';
import { getHost, type Host } from '../host/host';

export interface Boot {
  db: BarometerDb;
  questionnaire: Questionnaire;
  responses: ResponseRepository;
  profiles: ProfileRepository;
  settings: SettingsRepository;
  audit: AuditRepository;
  /** The auditor's queue, approve / reject / bulk approve. */
  review: ReviewRepository;
  /** Comments on a response or one of its questions. */
  comments: CommentRepository;
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
    if (!db.readOnly) await new QuestionnaireRepository(db).ensure(questionnaire.def);
    performance.mark('boot:questionnaire-stored');
  } catch (e) {
    return err({ stage: 'questionnaire', message: messageOf(e) });
  }

  const settings = new SettingsRepository(db);
  const profiles = new ProfileRepository(db);
  // Only the built-in edition is compiled for now; a response keyed with another one cannot be edited.
  const lookup: QuestionnaireLookup = (id, version) => {
    if (id === questionnaire.id && version === questionnaire.version) return questionnaire;
    throw new Error(`Questionnaire ${id} version ${version} is not installed in this version of the app.`);
  };
  const responses = new ResponseRepository(db, lookup);

  try {
    const lang = (await settings.get('language')) ?? 'da';
    const profileId = await settings.get('activeProfileId');
    const profile = (profileId ? await profiles.get(profileId) : undefined) ?? null;
    const recoveredDrafts = profile ? await responses.countDrafts() : 0;
    performance.mark('boot:ready');
    return ok({
      db,
      questionnaire,
      responses,
      profiles,
      settings,
      audit: new AuditRepository(db),
      review: new ReviewRepository(db, lookup),
      comments: new CommentRepository(db, lookup),
      host: getHost(),
      lang,
      profile,
      recoveredDrafts,
    });
  } catch (e) {
    return err({ stage: 'profile', message: messageOf(e) });
  }
}
