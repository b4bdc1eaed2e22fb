import { danishDate } from '../../../core/dates/calendar-date';
import type { AnswerValue } from '../../../core/questionnaire/model';
import { textToAnswer } from '../answer-text';
import { useDraftCommit } from '../use-draft-commit';
import type { FieldProps } from './field-props';
import { Hint, TextLabel } from './FieldLabel';
import { moveOnKey, useRekey } from './TextField';

/** A stored date (ISO) as the field shows it: dd-mm-åååå. */
const shown = (value: AnswerValue | undefined): string => (value === undefined ? '' : danishDate(String(value)));

/**
 * A date keyed as text: dd-mm-åååå (or ISO åååå-mm-dd), turned into ISO by `normaliseAnswer`; an
 * impossible date (31-02-2021) is refused with the reason. It commits on Enter or on leaving only,
 * never after a pause, so a half-typed date is not judged.
 */
export function DateField(p: FieldProps & { formatNote: string }) {
  const { draft, change, flush, revert, clear } = useDraftCommit(p.value, shown, textToAnswer, p.onCommit, false);
  useRekey(p.rekey, clear);
  const noteId = `${p.id}-format`;
  return (
    <>
      <TextLabel {...p} />
      <Hint id={p.id} hint={p.hint} />
      <p id={noteId} className="q-hint">
        {p.formatNote}
      </p>
      <input
        id={p.id}
        name={p.name}
        type="text"
        inputMode="numeric"
        className="q-input"
        autoComplete="off"
        spellCheck={false}
        size={12}
        maxLength={10}
        placeholder={p.lang === 'da' ? 'dd-mm-åååå' : 'dd-mm-yyyy'}
        value={draft}
        readOnly={p.readOnly}
        aria-required={p.required || undefined}
        aria-invalid={p.invalid || undefined}
        aria-describedby={[noteId, p.describedBy].filter(Boolean).join(' ')}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          if (!flush()) revert();
        }}
        onKeyDown={moveOnKey(flush, p)}
      />
    </>
  );
}
