import type { FieldProps } from './field-props';
import { hintId, requiredId } from './field-props';

type LabelProps = Pick<FieldProps, 'id' | 'label' | 'required' | 'requiredNote'>;

/**
 * The wording plus a visible "(required)" note. The note is aria-hidden so the accessible name is
 * exactly the wording; it reaches assistive technology through aria-describedby / aria-required.
 */
function Wording({ id, label, required, requiredNote }: LabelProps) {
  return (
    <>
      <span className="q-wording">{label}</span>
      {required && (
        <span id={requiredId(id)} className="q-required" aria-hidden="true">
          {' '}
          {requiredNote}
        </span>
      )}
    </>
  );
}

export function TextLabel(props: LabelProps) {
  return (
    <label htmlFor={props.id} className="q-label">
      <Wording {...props} />
    </label>
  );
}

export function Legend(props: LabelProps) {
  return (
    <legend className="q-label">
      <Wording {...props} />
    </legend>
  );
}

export function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  if (!hint) return null;
  return (
    <p id={hintId(id)} className="q-hint">
      {hint}
    </p>
  );
}
