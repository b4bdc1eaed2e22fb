/** The queue as a plain table: one row per response, its key a button that opens it (Tab, Enter). */
import { useTranslation } from 'react-i18next';
import type { EditionSet } from '../../core/editions/edition-set';
import { rowStrataIn } from '../../core/export/selection';
import type { Lang } from '../../core/questionnaire/model';
import type { StratumCode } from '../../core/weights/population';
import type { ResponseSummary } from '../../db/records';
import { formatUpdated } from '../../ui/response-format';

interface Props {
  rows: readonly ResponseSummary[];
  levels: readonly StratumCode[];
  areas: readonly StratumCode[];
  /** Across editions: each row's level and area shown in the newest edition's words, as the filters list them. */
  editions?: EditionSet | undefined;
  lang: Lang;
  onOpen(id: string): void;
}

const labelOf = (choices: readonly StratumCode[], code: string, lang: Lang) => choices.find((c) => c.code === code)?.label[lang] ?? code;

export function ReviewTable({ rows, levels, areas, editions, lang, onOpen }: Props) {
  const { t } = useTranslation('review');
  const { t: tr } = useTranslation('responses');
  return (
    <table className="data-table" aria-label={t('tableLabel')}>
      <thead>
        <tr>
          {(['key', 'workplace', 'surveyor', 'level', 'area', 'status', 'updated'] as const).map((c) => (
            <th key={c} scope="col">{t(`columns.${c}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const strata = rowStrataIn(editions, row);
          return (
            <tr key={row.id}>
              <th scope="row">
                <button type="button" className="link" aria-label={t('open', { key: row.key })} onClick={() => onOpen(row.id)}>
                  {row.key}
                </button>
              </th>
              <td>{row.workplaceName || row.workplaceId || t('noWorkplace')}</td>
              <td>{row.createdByName}</td>
              <td>{strata.sectorLevel ? labelOf(levels, strata.sectorLevel, lang) : ''}</td>
              <td>{strata.policyArea ? labelOf(areas, strata.policyArea, lang) : ''}</td>
              <td><span className={`status status-${row.status}`}>{tr(`status.${row.status}`)}</span></td>
              <td>{formatUpdated(row.updatedAt, lang)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
