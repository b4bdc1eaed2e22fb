import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '../../core/questionnaire/model';
import { sameAnswer } from '../../db/answer-change';

/** How long typing must pause before a text or number field commits on its own. */
export const COMMIT_PAUSE_MS = 600;

export interface DraftCommit {
  draft: string;
  /** Call on every keystroke: shows it at once and commits after a pause. */
  change(text: string): void;
  /** Commits what was typed since the last commit, now (blur, Enter, unmount). False: the field refused it. */
  flush(): boolean;
  /** Shows the stored value again (after a refused value, when the typist leaves the field). */
  revert(): void;
  /** Empties the field for a re-keying: Enter moves on only once something was typed again. */
  clear(): void;
}

/** `refused` while a field waits to be re-keyed: nothing typed yet, so Enter cannot move on. */
const AWAITING_REKEY = '\u0000rekey';

/**
 * The text a surveyor is typing, committed on blur, on Enter and after a pause; never lost:
 * the pending text is flushed when the field unmounts (section change, leaving the screen).
 * The draft follows the stored value only when that value means something else than the draft,
 * so a commit of "2,50" (stored 2.5) never rewrites what is on screen.
 */
export function useDraftCommit(
  value: AnswerValue | undefined,
  toText: (v: AnswerValue | undefined) => string,
  fromText: (text: string) => AnswerValue | undefined,
  commit: (v: AnswerValue | undefined) => boolean | void,
  /** Commit after a pause in typing (off while verifying on the fly: only Enter or leaving the field counts). */
  commitOnPause = true,
): DraftCommit {
  const [draft, setDraft] = useState(() => toText(value));
  const [seen, setSeen] = useState(value);
  if (!sameAnswer(value, seen)) {
    setSeen(value);
    if (!sameAnswer(fromText(draft), value)) setDraft(toText(value));
  }

  const typed = useRef<string | null>(null);
  const refused = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ commit, fromText, toText, value });
  useEffect(() => {
    latest.current = { commit, fromText, toText, value };
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = typed.current;
    if (text === null) return refused.current === null;
    const accepted = latest.current.commit(latest.current.fromText(text)) !== false;
    // A refused text stays pending: Enter tries it again, and leaving the field shows the stored value.
    typed.current = accepted ? null : text;
    refused.current = accepted ? null : text;
    return accepted;
  }, []);

  const revert = useCallback(() => {
    typed.current = null;
    refused.current = null;
    setDraft(latest.current.toText(latest.current.value));
  }, []);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    typed.current = null;
    refused.current = AWAITING_REKEY;
    setDraft('');
  }, []);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      typed.current = text;
      clearTimeout(timer.current);
      if (commitOnPause) timer.current = setTimeout(flush, COMMIT_PAUSE_MS);
    },
    [flush, commitOnPause],
  );

  useEffect(
    () => () => {
      flush();
    },
    [flush],
  );

  return { draft, change, flush, revert, clear };
}
