/**
 * Profiles: who works on this device, with a role and an optional PIN. Creating a profile, switching
 * to one and setting a PIN are audited; a PIN is hashed (WebCrypto) before any transaction opens.
 */
import { pinWaitLeft, type PinAttempts } from '../core/permissions/pin-attempts';
import { isRole, type Role } from '../core/permissions/roles';
import { ChainWriter, type AuditDraft } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { permit, publicProfile, stampOf, storedActor } from './permission-guard';
import { hashPin, pinMatches } from './pin-hash';
import type { Profile, ProfileRow } from './records';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

export interface NewProfile {
  name: string;
  initials: string;
  /** Default: surveyor. */
  role?: Role;
  /** 4–12 digits; absent or null: no PIN. */
  pin?: string | null;
}

const MAX_NAME_LENGTH = 80;
const INITIALS = /^\p{L}{1,4}$/u;
const byName = new Intl.Collator('da-DK', { sensitivity: 'base' });
const ACTIVE_PROFILE_KEY = 'activeProfileId';
/** Settings key prefix of a profile's wrong PIN attempts (`pin-attempts:<profile id>`). */
const PIN_ATTEMPTS_KEY = 'pin-attempts';

/** Trims and checks a new profile; the initials are stored in capitals (æ, ø, å included). */
export function normaliseProfile(input: Pick<NewProfile, 'name' | 'initials'>): Pick<NewProfile, 'name' | 'initials'> {
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

const wrongPin = () => new StoreError('wrong-pin', 'The PIN is not correct.', [], { en: 'The PIN is not correct.', da: 'Pinkoden er forkert.' });

export class ProfileRepository {
  constructor(private readonly db: BarometerDb) {}

  /**
   * Adds a profile. `actor` is who adds it; null only on first start (no profile on the device yet),
   * when the new profile may take any role. Otherwise anyone adds surveyors, and only a coordinator
   * adds coordinators and auditors: roles are anchored to the computer's first coordinator.
   */
  async create(input: NewProfile, actor: Profile | null = null): Promise<Profile> {
    assertWritable(this.db);
    const { name, initials } = normaliseProfile(input);
    const role = input.role ?? 'surveyor';
    if (!isRole(role)) throw new StoreError('invalid-profile', `Unknown role: ${String(role)}.`);
    const pin = input.pin ? await hashPin(input.pin) : null;
    return this.audited(async (chain, now) => {
      const existing = await this.db.profiles.toArray();
      const creator = actor ? await storedActor(this.db, actor) : null;
      if (!creator && existing.length > 0) {
        const text = { en: 'Choose your profile first: a new profile is added by someone at work.', da: 'Vælg din profil først: en ny profil oprettes af en, der er logget på.' };
        throw new StoreError('forbidden', text.en, [], text);
      }
      if (creator) permit(creator, 'create-profile', { targetRole: role });
      const row: ProfileRow = { id: crypto.randomUUID(), name, initials, role, createdAt: now, pin };
      await this.db.profiles.add(row);
      await chain.append(stampOf(creator ?? row), now, {
        action: 'profile-create',
        newValue: role,
        details: { profileId: row.id, name, initials, role, hasPin: pin !== null },
      });
      return publicProfile(row);
    });
  }

  /** Every profile, by name. */
  async list(): Promise<Profile[]> {
    const all = await this.db.profiles.toArray();
    return all.map(publicProfile).sort((a, b) => byName.compare(a.name, b.name));
  }

  async get(id: string): Promise<Profile | undefined> {
    const row = await this.db.profiles.get(id);
    return row ? publicProfile(row) : undefined;
  }

  /** Whether `pin` opens the profile; a profile without a PIN opens with none. */
  async verifyPin(profileId: string, pin: string | null): Promise<boolean> {
    const row = await this.db.profiles.get(profileId);
    if (!row) return false;
    if (row.pin === null) return true;
    return pin !== null && pinMatches(pin, row.pin);
  }

  /**
   * Makes `toId` the active profile after checking its PIN (`wrong-pin` otherwise); audited as
   * 'profile-switch' by the profile switched to, with the stored setting, in one transaction.
   */
  async switchProfile(from: Profile | null, toId: string, pin: string | null): Promise<Profile> {
    assertWritable(this.db);
    const target = await this.db.profiles.get(toId);
    if (!target) throw new StoreError('not-found', 'The profile no longer exists on this device.');
    if (target.pin !== null) await this.checkedPin(from, target, pin);
    if (from?.id === toId) return publicProfile(target);
    return this.audited(async (chain, now) => {
      const again = await this.db.profiles.get(toId);
      // The PIN checked above must still be the profile's PIN.
      if (!again || again.pin?.hash !== target.pin?.hash) throw wrongPin();
      await chain.append(stampOf(again), now, {
        action: 'profile-switch',
        oldValue: from?.id ?? null,
        newValue: toId,
        details: from ? { fromName: from.name, fromInitials: from.initials } : null,
      });
      await this.db.settings.put({ key: ACTIVE_PROFILE_KEY, value: toId });
      return publicProfile(again);
    });
  }

  /**
   * Sets (or, with null, clears) a profile's PIN. Your own: give the current PIN when one is set.
   * A coordinator may set or clear anyone's (a forgotten PIN). Audited as 'profile-pin'.
   */
  async setPin(actor: Profile, profileId: string, pin: string | null, currentPin: string | null = null): Promise<Profile> {
    assertWritable(this.db);
    const target = await this.db.profiles.get(profileId);
    if (!target) throw new StoreError('not-found', 'The profile no longer exists on this device.');
    const own = actor.id === profileId;
    permit(await storedActor(this.db, actor), 'set-pin', { own });
    if (own && target.pin !== null && !(currentPin !== null && (await pinMatches(currentPin, target.pin)))) throw wrongPin();
    const stored = pin === null ? null : await hashPin(pin);
    return this.audited(async (chain, now) => {
      const row = await storedActor(this.db, actor);
      permit(row, 'set-pin', { own });
      const again = await this.db.profiles.get(profileId);
      if (!again || again.pin?.hash !== target.pin?.hash) throw wrongPin();
      const next: ProfileRow = { ...again, pin: stored };
      await this.db.profiles.put(next);
      const draft: AuditDraft = { action: 'profile-pin', newValue: stored ? 'set' : 'cleared', details: { profileId } };
      await chain.append(stampOf(row), now, draft);
      return publicProfile(next);
    });
  }

  /** Profiles, settings and this device's chain in one transaction. */
  /**
   * Checks `pin` for `target` with a growing wait after wrong attempts (`core/permissions/pin-attempts`):
   * an attempt within the wait is refused unchecked ('pin-wait'); a wrong PIN is counted and logged
   * ('profile-pin' entry, new value 'failed'); a right one clears the count. Counts live in `settings`.
   */
  private async checkedPin(from: Profile | null, target: ProfileRow, pin: string | null): Promise<void> {
    const key = `${PIN_ATTEMPTS_KEY}:${target.id}`;
    const stored = (await this.db.settings.get(key))?.value as PinAttempts | undefined;
    const wait = pinWaitLeft(stored, Date.now());
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      const text = {
        en: `Too many wrong PINs. Try again in ${seconds} s.`,
        da: `For mange forkerte pinkoder. Prøv igen om ${seconds} sek.`,
      };
      throw new StoreError('pin-wait', text.en, [], text);
    }
    const right = pin !== null && target.pin !== null && (await pinMatches(pin, target.pin));
    if (right) {
      if (stored) await this.db.settings.delete(key);
      return;
    }
    const failures = (stored?.failures ?? 0) + 1;
    await this.audited(async (chain, now) => {
      await this.db.settings.put({ key, value: { failures, lastFailureAt: Date.parse(now) } satisfies PinAttempts });
      const actor = from ? await this.db.profiles.get(from.id) : undefined;
      await chain.append(stampOf(actor ?? target), now, {
        action: 'profile-pin',
        newValue: 'failed',
        details: { profileId: target.id, failures },
      });
    });
    throw wrongPin();
  }

  private async audited<T>(work: (chain: ChainWriter, now: string) => Promise<T>): Promise<T> {
    const deviceId = await ensureDeviceId(this.db);
    const { profiles, settings, audit } = this.db;
    return this.db.transaction('rw', [profiles, settings, audit], async () => {
      const chain = await ChainWriter.open(this.db, deviceId);
      return work(chain, new Date().toISOString());
    });
  }
}
