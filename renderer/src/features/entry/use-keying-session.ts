import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { KeystrokeTally } from '../../core/keying/keystroke-tally';
import type { KeyingMode } from '../../core/verification/keyer-statistics';
import { VerificationRepository } from '../../db/verification-repository';
import { KeyingSessionSaver } from './keying-session-saver';

/**
 * One visit of a keying screen as a keying session for the keyer statistics, in the mode the visit
 * started in: the form's keystroke tally (counts and times only) is written while keying (its row at
 * the first keystroke, then at most a second behind), when the page is hidden or closed, and when
 * the screen closes, so a crash mid-session keeps the session. Each write is a small put of its own,
 * outside the answers' transactions. Nothing is recorded for a visit without keystrokes, or for a
 * role that keys nothing.
 */
export function useKeyingSession(responseId: string) {
  const { verification, profile } = useServices();
  const [sessionId] = useState(() => crypto.randomUUID());
  const mode = useRef<KeyingMode | null>(null);
  const latest = useRef({ verification, profile, responseId });
  useEffect(() => {
    latest.current = { verification, profile, responseId };
  });
  const saver = useRef<KeyingSessionSaver | null>(null);
  const saverOf = useCallback((): KeyingSessionSaver => {
    saver.current ??= new KeyingSessionSaver(async (t: KeystrokeTally) => {
      const { verification: repo, profile: actor, responseId: id } = latest.current;
      if (mode.current === null || t.firstAt === null || t.lastAt === null || !VerificationRepository.records(actor)) return false;
      const draft = { id: sessionId, mode: mode.current, start: t.firstAt, end: t.lastAt, pauseMs: t.pauseMs, keystrokes: t.keystrokes, responseIds: [id] };
      await repo.recordSession(actor, draft);
      return true;
    });
    return saver.current;
  }, [sessionId]);

  const onKeystrokes = useCallback((next: KeystrokeTally) => saverOf().update(next), [saverOf]);
  /** The mode of this visit: set once (the first call wins, so completing in the visit does not change it). */
  const setMode = useCallback((m: KeyingMode) => {
    mode.current ??= m;
  }, []);

  useEffect(() => {
    const flush = () => void saver.current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
      saver.current?.dispose();
    };
  }, []);

  return { sessionId, onKeystrokes, setMode };
}
