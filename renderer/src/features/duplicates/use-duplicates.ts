/** The duplicates screen's data: the groups, the one compared side by side, and keeping one through the store. */
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { DuplicateGroupView, DuplicateSide, KeepOneResult } from '../../db/duplicate-repository';
import { refusalText } from '../../ui/refusal-text';

export interface DuplicatesState {
  /** null while loading. */
  groups: DuplicateGroupView[] | null;
  /** The sides of the group being compared, oldest first. */
  open: DuplicateSide[] | null;
  problem: string;
  /** Said after a decision. */
  done: KeepOneResult | null;
  /** Said when the group chosen is no longer one (resolved elsewhere, a package changed it). */
  gone: boolean;
  select(responseId: string | null): void;
  /** Keeps one side and deletes the others; a message the user can act on when refused, else null. */
  keep(keepId: string, reason: string): Promise<string | null>;
}

export function useDuplicates(): DuplicatesState {
  const { profile, lang, duplicates } = useServices();
  const [groups, setGroups] = useState<DuplicateGroupView[] | null>(null);
  const [open, setOpen] = useState<DuplicateSide[] | null>(null);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState<KeepOneResult | null>(null);
  const [gone, setGone] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    duplicates.list().then(
      (list) => live && setGroups(list),
      (e: unknown) => live && setProblem(refusalText(e, lang)),
    );
    return () => {
      live = false;
    };
  }, [duplicates, reload, lang]);

  const select = useCallback(
    (responseId: string | null) => {
      setDone(null);
      setGone(false);
      if (responseId === null) return setOpen(null);
      duplicates.sidesOf(responseId).then(
        (sides) => {
          setOpen(sides ?? null);
          if (!sides) {
            setGone(true);
            setReload((n) => n + 1);
          }
        },
        (e: unknown) => setProblem(refusalText(e, lang)),
      );
    },
    [duplicates, lang],
  );

  const keep = useCallback(
    async (keepId: string, reason: string): Promise<string | null> => {
      if (!open) return null;
      try {
        const revisions = Object.fromEntries(open.map((s) => [s.id, s.revision]));
        const result = await duplicates.keepOne(profile, { keepId, deleteIds: open.map((s) => s.id).filter((id) => id !== keepId), reason, revisions });
        setDone(result);
        setOpen(null);
        setReload((n) => n + 1);
        return null;
      } catch (e) {
        return refusalText(e, lang);
      }
    },
    [duplicates, open, profile, lang],
  );

  return { groups, open, problem, done, gone, select, keep };
}
