/** One report per imported file: counts, "already imported", or the refusal and its reason. */
import { formatDateTime } from '../../ui/format';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { ImportOutcome } from '../../db/exchange-repository';

const FIELDWORK_PARTS = ['cases', 'casesWithdrawn', 'attempts', 'caseLinks', 'verifications', 'keyingSessions', 'comments'] as const;

/** What of the fieldwork came in ("Opgaver 2, kontaktforsøg 1"): only what is not zero; nothing when all are. */
function FieldworkLine({ fieldwork }: { fieldwork: Extract<ImportOutcome, { status: 'imported' }>['fieldwork'] }) {
  const { t } = useTranslation('exchange');
  const parts = FIELDWORK_PARTS.filter((part) => fieldwork[part] > 0).map((part) => t(`fieldwork.${part}`, { count: fieldwork[part] }));
  return parts.length === 0 ? null : <p>{t('fieldwork.line', { parts: parts.join(', ') })}</p>;
}

export function ImportReports({ outcomes, lang }: { outcomes: readonly ImportOutcome[]; lang: Lang }) {
  const { t } = useTranslation('exchange');
  const at = (iso: string) => formatDateTime(iso, lang);
  return (
    <section aria-labelledby="reports-title">
      <h3 id="reports-title">{t('reportsTitle')}</h3>
      <ul className="import-reports">
        {outcomes.map((outcome, index) => (
          <li key={`${outcome.fileName}-${index}`}>
            {outcome.status === 'imported' ? (
              <>
                <p>
                  {t('imported', {
                    file: outcome.fileName,
                    new: outcome.report.new,
                    updated: outcome.report.updated,
                    unchanged: outcome.report.unchanged + outcome.report.older,
                    conflicts: outcome.report.conflicts,
                    refused: outcome.report.refused.length,
                  })}{' '}
                  {t('from', { surveyor: outcome.manifest.surveyor.name, at: at(outcome.manifest.createdAt) })}
                </p>
                <FieldworkLine fieldwork={outcome.fieldwork} />
                {outcome.warnings.map((warning) => (
                  <p key={warning.code}>{warning.message[lang]}</p>
                ))}
                {outcome.report.refused.length > 0 ? (
                  <ul>
                    {outcome.report.refused.map((refused) => (
                      <li key={refused.id}>{t('refusedResponse', { key: refused.key, reason: refused.reason[lang] })}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : outcome.status === 'already-imported' ? (
              <p>{t('alreadyImported', { file: outcome.fileName, at: at(outcome.previous.importedAt) })}</p>
            ) : (
              <div role="alert">
                <p>{t('refused', { file: outcome.fileName })}</p>
                <p>{outcome.message[lang]}</p>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
