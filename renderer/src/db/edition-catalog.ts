/**
 * The compiled questionnaire editions this computer holds, for the synchronous lookups the
 * repositories make inside their transactions (`QuestionnaireLookup`): the built-in edition, every
 * edition read from the store at start (`QuestionnaireRepository.loadCatalog`), and each one stored
 * since (`QuestionnaireRepository.add`).
 */
import { editionKey } from '../core/editions/edition-order';
import { loadQuestionnaire } from '../core/questionnaire/load-questionnaire';
import type { Questionnaire, QuestionnaireDef } from '../core/questionnaire/model';
import type { QuestionnaireLookup } from './response-write';

export class EditionCatalog {
  private readonly compiled = new Map<string, Questionnaire>();

  constructor(builtin?: Questionnaire) {
    if (builtin) this.compiled.set(editionKey(builtin.id, builtin.version), builtin);
  }

  /** Compiles and keeps `def` unless it is there already; false when it does not load. */
  addDef(def: QuestionnaireDef): boolean {
    const key = editionKey(def.id, def.version);
    if (this.compiled.has(key)) return true;
    const loaded = loadQuestionnaire(def);
    if (loaded.ok) this.compiled.set(key, loaded.value);
    return loaded.ok;
  }

  get(id: string, version: string): Questionnaire | undefined {
    return this.compiled.get(editionKey(id, version));
  }

  /** Every edition held, compiled. */
  all(): Questionnaire[] {
    return [...this.compiled.values()];
  }

  readonly lookup: QuestionnaireLookup = (id, version) => {
    const q = this.get(id, version);
    if (!q) throw new Error(`Questionnaire ${id} version ${version} is not stored on this computer.`);
    return q;
  };
}
