import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/services-context';
import { NO_KEYSTROKES, type KeystrokeTally } from '../../core/keying/keystroke-tally';
import type { KeyingMode } from '../../core/verification/keyer-statistics';
import { VerificationRepository } from '../../db/verification-repository';

/**
 * One visit of a keying screen as a keying session for the keyer statistics: the form's keystroke
 * tally (counts and times only) is recorded when the screen closes, in the mode the visit started
 * in. Nothing is recorded for a visit without keystrokes, or for a role that keys nothing.
 */
export function useKeyingSession(responseId: string) {
  const { verification, profile } = useServices();
  const [sessionId] = useState(() => crypto.randomUUID());
  const tally = useRef<KeystrokeTally>(NO_KEYSTROKES);
  const mode = useRef<KeyingMode | null>(null);
  const latest = useRef({ verification, profile, responseId });
  useEffect(() => {
    latest.current = { verification, profile, responseId };
  });

  const onKeystrokes = useCallback((next: KeystrokeTally) => {
    tally.current = next;
  }, []);
  /** The mode of this visit: set once (the first call wins, so completing in the visit does not change it). */
  const setMode = useCallback((m: KeyingMode) => {
    mode.current ??= m;
  }, []);

  useEffect(
    () => () => {
      const t = tally.current;
      const { verification: repo, profile: actor, responseId: id } = latest.current;
      if (mode.current === null || t.keystrokes === 0 || t.firstAt === null || t.lastAt === null || !VerificationRepository.records(actor)) return;
      tally.current = NO_KEYSTROKES;
      const draft = { id: sessionId, mode: mode.current, start: t.firstAt, end: t.lastAt, pauseMs: t.pauseMs, keystrokes: t.keystrokes, responseIds: [id] };
      // Statistics only: a failure here must never stand in the typist's way.
      repo.recordSession(actor, draft).catch(() => undefined);
    },
    [sessionId],
  );

  return { sessionId, onKeystrokes, setMode };
}
