/** One response in the grid: key, workplace, status, progress, updated, creator, and Delete / Restore. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { ResponseSummary } from '../../db/records';
import type { VerificationState } from '../../db/verification-records';
import { formatProgress, formatUpdated } from '../../ui/response-format';

interface Props {
  id: string;
  row: ResponseSummary;
  /** Its verification state, when marked for verification. */
  verification?: VerificationState | undefined;
  /** Its case has another response too. */
  duplicate?: boolean;
  /** 1-based, counting the header row (aria-rowindex). */
  rowIndex: number;
  /** Offset in the grid body, in px. */
  top: number;
  active: boolean;
  lang: Lang;
  readOnly: boolean;
  onOpen(): void;
  onDeleteOrRestore(): void;
}

export function ResponseRow({ id, row, verification, duplicate = false, rowIndex, top, active, lang, readOnly, onOpen, onDeleteOrRestore }: Props) {
  const { t } = useTranslation('responses');
  const deleted = row.deleted === 1;
  const status = deleted ? 'deleted' : row.status;
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={active}
      className={`grid-row${active ? ' active' : ''}${deleted ? ' deleted' : ''}`}
      // Set through the CSSOM by React, which the strict CSP (no inline styles in markup) allows.
      style={{ transform: `translateY(${top}px)` }}
      onClick={onOpen}
    >
      <div role="gridcell" className="cell col-key">{row.key}</div>
      <div role="gridcell" className="cell col-workplace">
        {row.workplaceName || row.workplaceId || t('noWorkplace')}
        {row.workplaceName && row.workplaceId ? <span className="muted"> · {row.workplaceId}</span> : null}
      </div>
      <div role="gridcell" className="cell col-status">
        {/* The column is narrow: a sign, its words in the tooltip and for screen readers. */}
        {duplicate ? (
          <span className="duplicate-badge" title={t('duplicate')}>
            <span aria-hidden="true">⚠ </span>
            <span className="visually-hidden">{t('duplicate')}: </span>
          </span>
        ) : null}
        <span className={`status status-${status}`}>{t(`status.${status}`)}</span>
        {verification ? <span className={`verification-badge verification-badge-${verification}`}> · {t(`verification.${verification}`)}</span> : null}
      </div>
      <div role="gridcell" className="cell col-progress">{formatProgress(row.progress, lang)}</div>
      <div role="gridcell" className="cell col-updated">{formatUpdated(row.updatedAt, lang)}</div>
      <div role="gridcell" className="cell col-creator">{row.createdByName}</div>
      <div role="gridcell" className="cell col-actions">
        {readOnly ? null : (
          // Out of the tab order: the grid is one tab stop, and the Delete / R keys do the same.
          <button
            type="button"
            tabIndex={-1}
            className={deleted ? 'link-button' : 'link-button danger'}
            aria-label={t(deleted ? 'restoreLabel' : 'deleteLabel', { key: row.key })}
            onClick={(e) => {
              e.stopPropagation();
              onDeleteOrRestore();
            }}
          >
            {t(deleted ? 'restore' : 'delete')}
          </button>
        )}
      </div>
    </div>
  );
}
