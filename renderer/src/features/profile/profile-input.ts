/** Checks of the first-start form, as message keys in the 'profile' namespace. */
export interface ProfileInput {
  name: string;
  initials: string;
}

export type ProfileErrors = Partial<Record<keyof ProfileInput, string>>;

/** 1–4 letters of any alphabet (Æ, Ø, Å included), as ProfileRepository accepts; no digits, spaces or dots. */
const INITIALS = /^\p{L}{1,4}$/u;

export function validateProfileInput(input: ProfileInput): ProfileErrors {
  const errors: ProfileErrors = {};
  const name = input.name.trim();
  const initials = input.initials.trim();
  if (!name) errors.name = 'errors.nameRequired';
  else if (name.length > 80) errors.name = 'errors.nameTooLong';
  if (!initials) errors.initials = 'errors.initialsRequired';
  else if (!INITIALS.test(initials)) errors.initials = 'errors.initialsFormat';
  return errors;
}

/** What is stored: trimmed name, upper-case initials. */
export function normaliseProfileInput(input: ProfileInput): ProfileInput {
  return { name: input.name.trim().replace(/\s+/g, ' '), initials: input.initials.trim().toLocaleUpperCase('da-DK') };
}
