/** The list's and the review queue's filters live in the route: read back exactly, unknown values dropped. */
import { describe, expect, it } from 'vitest';
import { INITIAL_LIST_VIEW, listViewFromParams, listViewToParams } from '../../../renderer/src/features/responses/list-view';
import { EMPTY_REVIEW_VIEW, reviewViewFromParams, reviewViewToParams } from '../../../renderer/src/features/review/review-view';

describe('the list view in the route', () => {
  it('the default view is the bare path', () => {
    expect(listViewToParams(INITIAL_LIST_VIEW).toString()).toBe('');
    expect(listViewFromParams(new URLSearchParams())).toEqual(INITIAL_LIST_VIEW);
  });

  it('search, status, sort, direction and the highlighted row come back as they were', () => {
    const view = { query: { search: 'Skole æ', status: 'completed' as const, sort: 'key' as const, dir: 'desc' as const }, activeId: 'r-7' };
    const params = listViewToParams(view);
    expect(params.toString()).toBe('q=Skole+%C3%A6&status=completed&sort=key&dir=desc&active=r-7');
    expect(listViewFromParams(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it('a column in its own starting direction leaves the direction out', () => {
    expect(listViewToParams({ query: { search: '', status: 'all', sort: 'key', dir: 'asc' }, activeId: null }).toString()).toBe('sort=key');
  });

  it('unknown values fall back to the defaults', () => {
    expect(listViewFromParams(new URLSearchParams('status=mars&sort=__proto__&dir=up'))).toEqual(INITIAL_LIST_VIEW);
  });
});

describe('the review queue view in the route', () => {
  it('opens on the completed responses; "any status" is said as status=any', () => {
    expect(reviewViewToParams(EMPTY_REVIEW_VIEW).toString()).toBe('');
    expect(reviewViewFromParams(new URLSearchParams())).toEqual(EMPTY_REVIEW_VIEW);
    const any = { ...EMPTY_REVIEW_VIEW, status: '' as const };
    expect(reviewViewToParams(any).toString()).toBe('status=any');
    expect(reviewViewFromParams(new URLSearchParams('status=any'))).toEqual(any);
  });

  it('every filter comes back; a malformed date is dropped', () => {
    const view = { status: 'rejected' as const, surveyorId: 'p1', level: 'municipality', area: '3', from: '2026-01-31', to: '2026-02-28', verification: 'verified' };
    expect(reviewViewFromParams(reviewViewToParams(view))).toEqual(view);
    expect(reviewViewFromParams(new URLSearchParams('verified=nonsense')).verification).toBe('');
    expect(reviewViewFromParams(new URLSearchParams('from=31.01.2026')).from).toBe('');
  });
});
