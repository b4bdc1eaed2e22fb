/**
 * One differing field: a radio group named by the question's wording, one radio per side, each
 * labelled with the side and its value. Arrow keys move between sides (native radios).
 */
import { useTranslation } from 'react-i18next';

interface Props {
  /** Unique within the view: names the radio group. */
  id: string;
  legend: string;
  /** Each side's value as shown (null: not answered). */
  values: readonly (string | null)[];
  chosen: number;
  onChoose(side: number): void;
}

export function FieldChoice({ id, legend, values, chosen, onChoose }: Props) {
  const { t } = useTranslation('conflicts');
  return (
    <fieldset className="conflict-field differs">
      <legend>
        {legend} <span className="differs-badge">{t('differs')}</span>
      </legend>
      <div className="conflict-sides">
        {values.map((value, side) => (
          <label key={side} className={side === chosen ? 'conflict-side chosen' : 'conflict-side'}>
            <input type="radio" name={id} checked={side === chosen} onChange={() => onChoose(side)} />
            <span className="visually-hidden">{t('side', { n: side + 1 })}: </span>
            <span>{value ?? t('notAnswered')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
