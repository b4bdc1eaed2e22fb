import { loadQuestionnaire } from '../core/questionnaire/load-questionnaire';
import type { QuestionnaireDef } from '../core/questionnaire/model';
import { ChainWriter } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { permit, stampOf, storedActor } from './permission-guard';
import type { Profile, StoredQuestionnaire } from './records';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

/**
 * Questionnaire definitions by id and version: a response is always read with the version it was
 * keyed with, even after a newer edition is installed.
 */
export class QuestionnaireRepository {
  constructor(private readonly db: BarometerDb) {}

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
   */
  async add(actor: Pick<Profile, 'id'>, def: QuestionnaireDef, fileName: string | null): Promise<'added' | 'unchanged'> {
    assertWritable(this.db);
    const loaded = loadQuestionnaire(def);
    if (!loaded.ok) {
      const first = loaded.error[0]?.message ?? '';
      throw new StoreError('questionnaire-invalid', `The questionnaire cannot be loaded: ${first}`, [], { en: `The questionnaire cannot be loaded: ${first}`, da: `Spørgeskemaet kan ikke indlæses: ${first}` });
    }
    const deviceId = await ensureDeviceId(this.db);
    const { questionnaires, audit, profiles } = this.db;
    return this.db.transaction('rw', [questionnaires, audit, profiles], async () => {
      const row = await storedActor(this.db, actor);
      permit(row, 'manage-questionnaires');
      const existing = await questionnaires.get([def.id, def.version]);
      if (existing) {
        if (JSON.stringify(existing.def) === JSON.stringify(def)) return 'unchanged';
        throw new StoreError('questionnaire-invalid', `Version ${def.version} of ${def.id} is already stored with other content: give the new edition its own version.`, [], {
          en: `Version ${def.version} of ${def.id} is already stored with other content: give the new edition its own version.`,
          da: `Version ${def.version} af ${def.id} er allerede gemt med et andet indhold: giv den nye udgave sin egen version.`,
        });
      }
      const at = new Date().toISOString();
      await questionnaires.add({ id: def.id, version: def.version, def, storedAt: at });
      const chain = await ChainWriter.open(this.db, deviceId);
      await chain.append(stampOf(row), at, { action: 'questionnaire', details: { kind: 'stored', id: def.id, version: def.version, fileName } });
      return 'added';
    });
  }
}
