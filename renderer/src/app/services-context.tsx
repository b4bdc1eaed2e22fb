/**
 * The services every screen uses, built once by the bootstrap (main.tsx) and handed down by context.
 * Screens read them with `useServices()`; tests can render a screen inside a `ServicesProvider`
 * with hand-made fakes.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Lang, Questionnaire } from '../core/questionnaire/model';
import type { Profile, ResponseSummary } from '../db/records';
import type { Host } from '../host/host';
import type { Repositories } from './repositories';

/** The repositories (never the database itself), the questionnaire, the host and who is at work. */
export interface AppServices extends Repositories {
  questionnaire: Questionnaire;
  host: Host;
  /** The surveyor at work: recorded in every audit entry. */
  profile: Profile;
  lang: Lang;
  /** Changes the UI language at once and stores the choice. */
  setLang(l: Lang): Promise<void>;
  /** Why the store is read-only (e.g. a newer app version made it), or null when writable. */
  readOnlyReason: string | null;
  /** The response list's first rows read during the start-up, for the first list only. */
  firstRows?: FirstRows;
}

/**
 * Rows read once for the first response list: it draws its first frame from `peek()` (pure, so a
 * render may call it), then `drop()`s them; a list opened later (null) reads its own.
 */
export interface FirstRows {
  peek(): ResponseSummary[] | null;
  drop(): void;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesProvider> above it');
  return services;
}
