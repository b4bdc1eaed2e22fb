/**
 * What the shell offers the screens beyond the services: start a new response, say that the profile
 * changed, the one export state shared by the list's button and the menu, and the shell's notice.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from '../core/questionnaire/model';
import type { Profile } from '../db/records';
import type { ResponseExporter } from '../features/export/use-response-export';

export interface ShellActions {
  /** Creates a response and opens it (refused with the table's message for auditors). */
  newResponse(): void;
  /** A profile switch happened: the shell starts again on the list as that person. */
  profileSwitched(next: Profile): void;
  exporter: ResponseExporter;
  changeLang(lang: Lang): void;
  /** What the notices above every screen say. */
  notices: { readOnlyReason: string | null; recovered: number; problem: string };
  dismissRecovered(): void;
  /** The screen changed (clears the last action's notice). */
  screenChanged(pathname: string): void;
}

const ShellContext = createContext<ShellActions | null>(null);

export function ShellProvider({ value, children }: { value: ShellActions; children: ReactNode }) {
  return <ShellContext.Provider value={value}>{children}</ShellContext.Provider>;
}

export function useShell(): ShellActions {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell() needs a <ShellProvider> above it');
  return shell;
}
