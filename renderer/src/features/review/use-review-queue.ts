/**
 * The review queue: every summary that can be in it, read once (and again after a bulk approval),
 * filtered in memory with the store's own filter function, so what the screen counts and lists is
 * what bulk approve acts on; the ids shown go along, and the store refuses when they differ.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { EditionSet } from '../../core/editions/edition-set';
import type { ResponseSummary } from '../../db/records';
import { reviewQueue } from '../../db/review-filter';
import type { VerificationState } from '../../db/verification-records';
import { reviewFilterOf, type ReviewView } from './review-view';

type Load = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; all: ResponseSummary[] };

/** `editions`: the editions held when there are several (`acrossHeldEditions`): the level and area filters are in the newest's codes. */
export function useReviewQueue(view: ReviewView, editions?: EditionSet) {
  const { review, profile } = useServices();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [states, setStates] = useState<ReadonlyMap<string, VerificationState>>(() => new Map());
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([review.queue(editions ? { editions } : {}), review.verificationStates()]).then(
      ([all, verification]) => {
        if (!live) return;
        setStates(verification);
        setLoad({ kind: 'ready', all });
      },
      (error: unknown) => live && setLoad({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [review, generation, editions]);

  const filter = useMemo(() => ({ ...reviewFilterOf(view), ...(editions ? { editions } : {}) }), [view, editions]);
  const all = load.kind === 'ready' ? load.all : null;
  const rows = useMemo(() => (all ? reviewQueue(all, filter, states) : []), [all, filter, states]);

  /** Surveyors who created a response in the queue, by name. */
  const surveyors = useMemo(() => {
    const byId = new Map<string, string>();
    for (const s of all ?? []) byId.set(s.createdById, s.createdByName);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }, [all]);

  const bulkApprove = useCallback(async () => {
    const approved = await review.bulkApprove(profile, filter, rows.map((r) => r.id));
    setGeneration((g) => g + 1);
    return approved.length;
  }, [review, profile, filter, rows]);

  return { load, rows, surveyors, bulkApprove };
}
