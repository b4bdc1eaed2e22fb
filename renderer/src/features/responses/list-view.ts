import { DEFAULT_QUERY, type ListQuery } from './response-query';

/** What the response list remembers while the surveyor is in a response: search, filter, sort, highlight. */
export interface ListView {
  query: ListQuery;
  activeId: string | null;
}

export const INITIAL_LIST_VIEW: ListView = { query: DEFAULT_QUERY, activeId: null };
