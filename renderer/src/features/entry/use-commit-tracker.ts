import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answers, AnswerValue } from '../../core/questionnaire/model';
import { answerOf, sameAnswer, withAnswer } from '../../db/answer-change';
import type { SaveState } from '../../ui/SaveIndicator';

export interface FieldSave {
  state: SaveState;
  /** The refusal, for state 'error'. */
  error?: unknown;
}

export type CommitFn = (field: string, value: AnswerValue | undefined) => Promise<void>;

interface Pending {
  value: AnswerValue | undefined;
  seq: number;
}

interface Snapshot {
  overlay: ReadonlyMap<string, AnswerValue | undefined>;
  saves: ReadonlyMap<string, FieldSave>;
}

/**
 * Commits answers and keeps what the surveyor entered on screen while it is saved and when saving
 * fails. The latest value committed per field lies over the stored answers (`effective`), so routing
 * follows a choice at once and a refused save never takes the typed value away. "Saved" is shown
 * only when `onCommit` resolved; answers of an older commit that resolve late are ignored.
 */
export function useCommitTracker(answers: Answers, onCommit: CommitFn) {
  // Mutated only in event handlers and promise callbacks; rendering reads the published snapshot.
  const store = useRef({ overlay: new Map<string, Pending>(), saves: new Map<string, FieldSave>(), inflight: new Set<Promise<void>>(), seq: 0 });
  const [snapshot, setSnapshot] = useState<Snapshot>(() => ({ overlay: new Map(), saves: new Map() }));
  const latest = useRef({ answers, onCommit });
  useEffect(() => {
    latest.current = { answers, onCommit };
  });

  const publish = useCallback(() => {
    const s = store.current;
    setSnapshot({ overlay: new Map([...s.overlay].map(([k, p]) => [k, p.value])), saves: new Map(s.saves) });
  }, []);

  /** The answers as the surveyor sees them now (for decisions taken in handlers). */
  const current = useCallback((): Answers => {
    let out = latest.current.answers;
    for (const [field, p] of store.current.overlay) out = withAnswer(out, field, p.value);
    return out;
  }, []);

  const commit = useCallback(
    (field: string, value: AnswerValue | undefined) => {
      const s = store.current;
      const failed = s.saves.get(field)?.state === 'error';
      if (!failed && sameAnswer(answerOf(current(), field), value)) return;
      const seq = ++s.seq;
      s.overlay.set(field, { value, seq });
      s.saves.set(field, { state: 'saving' });
      publish();
      const isLatest = () => s.overlay.get(field)?.seq === seq;
      const done = latest.current.onCommit(field, value).then(
        () => {
          if (!isLatest()) return;
          s.saves.set(field, { state: 'saved' });
          publish();
        },
        (error: unknown) => {
          if (!isLatest()) return;
          s.saves.set(field, { state: 'error', error });
          publish();
        },
      );
      s.inflight.add(done);
      void done.finally(() => s.inflight.delete(done));
    },
    [current, publish],
  );

  /** Resolves when every commit started so far has resolved or failed. */
  const settle = useCallback(async () => {
    while (store.current.inflight.size > 0) await Promise.allSettled([...store.current.inflight]);
  }, []);

  const failedFields = useCallback(
    () => [...store.current.saves].filter(([, save]) => save.state === 'error').map(([field]) => field),
    [],
  );

  const effective = useMemo(() => {
    let out = answers;
    for (const [field, value] of snapshot.overlay) out = withAnswer(out, field, value);
    return out;
  }, [answers, snapshot.overlay]);

  return { effective, saves: snapshot.saves, commit, settle, current, failedFields };
}
