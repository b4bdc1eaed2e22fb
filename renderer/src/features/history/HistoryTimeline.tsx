/** The timeline: every change to the response as an ordered list, oldest first, each with who, when, what and why. */
import { formatDateTime } from '../../ui/format';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../core/audit/audit-entry';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import { actionText, changeText } from '../../ui/audit-entry-text';

interface Props {
  entries: readonly AuditEntry[];
  /** The edition entry `i` was recorded in (its wordings and option texts). */
  editionAt(i: number): Questionnaire;
  lang: Lang;
  /** The entry whose moment the "as it was" view shows. */
  selected: number;
  onSelect(index: number): void;
}

export function formatTime(at: string, lang: Lang): string {
  return formatDateTime(at, lang, { seconds: true });
}

export function HistoryTimeline({ entries, editionAt, lang, selected, onSelect }: Props) {
  const { t } = useTranslation('history');
  return (
    <ol className="history-timeline" aria-label={t('timeline')}>
      {entries.map((e, i) => {
        const questionnaire = editionAt(i);
        const change = changeText(t, questionnaire, e, lang);
        const role = e.actorRole ? t(`role.${e.actorRole}`) : t('noRole');
        return (
          <li key={e.id} className={i === selected ? 'history-item history-selected' : 'history-item'}>
            <p className="history-head">
              <time dateTime={e.at}>{formatTime(e.at, lang)}</time>
              {' · '}
              <span className="history-who">{t('by', { name: e.actorName, initials: e.actorInitials, role })}</span>
            </p>
            <p className="history-what">
              <strong>{actionText(t, questionnaire, e, lang)}</strong>
              {change !== null ? <span className="history-change">: {change}</span> : null}
            </p>
            {e.reason ? <p className="history-reason">{t('reason', { reason: e.reason })}</p> : null}
            <button type="button" className="link-button" aria-pressed={i === selected} onClick={() => onSelect(i)}>
              {t('showAt')}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
