/**
 * The response list screen, driven by props: search, status filter, sort, the virtualised grid,
 * the delete confirmation and the keyboard shortcuts. Data loading lives in ResponsesScreen.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { ResponseSummary } from '../../db/records';
import type { VerificationState } from '../../db/verification-records';
import { localeOf } from '../../app/locale';
import { refusalText } from '../../ui/refusal-text';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ResponseGrid } from './ResponseGrid';
import { INITIAL_LIST_VIEW, type ListView } from './list-view';
import { defaultDir, queryResponses, VERIFICATION_FILTERS, type ListQuery, type SortKey, type StatusFilter, type VerificationFilter } from './response-query';
import { useNewResponseShortcut } from './use-new-response-shortcut';

export interface ResponseListProps {
  summaries: readonly ResponseSummary[];
  lang: Lang;
  readOnly: boolean;
  /** The role creates, deletes and restores responses (false for auditors); default true. */
  canChange?: boolean;
  onOpen(id: string): void;
  onNew(): void;
  onDelete(id: string): Promise<void>;
  onRestore(id: string): Promise<void>;
  /** Extra toolbar actions (the export button). */
  toolbarExtra?: ReactNode;
  /** Search, filter, sort and highlight to start from (kept by the app while a response is open). */
  initialView?: ListView;
  onViewChange?: (view: ListView) => void;
  /** Focus the list (or "New response" when it is empty) when it appears. */
  autoFocus?: boolean;
  /** Only the newest rows are loaded yet (the first screen); the rest are on their way. */
  partial?: boolean;
  /** Each marked response's verification state (shown beside its status, and a filter). */
  verification?: ReadonlyMap<string, VerificationState>;
  /** Responses whose case has another response too (flagged beside the status). */
  duplicates?: ReadonlySet<string>;
}

const NO_VERIFICATIONS: ReadonlyMap<string, VerificationState> = new Map();

const FILTERS: readonly StatusFilter[] = ['all', 'draft', 'completed', 'rejected', 'approved', 'deleted'];

