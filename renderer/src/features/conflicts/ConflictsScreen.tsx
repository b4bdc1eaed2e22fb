/**
 * Conflicts (coordinator only): the responses edited on two computers independently, and for the
 * one chosen, the side-by-side view to resolve it field by field.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { ownEdition } from '../../core/editions/own-edition';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { conflictRows } from './conflict-rows';
import { ConflictResolver } from './ConflictResolver';
import { useConflicts } from './use-conflicts';
import './conflicts.css';

/** Coordinators only: the route guard asks the roles table (`resolve-conflict`). */
export function ConflictsScreen() {
  return <ConflictsForCoordinator />;
}

function ConflictsForCoordinator() {
  const { questionnaire: inUse, questionnaires, lang } = useServices();
  const { t } = useTranslation('conflicts');
  const state = useConflicts();
  // The sides are answers of the response's own edition: its wordings and option texts label them.
  const questionnaire = useMemo(() => (state.open ? ownEdition(questionnaires.catalog, state.open, inUse) : inUse), [state.open, questionnaires, inUse]);
  const rows = useMemo(() => (state.open ? conflictRows(state.open.tree, questionnaire) : null), [state.open, questionnaire]);

  return (
    <ScreenFrame title={t('title')} className="conflicts-screen">
      <p>{t('intro')}</p>
      <p role="status">{state.resolvedKey ? t('resolved', { key: state.resolvedKey }) : ''}</p>
      {state.problem ? <p role="alert">{state.problem}</p> : null}
      {state.open && rows ? (
        <ConflictResolver
          key={state.open.responseId}
          responseKey={state.open.key}
          rows={rows}
          questionnaire={questionnaire}
          lang={lang}
          onResolve={state.resolve}
          onBack={() => state.select(null)}
        />
      ) : state.items === null ? (
        <p>{t('loading')}</p>
      ) : state.items.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul aria-label={t('listLabel')} className="conflict-list">
          {state.items.map((item) => (
            <li key={item.responseId}>
              <button type="button" onClick={() => state.select(item.responseId)} aria-label={t('open', { key: item.key })}>
                {t('listItem', { key: item.key, workplace: item.workplaceName || t('noWorkplace'), count: item.sides })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </ScreenFrame>
  );
}
