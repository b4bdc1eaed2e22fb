/**
 * Every repository over one store, made in one place: the bootstrap and the test harnesses use this,
 * so a new repository is one edit here. Screens receive these through the services, never the database.
 */
import { AuditRepository } from '../db/audit-repository';
import { CommentRepository } from '../db/comment-repository';
import { DuplicateRepository } from '../db/duplicate-repository';
import type { BarometerDb } from '../db/database';
import { ExchangeRepository } from '../db/exchange-repository';
import { FieldworkRepository } from '../db/fieldwork-repository';
import { ProfileRepository } from '../db/profile-repository';
import type { EditionCatalog } from '../db/edition-catalog';
import { QuestionnaireRepository } from '../db/questionnaire-repository';
import { ResponseRepository, type QuestionnaireLookup } from '../db/response-repository';
import { ReviewRepository } from '../db/review-repository';
import { SettingsRepository } from '../db/settings-repository';
import { StoreReader } from '../db/store-reader';
import { VerificationRepository } from '../db/verification-repository';

export interface Repositories {
  /** Reads over the whole store (pages of responses, the audit log, integrity) for screens and Workers. */
  store: StoreReader;
  responses: ResponseRepository;
  profiles: ProfileRepository;
  settings: SettingsRepository;
  audit: AuditRepository;
  /** The review queue, approve / reject / bulk approve. */
  review: ReviewRepository;
  /** Comments on a response or one of its questions. */
  comments: CommentRepository;
  /** Packages: send, import, conflicts, the coordinator's overview. */
  exchange: ExchangeRepository;
  /** The questionnaire editions stored with the responses keyed in them. */
  questionnaires: QuestionnaireRepository;
  /** The sample frame, cases and their surveyors, attempts and outcomes. */
  fieldwork: FieldworkRepository;
  /** Double-entry verification and the keying sessions behind the keyer statistics. */
  verification: VerificationRepository;
  /** One workplace keyed twice (two laptops, or a case twice): found, shown side by side, one kept. */
  duplicates: DuplicateRepository;
}

/**
 * @param catalog the compiled editions behind `lookup` when it is theirs (the app's: every stored
 *   edition), so storing an edition makes it usable at once.
 */
export function makeRepositories(db: BarometerDb, lookup: QuestionnaireLookup, catalog?: EditionCatalog): Repositories {
  return {
    store: new StoreReader(db),
    responses: new ResponseRepository(db, lookup),
    profiles: new ProfileRepository(db),
    settings: new SettingsRepository(db),
    audit: new AuditRepository(db),
    review: new ReviewRepository(db, lookup),
    comments: new CommentRepository(db, lookup),
    exchange: new ExchangeRepository(db, lookup),
    questionnaires: new QuestionnaireRepository(db, catalog),
    fieldwork: new FieldworkRepository(db),
    verification: new VerificationRepository(db, lookup),
    duplicates: new DuplicateRepository(db, lookup),
  };
}
