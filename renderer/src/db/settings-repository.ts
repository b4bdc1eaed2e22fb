import type { Lang } from '../core/questionnaire/model';
import { populationTableSchema, type PopulationTable } from '../core/weights/population';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { assertWritable } from './write-guard';

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
}

export type SettingKey = keyof SettingValues;
export type WritableSettingKey = Exclude<SettingKey, 'deviceId'>;

// Stored values are checked on the way out: IndexedDB holds whatever was written to it.
const isValid: { [K in SettingKey]: (v: unknown) => v is SettingValues[K] } = {
  activeProfileId: (v): v is string => typeof v === 'string' && v.length > 0,
  language: (v): v is Lang => v === 'da' || v === 'en',
  deviceId: (v): v is string => typeof v === 'string' && v.length > 0,
  populationTable: (v): v is PopulationTable | null => v === null || populationTableSchema.safeParse(v).success,
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

  /** This installation's UUID, created on first use. */
  deviceId(): Promise<string> {
    return ensureDeviceId(this.db);
  }
}
