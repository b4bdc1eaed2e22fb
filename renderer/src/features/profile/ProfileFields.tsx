/**
 * The fields of a new profile: name, initials, role (radio group, one tab stop) and an optional
 * PIN. Errors show under each field (aria-invalid + aria-describedby). Shared by first start and
 * "Add a profile".
 */
import { say } from '../../i18n/say';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/permissions/roles';
import type { ProfileErrors, ProfileInput } from './profile-input';

interface Props {
  idBase: string;
  input: ProfileInput;
  errors: ProfileErrors;
  /** The roles offered, in order. */
  roles: readonly Role[];
  nameRef: RefObject<HTMLInputElement | null>;
  initialsRef: RefObject<HTMLInputElement | null>;
  pinRef: RefObject<HTMLInputElement | null>;
  onChange(patch: Partial<ProfileInput>): void;
}

export function ProfileFields({ idBase, input, errors, roles, nameRef, initialsRef, pinRef, onChange }: Props) {
  const { t } = useTranslation('profile');

  const text = (key: 'name' | 'initials' | 'pin', ref: RefObject<HTMLInputElement | null>, autoComplete: string) => {
    const error = errors[key];
    const hintId = `${idBase}-${key}-hint`;
    const errorId = `${idBase}-${key}-error`;
    return (
      <div className="field">
        <label htmlFor={`${idBase}-${key}`}>{t(`fields.${key}`)}</label>
        <input
          ref={ref}
          id={`${idBase}-${key}`}
          name={key}
          value={input[key]}
          autoComplete={autoComplete}
          {...(key === 'pin' ? { type: 'password', inputMode: 'numeric' as const } : {})}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => onChange({ [key]: e.target.value })}
        />
        <p id={hintId} className="hint">{t(`fields.${key}Hint`)}</p>
        {error ? <p id={errorId} className="error">{say(t, error)}</p> : null}
      </div>
    );
  };

  return (
    <>
      {text('name', nameRef, 'name')}
      {text('initials', initialsRef, 'off')}
      {roles.length > 1 ? (
        <fieldset className="field role-choice">
          <legend>{t('fields.role')}</legend>
          {roles.map((role) => (
            <div key={role} className="role-option">
              <input
                type="radio"
                id={`${idBase}-role-${role}`}
                name={`${idBase}-role`}
                value={role}
                checked={input.role === role}
                aria-describedby={`${idBase}-role-${role}-hint`}
                onChange={() => onChange({ role })}
              />
              <label htmlFor={`${idBase}-role-${role}`}>{t(`roles.${role}`)}</label>
              <span id={`${idBase}-role-${role}-hint`} className="hint"> – {t(`roleHints.${role}`)}</span>
            </div>
          ))}
        </fieldset>
      ) : null}
      {text('pin', pinRef, 'new-password')}
    </>
  );
}
