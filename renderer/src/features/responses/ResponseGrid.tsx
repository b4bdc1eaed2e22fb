/**
 * The response table: an ARIA grid that renders only the rows in view (@tanstack/react-virtual), so
 * 10,000 responses cost no more than 30. Focus stays on the grid; aria-activedescendant points at
 * the highlighted row, which arrow keys move and Enter opens.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { ResponseSummary } from '../../db/records';
import type { VerificationState } from '../../db/verification-records';
import type { SortDir, SortKey } from './response-query';
import { ResponseRow, rowWords } from './ResponseRow';

/** Fixed in app-shell.css too (.response-grid .grid-row): the virtualizer never measures. */
const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;
const PAGE = 10;

const COLUMNS: readonly SortKey[] = ['key', 'workplace', 'status', 'progress', 'updated', 'creator'];

interface Props {
  rows: readonly ResponseSummary[];
  /** Marked responses' verification states, shown beside the status. */
  verification?: ReadonlyMap<string, VerificationState>;
  /** Responses whose case has another response too. */
  duplicates?: ReadonlySet<string>;
  activeIndex: number;
  onActiveChange(index: number): void;
  onOpen(row: ResponseSummary): void;
  onDelete(row: ResponseSummary): void;
  onRestore(row: ResponseSummary): void;
  sort: SortKey;
  dir: SortDir;
  onSort(key: SortKey): void;
  lang: Lang;
  readOnly: boolean;
  gridRef: RefObject<HTMLDivElement | null>;
  describedBy?: string;
}

export function ResponseGrid(props: Props) {
  const { rows, activeIndex, onActiveChange, sort, dir, lang, readOnly, gridRef } = props;
  const { t } = useTranslation('responses');
  const words = useMemo(() => rowWords(t), [t]);
  const idBase = useId();
  const rowId = (i: number) => `${idBase}-row-${i}`;

  // The compiler lint warns that TanStack Virtual returns a mutable instance; this app does not use the
  // React Compiler, and the grid re-renders through the virtualizer's own onChange.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // jsdom and a first paint before layout: assume a screenful rather than nothing.
    initialRect: { width: 1000, height: 600 },
  });

  // Coming back from a response: bring its row into view once; later moves scroll as they happen.
  const scrolledOnMount = useRef(false);
  useEffect(() => {
    if (scrolledOnMount.current) return;
    scrolledOnMount.current = true;
    if (activeIndex > 0) virtualizer.scrollToIndex(activeIndex, { align: 'center' });
  }, [activeIndex, virtualizer]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || rows.length === 0) return; // header buttons keep their keys
    const last = rows.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      const index = Math.max(0, Math.min(last, to));
      onActiveChange(index);
      virtualizer.scrollToIndex(index);
    };
    const current = rows[activeIndex];
    switch (e.key) {
      case 'ArrowDown': return move(activeIndex + 1);
      case 'ArrowUp': return move(activeIndex - 1);
      case 'PageDown': return move(activeIndex + PAGE);
      case 'PageUp': return move(activeIndex - PAGE);
      case 'Home': return move(0);
      case 'End': return move(last);
      case 'Enter':
        if (current) {
          e.preventDefault();
          props.onOpen(current);
        }
        return;
      case 'Delete':
        if (current && !readOnly && current.deleted === 0) {
          e.preventDefault();
          props.onDelete(current);
        }
        return;
      case 'r':
      case 'R':
        if (current && !readOnly && current.deleted === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          props.onRestore(current);
        }
        return;
    }
  }

  const headerCell = (key: SortKey) => {
    const ariaSort = sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;
    return (
      <div key={key} role="columnheader" aria-sort={ariaSort} className={`cell col-${key}`}>
        <button type="button" className="sort-button" onClick={() => props.onSort(key)}>
          {t(`columns.${key}`)}
          <span aria-hidden="true">{sort === key ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </div>
    );
  };

  const active = rows[activeIndex];
  return (
    <div
      ref={gridRef}
      role="grid"
      className="response-grid"
      tabIndex={0}
      aria-label={t('title')}
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length + 1}
      aria-activedescendant={active ? rowId(activeIndex) : undefined}
      aria-describedby={props.describedBy}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row">
          {COLUMNS.map(headerCell)}
          <div role="columnheader" className="cell col-actions">{t('columns.actions')}</div>
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const index = item.index;
          return (
            <ResponseRow
              key={row.id}
              id={rowId(index)}
              row={row}
              verification={props.verification?.get(row.id)}
              duplicate={props.duplicates?.has(row.id) === true}
              rowIndex={index + 2}
              top={item.start - HEADER_HEIGHT}
              active={index === activeIndex}
              lang={lang}
              words={words}
              readOnly={readOnly}
              onOpen={() => {
                onActiveChange(index);
                props.onOpen(row);
              }}
              onDeleteOrRestore={() => {
                onActiveChange(index);
                if (row.deleted === 1) props.onRestore(row);
                else props.onDelete(row);
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
