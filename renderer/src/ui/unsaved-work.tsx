/**
 * Answers a screen could not save (a full disk, a refused write): screens report how many they hold,
 * and the shell's leave guard asks before the surveyor leaves them behind. Without a provider (a
 * screen rendered on its own, in a component test) reporting does nothing.
 */
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';

interface UnsavedWork {
  /** How many answers are not saved, over every screen that reported. */
  count: number;
  report(source: string, count: number): void;
}

const UnsavedWorkContext = createContext<UnsavedWork | null>(null);

export function UnsavedWorkProvider({ children }: { children: ReactNode }) {
  const [bySource, setBySource] = useState<ReadonlyMap<string, number>>(new Map());
  const report = useCallback((source: string, count: number) => {
    setBySource((current) => {
      if ((current.get(source) ?? 0) === count) return current;
      const next = new Map(current);
      if (count === 0) next.delete(source);
      else next.set(source, count);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ count: [...bySource.values()].reduce((a, b) => a + b, 0), report }), [bySource, report]);
  return <UnsavedWorkContext.Provider value={value}>{children}</UnsavedWorkContext.Provider>;
}

/** Reports this component's unsaved answers while it is mounted (0 when it unmounts). */
export function useReportUnsaved(count: number): void {
  const work = useContext(UnsavedWorkContext);
  const source = useId();
  const report = work?.report;
  useEffect(() => {
    report?.(source, count);
  }, [report, source, count]);
  useEffect(() => () => report?.(source, 0), [report, source]);
}

/** How many answers are not saved now, over every screen. */
export function useUnsavedCount(): number {
  return useContext(UnsavedWorkContext)?.count ?? 0;
}
