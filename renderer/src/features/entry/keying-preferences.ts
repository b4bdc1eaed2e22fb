/**
 * How a profile likes to key, remembered on this computer: auto-advance (on by default, as in
 * EpiData) and what Enter does after "Marker som færdig". A preference of the person at the
 * keyboard, not data: it lives in this origin's localStorage, one entry per profile.
 */
import { useCallback, useState } from 'react';

export type AfterComplete = 'new' | 'list';

export interface KeyingPreferences {
  autoAdvance: boolean;
  afterComplete: AfterComplete;
}

export const DEFAULT_KEYING: KeyingPreferences = { autoAdvance: true, afterComplete: 'new' };

const keyOf = (profileId: string) => `barometer.keying.${profileId}`;

export function readKeyingPreferences(profileId: string): KeyingPreferences {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(keyOf(profileId)) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_KEYING;
    const r = raw as Record<string, unknown>;
    return {
      autoAdvance: typeof r.autoAdvance === 'boolean' ? r.autoAdvance : DEFAULT_KEYING.autoAdvance,
      afterComplete: r.afterComplete === 'list' || r.afterComplete === 'new' ? r.afterComplete : DEFAULT_KEYING.afterComplete,
    };
  } catch {
    return DEFAULT_KEYING;
  }
}

export function useKeyingPreferences(profileId: string) {
  const [prefs, setPrefs] = useState(() => readKeyingPreferences(profileId));
  const [shownFor, setShownFor] = useState(profileId);
  if (shownFor !== profileId) {
    setShownFor(profileId);
    setPrefs(readKeyingPreferences(profileId));
  }
  const update = useCallback(
    (change: Partial<KeyingPreferences>) => {
      setPrefs((old) => {
        const next = { ...old, ...change };
        try {
          localStorage.setItem(keyOf(profileId), JSON.stringify(next));
        } catch {
          // Storage full or denied: the choice holds for this visit.
        }
        return next;
      });
    },
    [profileId],
  );
  return [prefs, update] as const;
}
