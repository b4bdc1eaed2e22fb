/** The conflicts screen's data: the list, the one being resolved, and resolving it through the store. */
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { ChosenContent } from '../../core/revisions';
import type { ConflictDetail, ConflictListItem } from '../../db/exchange-records';
import { refusalText } from '../../ui/refusal-text';

export interface ConflictsState {
  /** null while loading. */
  items: ConflictListItem[] | null;
  open: ConflictDetail | null;
  problem: string;
  /** Said after a resolution, e.g. "The conflict for K7M-4QX is resolved." (the key). */
  resolvedKey: string | null;
  select(responseId: string | null): void;
  /** Resolves the open conflict; a message the user can act on when refused, else null. */
  resolve(chosen: ChosenContent, reason: string): Promise<string | null>;
}

export function useConflicts(): ConflictsState {
  const { profile, lang, exchange } = useServices();
  const [items, setItems] = useState<ConflictListItem[] | null>(null);
  const [open, setOpen] = useState<ConflictDetail | null>(null);
  const [problem, setProblem] = useState('');
  const [resolvedKey, setResolvedKey] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    exchange.conflicts().then(
      (list) => live && setItems(list),
      (e: unknown) => live && setProblem(refusalText(e, lang)),
    );
    return () => {
      live = false;
    };
  }, [exchange, reload, lang]);

  const select = useCallback(
    (responseId: string | null) => {
      setResolvedKey(null);
      if (responseId === null) return setOpen(null);
      exchange.conflictFor(responseId).then(
        (detail) => {
          setOpen(detail ?? null);
          if (!detail) setReload((n) => n + 1); // resolved elsewhere meanwhile
        },
        (e: unknown) => setProblem(refusalText(e, lang)),
      );
    },
    [exchange, lang],
  );

  const resolve = useCallback(
    async (chosen: ChosenContent, reason: string): Promise<string | null> => {
      if (!open) return null;
      try {
        const expectedSides = open.tree.contents.map((leaf) => leaf.rev);
        await exchange.resolveConflict(profile, open.responseId, chosen, { reason, expectedSides });
        setResolvedKey(open.key);
        setOpen(null);
        setReload((n) => n + 1);
        return null;
      } catch (e) {
        return refusalText(e, lang);
      }
    },
    [exchange, open, profile, lang],
  );

  return { items, open, problem, resolvedKey, select, resolve };
}
