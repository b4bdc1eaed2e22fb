/** Checks of the profile forms (first start, add a profile), as message keys in the 'profile' namespace. */
import type { ParseKeys } from 'i18next';
import type { Role } from '../../core/permissions/roles';

export interface ProfileInput {
  name: string;
  initials: string;
  role: Role;
  /** '' for no PIN. */
  pin: string;
}

/** Each field's problem, as a key of the profile strings (`errors.…`). */
export type ProfileErrors = Partial<Record<keyof ProfileInput, ParseKeys<'profile'>>>;

/** 1–4 letters of any alphabet (Æ, Ø, Å included), as ProfileRepository accepts; no digits, spaces or dots. */
const INITIALS = /^\p{L}{1,4}$/u;
/** As the store's PIN_PATTERN: 4–12 digits. */
const PIN = /^\d{4,12}$/;

export const EMPTY_PROFILE_INPUT: ProfileInput = { name: '', initials: '', role: 'surveyor', pin: '' };

export function validateProfileInput(input: ProfileInput): ProfileErrors {
  const errors: ProfileErrors = {};
  const name = input.name.trim();
  const initials = input.initials.trim();
  if (!name) errors.name = 'errors.nameRequired';
  else if (name.length > 80) errors.name = 'errors.nameTooLong';
  if (!initials) errors.initials = 'errors.initialsRequired';
  else if (!INITIALS.test(initials)) errors.initials = 'errors.initialsFormat';
  if (input.pin !== '' && !PIN.test(input.pin)) errors.pin = 'errors.pinFormat';
  return errors;
}

/** A PIN as typed is valid: 4–12 digits. */
export function isPinFormat(pin: string): boolean {
  return PIN.test(pin);
}

/** What is stored: trimmed name, upper-case initials, the role, and the PIN or null. */
export function normaliseProfileInput(input: ProfileInput): { name: string; initials: string; role: Role; pin: string | null } {
  return {
    name: input.name.trim().replace(/\s+/g, ' '),
    initials: input.initials.trim().toLocaleUpperCase('da-DK'),
    role: input.role,
    pin: input.pin === '' ? null : input.pin,
  };
}
