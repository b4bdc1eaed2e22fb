/** The packages imported on this computer and when, newest first, with what each brought. */
import { formatDateTime } from '../../ui/format';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { ImportRecord } from '../../db/exchange-records';

export function ImportsTable({ imports, lang }: { imports: readonly ImportRecord[] | null; lang: Lang }) {
  const { t } = useTranslation('overview');
  return (
    <section aria-labelledby="overview-imports">
      <h2 id="overview-imports">{t('importsTitle')}</h2>
      {imports === null ? (
        <p>{t('loading')}</p>
      ) : imports.length === 0 ? (
        <p>{t('noImports')}</p>
      ) : (
        <table className="data-table" aria-labelledby="overview-imports">
          <thead>
            <tr>
              <th scope="col">{t('importedAt')}</th>
              <th scope="col">{t('importSurveyor')}</th>
              <th scope="col">{t('importDevice')}</th>
              <th scope="col">{t('importCounts')}</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => (
              <tr key={record.fingerprint}>
                <td>{formatDateTime(record.importedAt, lang)}</td>
                <td>{`${record.surveyor.name} (${record.surveyor.initials})`}</td>
                <td>
                  <code>{record.sourceDeviceId.slice(0, 8)}</code>
                </td>
                <td>
                  {t('importCountsValue', {
                    new: record.counts.new,
                    updated: record.counts.updated,
                    unchanged: record.counts.unchanged,
                    conflicts: record.counts.conflicts,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
