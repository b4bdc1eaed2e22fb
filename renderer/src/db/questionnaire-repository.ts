import { editionKey } from '../core/editions/edition-order';
import { checkRenamesAgainst, declaredRenames } from '../core/editions/option-mapping';
import { loadQuestionnaire } from '../core/questionnaire/load-questionnaire';
import type { Questionnaire, QuestionnaireDef } from '../core/questionnaire/model';
import { ChainWriter, type ActorStamp } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { DraftMoves } from './draft-move';
import { EditionCatalog } from './edition-catalog';
import { permit, stampOf, storedActor } from './permission-guard';
import type { Profile, StoredQuestionnaire } from './records';
import { isActiveEdition, type ActiveEdition } from './settings-repository';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

export type { ActiveEdition } from './settings-repository';

/** Settings key of the edition new responses are keyed in. */
export const ACTIVE_KEY = 'activeQuestionnaire';

/**
 * Writes the edition for new responses with its audit entry (`questionnaire`, details.kind `active`,
 * the edition before and after) inside the caller's open transaction over settings and audit; nothing
 * when it is already that edition. `setActiveQuestionnaire` uses it behind `manage-questionnaires`; a
 * coordinator → surveyor package can carry the coordinator's choice through it in its merge.
 */
export async function recordActiveEdition(db: BarometerDb, chain: ChainWriter, actor: ActorStamp, at: string, edition: ActiveEdition): Promise<boolean> {
  const stored = (await db.settings.get(ACTIVE_KEY))?.value;
  const before = isActiveEdition(stored) ? stored : null;
  if (before?.id === edition.id && before.version === edition.version) return false;
  await db.settings.put({ key: ACTIVE_KEY, value: { id: edition.id, version: edition.version } });
  const words = (e: ActiveEdition | null) => (e === null ? null : `${e.id} ${e.version}`);
  await chain.append(actor, at, {
    action: 'questionnaire',
    field: ACTIVE_KEY,
    oldValue: words(before),
    newValue: words(edition),
    details: { kind: 'active', id: edition.id, version: edition.version },
  });
  return true;
}

const refuse = (en: string, da: string) => new StoreError('questionnaire-invalid', en, [], { en, da });

/**
 * Questionnaire definitions by id and version: a response is always read with the version it was
 * keyed with, even after a newer edition is installed. One of them is the active edition, the one
 * new responses are keyed in (a coordinator's choice; the built-in edition until one is made).
 */
export class QuestionnaireRepository {
  /** Moving a draft to another edition: the preview, and the move with its one audit entry. */
  readonly drafts: DraftMoves;

  constructor(
    private readonly db: BarometerDb,
    /** The compiled editions the other repositories look up inside their transactions. */
    readonly catalog: EditionCatalog = new EditionCatalog(),
  ) {
    this.drafts = new DraftMoves(db, catalog);
    // An edition stored by any write (a package's embedded edition too) is compiled as it is added,
    // so its responses can be corrected and reviewed at once, not only after a restart.
    db.questionnaires.hook('creating', (_key, row) => {
      catalog.addDef(row.def);
    });
  }

  /** Stores the definition unless that id and version is already stored; true when it was added now. */
  async ensure(def: QuestionnaireDef): Promise<boolean> {
    assertWritable(this.db);
    const table = this.db.questionnaires;
    // At every start but the first it is there: a plain read, no read-write transaction to commit.
    if (await table.get([def.id, def.version])) return false;
    return this.db.transaction('rw', table, async () => {
      if (await table.get([def.id, def.version])) return false;
      await table.add({ id: def.id, version: def.version, def, storedAt: new Date().toISOString() });
      return true;
    });
  }

  /** Compiles every stored edition into the catalog (at start; a few ms per edition the catalog lacks). */
  async loadCatalog(): Promise<void> {
    for (const row of await this.db.questionnaires.toArray()) this.catalog.addDef(row.def);
  }

  async get(id: string, version: string): Promise<QuestionnaireDef | undefined> {
    return (await this.db.questionnaires.get([id, version]))?.def;
  }

  /** Every stored edition, newest first. */
  async list(): Promise<StoredQuestionnaire[]> {
    const rows = await this.db.questionnaires.toArray();
    return rows.sort((a, b) => b.storedAt.localeCompare(a.storedAt) || b.version.localeCompare(a.version));
  }

