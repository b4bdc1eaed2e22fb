import type { QuestionnaireDef } from '../core/questionnaire/model';
import type { BarometerDb } from './database';
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
    return this.db.transaction('rw', table, async () => {
      if (await table.get([def.id, def.version])) return false;
      await table.add({ id: def.id, version: def.version, def, storedAt: new Date().toISOString() });
      return true;
    });
  }

  async get(id: string, version: string): Promise<QuestionnaireDef | undefined> {
    return (await this.db.questionnaires.get([id, version]))?.def;
  }
}
