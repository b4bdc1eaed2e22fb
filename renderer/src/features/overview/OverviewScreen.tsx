/**
 * The coordinator overview: counts by surveyor, status, government level and area; the packages
 * imported and when; and workplaces with more than one response (possible duplicates).
 */
import { say } from '../../i18n/say';
import type { ResponseStatus } from '../../core/permissions/roles';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../app/locale';
import { useServices } from '../../app/services-context';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { useMemo } from 'react';
import { acrossHeldEditions, listVocabulary } from '../../analysis/held-editions';
import type { Lang } from '../../core/questionnaire/model';
import type { StratumCode } from '../../core/weights/population';
import './overview.css';
import { CountTable } from './CountTable';
import type { CountRow } from './overview-counts';
import { ImportsTable } from './ImportsTable';
import { useOverview } from './use-overview';

/**
 * Coordinators only: the route guard asks the roles table (`view-overview`). `onOpenDuplicates`: the
 * side-by-side view where one response of a workplace keyed twice is kept.
 */
export function OverviewScreen({ onOpenDuplicates }: { onOpenDuplicates?(): void }) {
  return <OverviewForCoordinator {...(onOpenDuplicates ? { onOpenDuplicates } : {})} />;
}

/** A level's or area's label in the newest held edition's words (the codes counted are that edition's). */
function codeLabel(codes: readonly StratumCode[], lang: Lang) {
  return (row: CountRow) => codes.find((c) => c.code === row.value)?.label[lang] ?? row.value;
}

function OverviewForCoordinator({ onOpenDuplicates }: { onOpenDuplicates?(): void }) {
  const { questionnaire, questionnaires, lang } = useServices();
  const { t } = useTranslation('overview');
  // Across editions a renamed option is one row, under the newest edition's code and words.
  const editions = useMemo(() => acrossHeldEditions(questionnaire, questionnaires.catalog.all()), [questionnaire, questionnaires]);
  const vocabulary = useMemo(() => listVocabulary(questionnaire, editions), [questionnaire, editions]);
  const { overview, imports, problem } = useOverview(editions);
  const number = new Intl.NumberFormat(localeOf(lang));
  const format = (n: number) => number.format(n);
  const orUnanswered = (label: (row: CountRow) => string) => (row: CountRow) => (row.value === '' ? t('unanswered') : label(row));

  return (
    <ScreenFrame title={t('title')} className="overview-screen">
      {problem ? <p role="alert">{t('failed', { message: problem })}</p> : null}
      {!overview ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <p>{t('total', { total: format(overview.total), deleted: format(overview.deleted) })}</p>
          <div className="overview-grid">
            <CountTable caption={t('bySurveyor')} rows={overview.bySurveyor} labelOf={(r) => r.name} format={format} />
            <CountTable caption={t('byStatus')} rows={overview.byStatus} labelOf={(r) => say(t, `status.${r.value as ResponseStatus}`)} format={format} />
            <CountTable caption={t('byLevel')} rows={overview.byLevel} labelOf={orUnanswered(codeLabel(vocabulary.sector_level, lang))} format={format} />
            <CountTable caption={t('byArea')} rows={overview.byArea} labelOf={orUnanswered(codeLabel(vocabulary.policy_area, lang))} format={format} />
          </div>
          <section aria-labelledby="overview-duplicates">
            <h2 id="overview-duplicates">{t('duplicatesTitle')}</h2>
            {overview.duplicates.length === 0 ? (
              <p>{t('noDuplicates')}</p>
            ) : (
              <>
                <p>{t('duplicatesIntro')}</p>
                {overview.duplicates.map((group) => (
                  <ul key={group.workplaceId} aria-label={t('duplicateGroup', { id: group.workplaceId })}>
                    {group.responses.map((r) => (
                      <li key={r.id}>{t('duplicateItem', { key: r.key, workplace: r.workplaceName, surveyor: r.createdByName })}</li>
                    ))}
                  </ul>
                ))}
                {onOpenDuplicates ? (
                  <button type="button" onClick={onOpenDuplicates}>
                    {t('openDuplicates')}
                  </button>
                ) : null}
              </>
            )}
          </section>
        </>
      )}
      <ImportsTable imports={imports} lang={lang} />
    </ScreenFrame>
  );
}
