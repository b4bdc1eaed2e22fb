import type { Lang } from '../core/questionnaire/model';
import { populationTableSchema, type PopulationTable } from '../core/weights/population';
import { stratumCollapsesSchema, type StratumCollapse } from '../core/weights/collapse';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { assertWritable } from './write-guard';
import { permit, stampOf, storedActor } from './permission-guard';
import { ChainWriter } from './audit-writer';
import { canonicalJson } from '../core/audit/canonical-json';
import { sha256Hex } from '../core/audit/entry-hash';
import type { Profile } from './records';

/** The settings and their types. `deviceId` is made once and never set by hand. */
export interface SettingValues {
  activeProfileId: string;
  language: Lang;
  deviceId: string;
  /**
   * N_h per stratum for the weights w = N_h / r_h. null: the coordinator cleared it (unweighted, as
   * when unset). Codes are checked against the questionnaire (`validatePopulationTable`) where it is used.
   */
  populationTable: PopulationTable | null;
  /**
   * Strata weighted together with a named neighbour (stratum keys of the population table). Those the
   * table in force does not allow are reported and not applied (`checkCollapses`).
   */
  stratumCollapses: StratumCollapse[];
  /**
   * The edition new responses are keyed in, chosen by a coordinator (`QuestionnaireRepository.
   * setActiveQuestionnaire`); unset or null: the built-in edition.
   */
  activeQuestionnaire: ActiveEdition | null;
}

/** A questionnaire edition by its id and version. */
export interface ActiveEdition {
  id: string;
  version: string;
}

export type SettingKey = keyof SettingValues;
/** Set by hand through `set`; the population table and the collapses have their own writes, behind the roles table. */
export type WritableSettingKey = Exclude<SettingKey, 'deviceId' | 'populationTable' | 'stratumCollapses' | 'activeQuestionnaire'>;

export function isActiveEdition(v: unknown): v is ActiveEdition {
  if (typeof v !== 'object' || v === null) return false;
  const keys = Object.keys(v);
  const { id, version } = v as Record<string, unknown>;
  return keys.length === 2 && typeof id === 'string' && id !== '' && typeof version === 'string' && version !== '';
}

// Stored values are checked on the way out: IndexedDB holds whatever was written to it.
const isValid: { [K in SettingKey]: (v: unknown) => v is SettingValues[K] } = {
  activeProfileId: (v): v is string => typeof v === 'string' && v.length > 0,
  language: (v): v is Lang => v === 'da' || v === 'en',
  deviceId: (v): v is string => typeof v === 'string' && v.length > 0,
  populationTable: (v): v is PopulationTable | null => v === null || populationTableSchema.safeParse(v).success,
  activeQuestionnaire: (v): v is ActiveEdition | null => v === null || isActiveEdition(v),
  stratumCollapses: (v): v is StratumCollapse[] => stratumCollapsesSchema.safeParse(v).success && new Set((v as StratumCollapse[]).map((c) => c.from)).size === (v as StratumCollapse[]).length,
};

export class SettingsRepository {
  constructor(private readonly db: BarometerDb) {}

  /** The stored value, or undefined when unset (or unusable). */
  async get<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
    const row = await this.db.settings.get(key);
    const check = isValid[key] as (v: unknown) => v is SettingValues[K];
    return row && check(row.value) ? row.value : undefined;
  }

  async set<K extends WritableSettingKey>(key: K, value: SettingValues[K]): Promise<void> {
    assertWritable(this.db);
    // Refused before writing, so `get` never meets a value it must drop (e.g. a table with a stratum twice).
    if (!isValid[key](value)) throw new TypeError(`The setting ${key} was not saved: the value is not valid.`);
    await this.db.settings.put({ key, value });
  }

  /**
   * Stores the population table (null clears it: unweighted). It changes every weighted figure of the
   * export, so the roles table decides (`edit-weights`: coordinators), inside the write transaction,
   * from the actor's stored role.
   */
  async setPopulationTable(actor: Pick<Profile, 'id'>, table: PopulationTable | null): Promise<void> {
    assertWritable(this.db);
    if (!isValid.populationTable(table)) throw new TypeError('The population table was not saved: the value is not valid.');
    const deviceId = await ensureDeviceId(this.db);
    await this.db.transaction('rw', [this.db.profiles, this.db.settings, this.db.audit], async () => {
      const row = await storedActor(this.db, actor);
      permit(row, 'edit-weights');
      const before = (await this.db.settings.get('populationTable'))?.value;
      const previous = isValid.populationTable(before) ? before : null;
      await this.db.settings.put({ key: 'populationTable', value: table });
      // Audited (issue 10, item 7): every weighted figure depends on it. An 'import' entry of no
      // response, details.kind 'population-table': strata and total N before and after, and the
      // SHA-256 of the table's canonical JSON, so an auditor can tell which table was in force.
      const facts = (t: PopulationTable | null) => (t === null ? null : `${t.length} strata, N = ${t.reduce((sum, r) => sum + r.population, 0)}`);
      const chain = await ChainWriter.open(this.db, deviceId);
      await chain.append(stampOf(row), new Date().toISOString(), {
        action: 'import',
        field: 'populationTable',
        oldValue: facts(previous),
        newValue: facts(table),
        details: { kind: 'population-table', sha256: table === null ? null : sha256Hex(canonicalJson(table)) },
      });
    });
  }

  /**
   * Stores the coordinator's collapses of small strata ([] for none). Like the population table it
   * changes every weighted figure, so the same permission decides (`edit-weights`) and it is audited:
   * an 'import' entry of no response, details.kind 'stratum-collapses', the list before and after.
   */
  async setStratumCollapses(actor: Pick<Profile, 'id'>, collapses: readonly StratumCollapse[]): Promise<void> {
    assertWritable(this.db);
    const value = collapses.map((c) => ({ from: c.from, into: c.into }));
    if (!isValid.stratumCollapses(value)) throw new TypeError('The collapsed strata were not saved: the value is not valid.');
    const deviceId = await ensureDeviceId(this.db);
    await this.db.transaction('rw', [this.db.profiles, this.db.settings, this.db.audit], async () => {
      const row = await storedActor(this.db, actor);
      permit(row, 'edit-weights');
      const before = (await this.db.settings.get('stratumCollapses'))?.value;
      const previous = isValid.stratumCollapses(before) ? before : [];
      await this.db.settings.put({ key: 'stratumCollapses', value });
      const words = (list: readonly StratumCollapse[]) => (list.length === 0 ? null : list.map((c) => `${c.from} → ${c.into}`).join('; '));
      const chain = await ChainWriter.open(this.db, deviceId);
      await chain.append(stampOf(row), new Date().toISOString(), {
        action: 'import',
        field: 'stratumCollapses',
        oldValue: words(previous),
        newValue: words(value),
        details: { kind: 'stratum-collapses', count: value.length },
      });
    });
  }

  /** This installation's UUID, created on first use. */
  deviceId(): Promise<string> {
    return ensureDeviceId(this.db);
  }
}
