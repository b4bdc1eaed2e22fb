import type { BarometerDb } from './database';
import type { Profile } from './records';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

export interface NewProfile {
  name: string;
  initials: string;
}

const MAX_NAME_LENGTH = 80;
const INITIALS = /^\p{L}{1,4}$/u;
const byName = new Intl.Collator('da-DK', { sensitivity: 'base' });

/** Trims and checks a new profile; the initials are stored in capitals (æ, ø, å included). */
export function normaliseProfile(input: NewProfile): NewProfile {
  const name = input.name.trim();
  const initials = input.initials.trim().toLocaleUpperCase('da-DK');
  if (name.length < 1 || name.length > MAX_NAME_LENGTH) {
    throw new StoreError('invalid-profile', `The name must be 1 to ${MAX_NAME_LENGTH} characters.`);
  }
  if (!INITIALS.test(initials)) {
    throw new StoreError('invalid-profile', 'The initials must be 1 to 4 letters.');
  }
  return { name, initials };
}

/** The surveyors working on this device; each audit entry records one. */
export class ProfileRepository {
  constructor(private readonly db: BarometerDb) {}

  async create(input: NewProfile): Promise<Profile> {
    assertWritable(this.db);
    const profile: Profile = { id: crypto.randomUUID(), ...normaliseProfile(input), createdAt: new Date().toISOString() };
    await this.db.profiles.add(profile);
    return profile;
  }

  /** Every profile, by name. */
  async list(): Promise<Profile[]> {
    const all = await this.db.profiles.toArray();
    return all.sort((a, b) => byName.compare(a.name, b.name));
  }

  get(id: string): Promise<Profile | undefined> {
    return this.db.profiles.get(id);
  }
}
