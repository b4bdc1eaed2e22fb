/**
 * Duplicates (coordinator only): workplaces keyed in more than one live response — the same
 * workplace id or the same case, typically from two laptops — and for the one chosen, the responses
 * side by side with a way to keep one (the others deleted, one audited decision).
 */
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { formatDateTime } from '../../ui/format';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { DuplicateCompare } from './DuplicateCompare';
import { useDuplicates } from './use-duplicates';
import './duplicates.css';

/** Coordinators only: the route guard asks the roles table (`resolve-duplicate`). */
export function DuplicatesScreen({ onOpenResponse }: { onOpenResponse?(responseId: string): void }) {
  const { questionnaire, questionnaires, lang } = useServices();
  const { t } = useTranslation('duplicates');
  const state = useDuplicates();
  const openGroup = state.open ? state.groups?.find((g) => g.responses.some((r) => r.id === state.open?.[0]?.id)) : undefined;
  const done = state.done;

  return (
    <ScreenFrame title={t('title')} className="duplicates-screen">
      <p>{t('intro')}</p>
      <p role="status">
        {done ? t('kept', { kept: done.kept.key, deleted: done.deleted.map((d) => d.key).join(', ') }) : state.gone ? t('gone') : ''}
        {done?.linkedCase ? ` ${t('linkedCase', { kept: done.kept.key, case: done.linkedCase })}` : ''}
      </p>
      {state.problem ? <p role="alert">{state.problem}</p> : null}
      {state.open ? (
        <DuplicateCompare
          key={state.open.map((s) => `${s.id}:${s.revision}`).join(',')}
          sides={state.open}
          workplaceIds={openGroup?.workplaceIds ?? []}
          questionnaire={questionnaire}
          held={questionnaires.catalog}
          lang={lang}
          onKeep={state.keep}
          {...(onOpenResponse ? { onOpenResponse } : {})}
          onBack={() => state.select(null)}
        />
      ) : state.groups === null ? (
        <p>{t('loading')}</p>
      ) : state.groups.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul aria-label={t('listLabel')} className="duplicate-list">
          {state.groups.map((g) => {
            const keys = g.responses.map((r) => r.key).join(', ');
            return (
              <li key={g.responses.map((r) => r.id).join(',')}>
                <h2>{t('group', { ids: g.workplaceIds.join(', ') })}</h2>
                <ul>
                  {g.responses.map((r) => (
                    <li key={r.id}>
                      {t('item', { key: r.key, workplace: r.workplaceName || t('noWorkplace'), surveyor: r.createdByName, time: formatDateTime(r.createdAt, lang), status: t(`status.${r.status}`) })}
                    </li>
                  ))}
                </ul>
                <button type="button" onClick={() => state.select(g.responses[0]?.id ?? null)}>
                  {t('open', { keys })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </ScreenFrame>
  );
}
