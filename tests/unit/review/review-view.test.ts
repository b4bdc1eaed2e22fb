/** The review queue's screen filter turned into the store's filter: local days, "to" inclusive. */
import { describe, expect, it } from 'vitest';
import { matchesReviewFilter } from '../../../renderer/src/db/review-filter';
import type { ResponseSummary } from '../../../renderer/src/db/records';
import { EMPTY_REVIEW_VIEW, isBackwardRange, localDayStart, reviewFilterOf } from '../../../renderer/src/features/review/review-view';

const summary = (updatedAt: string): ResponseSummary => ({
  id: 'r1', key: 'AAA-BBB', status: 'completed', workplaceName: 'Skole', workplaceId: '12345678', createdById: 'p1', createdByName: 'Anna',
  sectorLevel: 'municipality', policyArea: 'education', createdAt: updatedAt, updatedAt, deleted: 0, progress: 1,
});

describe('the review filter from the screen', () => {
  it('starts on completed responses and leaves out what is not chosen', () => {
    expect(reviewFilterOf(EMPTY_REVIEW_VIEW)).toEqual({ statuses: ['completed'] });
    expect(reviewFilterOf({ ...EMPTY_REVIEW_VIEW, status: '', surveyorId: 'p1', level: 'region', area: 'health' })).toEqual({
      surveyorId: 'p1',
      sectorLevel: 'region',
      policyArea: 'health',
    });
  });

  it('takes whole local days: from the first instant of "from" up to and including the whole "to" day', () => {
    const f = reviewFilterOf({ ...EMPTY_REVIEW_VIEW, from: '2026-03-02', to: '2026-03-02' });
    expect(f.from).toBe(new Date(2026, 2, 2).toISOString());
    expect(f.to).toBe(new Date(2026, 2, 3).toISOString());
    expect(matchesReviewFilter(summary(new Date(2026, 2, 2, 0, 0).toISOString()), f)).toBe(true);
    expect(matchesReviewFilter(summary(new Date(2026, 2, 2, 23, 59, 59).toISOString()), f)).toBe(true);
    expect(matchesReviewFilter(summary(new Date(2026, 2, 3, 0, 0).toISOString()), f)).toBe(false);
    expect(matchesReviewFilter(summary(new Date(2026, 2, 1, 23, 59).toISOString()), f)).toBe(false);
  });

  it('ignores a malformed date rather than filtering on nonsense, and names a backward range', () => {
    expect(localDayStart('2026-3-2')).toBeUndefined();
    expect(localDayStart('')).toBeUndefined();
    expect(reviewFilterOf({ ...EMPTY_REVIEW_VIEW, from: 'nonsense' }).from).toBeUndefined();
    expect(isBackwardRange({ ...EMPTY_REVIEW_VIEW, from: '2026-03-02', to: '2026-03-01' })).toBe(true);
    expect(isBackwardRange({ ...EMPTY_REVIEW_VIEW, from: '2026-03-02', to: '2026-03-02' })).toBe(false);
  });
});