export function ResponseList(props: ResponseListProps) {
  const { summaries, lang, onNew } = props;
  const canChange = props.canChange ?? true;
  const readOnly = props.readOnly || !canChange;
  const { t } = useTranslation('responses');
  const { t: tc } = useTranslation('common');
  const initial = props.initialView ?? INITIAL_LIST_VIEW;
  const [query, setQuery] = useState<ListQuery>(initial.query);
  // The highlighted row by id (it follows its response through sorting), and by position (so a
  // deleted row's neighbour takes over the highlight).
  const [active, setActive] = useState<{ id: string | null; index: number }>({ id: initial.activeId, index: 0 });
  const [pending, setPending] = useState<ResponseSummary | null>(null);
  const [message, setMessage] = useState('');
  const gridRef = useRef<HTMLDivElement>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const searchId = useId();
  const filterId = useId();
  const verificationFilterId = useId();
  const verification = props.verification ?? NO_VERIFICATIONS;
  const helpId = useId();

  const rows = useMemo(() => queryResponses(summaries, query, verification), [summaries, query, verification]);
  // "Viser 4 af 5" counts what the filter chooses from: the deleted only when they are shown.
  const total = useMemo(() => {
    const deleted = summaries.filter((s) => s.deleted === 1).length;
    return query.status === 'deleted' ? deleted : summaries.length - deleted;
  }, [summaries, query.status]);
  const found = active.id === null ? -1 : rows.findIndex((r) => r.id === active.id);
  const activeIndex = rows.length === 0 ? -1 : found >= 0 ? found : Math.min(active.index, rows.length - 1);

  useNewResponseShortcut(!readOnly && pending === null, onNew);

  // Reported as it changes: the route keeps it, so Back from a response finds the list as it was.
  const reportView = useRef(props.onViewChange);
  useEffect(() => {
    reportView.current = props.onViewChange;
  });
  useEffect(() => {
    reportView.current?.({ query, activeId: active.id });
  }, [query, active.id]);

  const autoFocus = props.autoFocus ?? false;
  useEffect(() => {
    if (autoFocus) (gridRef.current ?? newRef.current)?.focus();
  }, [autoFocus]);

  const update = (patch: Partial<ListQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const onSort = (sort: SortKey) =>
    setQuery((q) => ({ ...q, sort, dir: q.sort === sort ? (q.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort) }));

  const run = useCallback(
    async (action: () => Promise<void>, done: string) => {
      try {
        await action();
        setMessage(done);
      } catch (e) {
        setMessage(t('actionFailed', { message: refusalText(e, lang) }));
      }
    },
    [t, lang],
  );

  const restore = (row: ResponseSummary) => void run(() => props.onRestore(row.id), t('restored', { key: row.key }));
  const confirmDelete = () => {
    const row = pending;
    setPending(null);
    if (row) void run(() => props.onDelete(row.id), t('deleted', { key: row.key }));
  };

  const number = new Intl.NumberFormat(localeOf(lang));
  return (
    <ScreenFrame
      title={t('title')}
      fill
      className="response-list"
      actions={
        <>
          {canChange ? (
            <button ref={newRef} type="button" className="primary" onClick={onNew} disabled={readOnly} aria-keyshortcuts="N Control+N">
              {t('newResponse')}
            </button>
          ) : null}
          {props.toolbarExtra}
        </>
      }
    >
      <div className="list-toolbar">
        <div className="field">
          <label htmlFor={searchId}>{t('search')}</label>
          <input
            id={searchId}
            type="search"
            value={query.search}
            onChange={(e) => update({ search: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'Enter') {
                e.preventDefault();
                gridRef.current?.focus();
              }
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={filterId}>{t('statusFilter')}</label>
          <select id={filterId} value={query.status} onChange={(e) => update({ status: e.target.value as StatusFilter })}>
            {FILTERS.map((f) => (
              <option key={f} value={f}>{t(`filter.${f}`)}</option>
            ))}
          </select>
        </div>
        {verification.size > 0 ? (
          <div className="field">
            <label htmlFor={verificationFilterId}>{t('verificationFilter')}</label>
            <select
              id={verificationFilterId}
              value={query.verification ?? 'all'}
              onChange={(e) => update({ verification: VERIFICATION_FILTERS.find((f) => f === e.target.value) ?? ('all' as VerificationFilter) })}
            >
              {VERIFICATION_FILTERS.map((f) => (
                <option key={f} value={f}>{t(`verification.${f}`)}</option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div className="list-status">
        <p role="status" className="count">
          {props.partial
            ? t('loadingAll')
            : t('showing', { shown: number.format(rows.length), total: number.format(total) })}
        </p>
        <p role="status" className="message">{message}</p>
      </div>
      <p id={helpId} className="keyboard-help">{t('keyboardHelp')}</p>
      {props.readOnly ? <p className="notice">{t('readOnly')}</p> : null}
      {rows.length === 0 ? (
        <p className="empty">{summaries.length === 0 ? t('empty') : t('noMatch')}</p>
      ) : (
        <ResponseGrid
          rows={rows}
          verification={verification}
          {...(props.duplicates ? { duplicates: props.duplicates } : {})}
          activeIndex={activeIndex}
          onActiveChange={(i) => setActive({ id: rows[i]?.id ?? null, index: i })}
          onOpen={(row) => props.onOpen(row.id)}
          onDelete={setPending}
          onRestore={restore}
          sort={query.sort}
          dir={query.dir}
          onSort={onSort}
          lang={lang}
          readOnly={readOnly}
          gridRef={gridRef}
          describedBy={helpId}
        />
      )}
      {pending ? (
        <ConfirmDialog
          title={t('confirmDelete.title', { key: pending.key })}
          body={t('confirmDelete.body')}
          confirmLabel={t('confirmDelete.confirm')}
          cancelLabel={tc('cancel')}
          onConfirm={confirmDelete}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </ScreenFrame>
  );
}
