/** Problems or notices of an XLSForm, each with its place in the file (sheet, row, column, character). */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { XlsFormProblem } from '../../core/xlsform/xlsform-types';

export function XlsFormProblems({ problems, lang }: { problems: readonly XlsFormProblem[]; lang: Lang }) {
  const { t } = useTranslation('questionnaires');
  const placeOf = (p: XlsFormProblem): string => {
    const base =
      p.row !== undefined && p.column !== undefined
        ? t('place', { sheet: p.sheet, row: p.row, column: p.column })
        : p.row !== undefined
          ? t('placeRow', { sheet: p.sheet, row: p.row })
          : t('placeSheet', { sheet: p.sheet });
    return p.position === undefined ? base : `${base}, ${t('placePosition', { position: p.position + 1 })}`;
  };
  return (
    <ul className="xlsform-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <strong>{placeOf(p)}:</strong> {p.message[lang]}
        </li>
      ))}
    </ul>
  );
}
