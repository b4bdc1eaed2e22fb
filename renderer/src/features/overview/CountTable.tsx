/** One "responses by …" table: a caption, a row per group, the count right-aligned. */
import { useTranslation } from 'react-i18next';
import type { CountRow } from './overview-counts';

interface Props {
  caption: string;
  rows: readonly CountRow[];
  labelOf(row: CountRow): string;
  format(n: number): string;
}

export function CountTable({ caption, rows, labelOf, format }: Props) {
  const { t } = useTranslation('overview');
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group')}</th>
          <th scope="col" className="number">{t('count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.value}>
            <th scope="row">{labelOf(row)}</th>
            <td className="number">{format(row.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