  /**
   * A coordinator stores a new edition (from an XLSForm), audited as one entry naming the file. The
   * definition is loaded again here, so nothing the loader refuses reaches the store; an id and
   * version already stored with other content is refused (a version names one content for good).
   * Renamed options (`previousCode`) need their previous version stored, and each previous code must
   * be an option there of a question that uses the list.
   */
  async add(actor: Pick<Profile, 'id'>, def: QuestionnaireDef, fileName: string | null): Promise<'added' | 'unchanged'> {
    assertWritable(this.db);
    const loaded = loadQuestionnaire(def);
    if (!loaded.ok) {
      const first = loaded.error[0]?.text ?? { da: '', en: '' };
      throw refuse(`The questionnaire cannot be loaded: ${first.en}`, `Spørgeskemaet kan ikke indlæses: ${first.da}`);
    }
    const deviceId = await ensureDeviceId(this.db);
    const { questionnaires, audit, profiles } = this.db;
    const outcome = await this.db.transaction('rw', [questionnaires, audit, profiles], async () => {
      const row = await storedActor(this.db, actor);
      permit(row, 'manage-questionnaires');
      const existing = await questionnaires.get([def.id, def.version]);
      if (existing) {
        if (JSON.stringify(existing.def) === JSON.stringify(def)) return 'unchanged';
        throw refuse(
          `Version ${def.version} of ${def.id} is already stored with other content: give the new edition its own version.`,
          `Version ${def.version} af ${def.id} er allerede gemt med et andet indhold: giv den nye udgave sin egen version.`,
        );
      }
      await this.checkMapping(def);
      const at = new Date().toISOString();
      await questionnaires.add({ id: def.id, version: def.version, def, storedAt: at });
      const chain = await ChainWriter.open(this.db, deviceId);
      await chain.append(stampOf(row), at, { action: 'questionnaire', details: { kind: 'stored', id: def.id, version: def.version, fileName } });
      return 'added';
    });
    this.catalog.addDef(def);
    return outcome;
  }

  private async checkMapping(def: QuestionnaireDef): Promise<void> {
    const renames = declaredRenames(def);
    if (def.previousVersion === undefined || renames.length === 0) return;
    const previous = (await this.db.questionnaires.get([def.id, def.previousVersion]))?.def;
    if (!previous) {
      throw refuse(
        `The edition renames options of version ${def.previousVersion} (previous_version), which is not stored on this computer: store that edition first.`,
        `Udgaven omdøber svarmuligheder fra version ${def.previousVersion} (previous_version), som ikke er gemt på denne computer: gem den udgave først.`,
      );
    }
    const wrong = checkRenamesAgainst(def, previous);
    if (wrong.length > 0) {
      const list = wrong.map((r) => `${r.list}: ${r.previousCode} → ${r.code}`).join('; ');
      throw refuse(
        `Version ${def.previousVersion} has no such option to rename (previous_name): ${list}.`,
        `Version ${def.previousVersion} har ingen sådan svarmulighed at omdøbe (previous_name): ${list}.`,
      );
    }
  }

  /** The edition chosen for new responses; null when none is chosen (the built-in edition is used). */
  async activeQuestionnaire(): Promise<ActiveEdition | null> {
    const value = (await this.db.settings.get(ACTIVE_KEY))?.value;
    return isActiveEdition(value) ? { id: value.id, version: value.version } : null;
  }

  /**
   * A coordinator makes a stored edition the one new responses are keyed in: stored in the settings
   * and audited (a `questionnaire` entry, details.kind `active`, the edition before and after), in
   * one transaction. Responses already keyed keep their own edition.
   */
  async setActiveQuestionnaire(actor: Pick<Profile, 'id'>, id: string, version: string): Promise<void> {
    assertWritable(this.db);
    const deviceId = await ensureDeviceId(this.db);
    const { questionnaires, settings, audit, profiles } = this.db;
    await this.db.transaction('rw', [questionnaires, settings, audit, profiles], async () => {
      const row = await storedActor(this.db, actor);
      permit(row, 'manage-questionnaires');
      const stored = await questionnaires.get([id, version]);
      if (!stored) throw refuse(`Version ${version} of ${id} is not stored on this computer.`, `Version ${version} af ${id} er ikke gemt på denne computer.`);
      const chain = await ChainWriter.open(this.db, deviceId);
      await recordActiveEdition(this.db, chain, stampOf(row), new Date().toISOString(), { id, version });
    });
  }

  /** The compiled edition new responses are keyed in: the active one when chosen and held, else `builtin`. */
  async forNewResponses(builtin: Questionnaire): Promise<Questionnaire> {
    const active = await this.activeQuestionnaire();
    return (active && this.catalog.get(active.id, active.version)) ?? builtin;
  }

  /** Every held edition's definition by `editionKey` (for plans across editions). */
  definitions(): Map<string, QuestionnaireDef> {
    return new Map(this.catalog.all().map((q) => [editionKey(q.id, q.version), q.def]));
  }
}
