import { DEFAULT_QUERY, defaultDir, VERIFICATION_FILTERS, type ListQuery, type SortDir, type SortKey, type StatusFilter } from './response-query';

/** What the response list remembers while the surveyor is in a response: search, filter, sort, highlight. */
export interface ListView {
  query: ListQuery;
  activeId: string | null;
}

/** Rows the list reads first, before the whole list (the start-up reads them for the first list): more than a tall window shows. */
export const FIRST_SCREEN_ROWS = 60;

export const INITIAL_LIST_VIEW: ListView = { query: DEFAULT_QUERY, activeId: null };

const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'draft', 'completed', 'rejected', 'approved', 'deleted'];
const SORT_KEYS: readonly SortKey[] = ['updated', 'key', 'workplace', 'status', 'progress', 'creator'];
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((v) => v === value) ?? fallback;

/** The list's view from the route's search (`?q=…&status=…&sort=…&dir=…&active=…`); anything unknown falls back to the default. */
export function listViewFromParams(params: URLSearchParams): ListView {
  const sort = oneOf(SORT_KEYS, params.get('sort'), DEFAULT_QUERY.sort);
  const verification = oneOf(VERIFICATION_FILTERS, params.get('verified'), 'all');
  return {
    query: {
      ...(verification !== 'all' ? { verification } : {}),
      search: params.get('q') ?? '',
      status: oneOf(STATUS_FILTERS, params.get('status'), DEFAULT_QUERY.status),
      sort,
      dir: oneOf<SortDir>(['asc', 'desc'], params.get('dir'), sort === DEFAULT_QUERY.sort ? DEFAULT_QUERY.dir : defaultDir(sort)),
    },
    activeId: params.get('active'),
  };
}

/** The route's search for a view: only what differs from the default, so the plain list is `/responses`. */
export function listViewToParams(view: ListView): URLSearchParams {
  const out = new URLSearchParams();
  const { search, status, sort, dir } = view.query;
  if (search) out.set('q', search);
  if (status !== DEFAULT_QUERY.status) out.set('status', status);
  if (sort !== DEFAULT_QUERY.sort) out.set('sort', sort);
  if (dir !== (sort === DEFAULT_QUERY.sort ? DEFAULT_QUERY.dir : defaultDir(sort))) out.set('dir', dir);
  if (view.query.verification !== undefined && view.query.verification !== 'all') out.set('verified', view.query.verification);
  if (view.activeId) out.set('active', view.activeId);
  return out;
}
