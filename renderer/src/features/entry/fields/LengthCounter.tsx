import { useTranslation } from 'react-i18next';
import { showCounter } from '../../../core/limits/limits';
import type { Lang } from '../../../core/questionnaire/model';
import { formatCount } from '../../../ui/format';

export const counterId = (id: string) => `${id}-count`;

/**
 * "9.850 af 10.000 tegn" under a text field once its text nears the limit (`core/limits`), and
 * "for lang" past it; the store and the field refuse a longer text with the message in words.
 */
export function LengthCounter({ id, length, max, lang }: { id: string; length: number; max: number; lang: Lang }) {
  const { t } = useTranslation('entry', { lng: lang });
  if (!showCounter(length, max)) return null;
  const over = length > max;
  return (
    <p id={counterId(id)} className={over ? 'q-counter q-counter-over' : 'q-counter'}>
      {t(over ? 'counter.over' : 'counter.near', { length: formatCount(length, lang), max: formatCount(max, lang) })}
    </p>
  );
}
