/** One response in the grid: key, workplace, status, progress, updated, creator, and Delete / Restore. */
import type { TFunction } from 'i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { ResponseStatus, ResponseSummary } from '../../db/records';
import { VERIFICATION_STATES, type VerificationState } from '../../db/verification-records';
import { formatProgress, formatUpdated } from '../../ui/response-format';

const STATUSES: readonly (ResponseStatus | 'deleted')[] = ['draft', 'completed', 'approved', 'rejected', 'deleted'];

/**
 * The words every row uses, translated once per grid (not once per row and cell: a grid of 30 rows
 * would otherwise ask i18next some 150 times on its first frame).
 */
export interface RowWords {
  status: Record<ResponseStatus | 'deleted', string>;
  verification: Record<VerificationState, string>;
  duplicate: string;
  noWorkplace: string;
  delete: string;
  restore: string;
  /** «Slet besvarelse R-0001» / «Gendan besvarelse R-0001», for the button's accessible name. */
  actionLabel(deleted: boolean, key: string): string;
}

export function rowWords(t: TFunction<'responses'>): RowWords {
  // The labels with the key in them are translated once around a placeholder, then filled in per row.
  const HOLE = '\u0000';
  const [deleteBefore = '', deleteAfter = ''] = t('deleteLabel', { key: HOLE }).split(HOLE);
  const [restoreBefore = '', restoreAfter = ''] = t('restoreLabel', { key: HOLE }).split(HOLE);
  return {
    status: Object.fromEntries(STATUSES.map((s) => [s, t(`status.${s}`)])) as RowWords['status'],
    verification: Object.fromEntries(VERIFICATION_STATES.map((v) => [v, t(`verification.${v}`)])) as RowWords['verification'],
    duplicate: t('duplicate'),
    noWorkplace: t('noWorkplace'),
    delete: t('delete'),
    restore: t('restore'),
    actionLabel: (deleted, key) => (deleted ? `${restoreBefore}${key}${restoreAfter}` : `${deleteBefore}${key}${deleteAfter}`),
  };
}

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
  words: RowWords;
  readOnly: boolean;
  onOpen(): void;
  onDeleteOrRestore(): void;
}

export function ResponseRow({ id, row, verification, duplicate = false, rowIndex, top, active, lang, words, readOnly, onOpen, onDeleteOrRestore }: Props) {
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
        {row.workplaceName || row.workplaceId || words.noWorkplace}
        {row.workplaceName && row.workplaceId ? <span className="muted"> · {row.workplaceId}</span> : null}
      </div>
      <div role="gridcell" className="cell col-status">
        {/* The column is narrow: a sign, its words in the tooltip and for screen readers. */}
        {duplicate ? (
          <span className="duplicate-badge" title={words.duplicate}>
            <span aria-hidden="true">⚠ </span>
            <span className="visually-hidden">{words.duplicate}: </span>
          </span>
        ) : null}
        <span className={`status status-${status}`}>{words.status[status]}</span>
        {verification ? <span className={`verification-badge verification-badge-${verification}`}> · {words.verification[verification]}</span> : null}
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
            aria-label={words.actionLabel(deleted, row.key)}
            onClick={(e) => {
              e.stopPropagation();
              onDeleteOrRestore();
            }}
          >
            {deleted ? words.restore : words.delete}
          </button>
        )}
      </div>
    </div>
  );
}
