/**
 * The services every screen uses, built once by the bootstrap (main.tsx) and handed down by context.
 * Screens read them with `useServices()`; tests can render a screen inside a `ServicesProvider`
 * with hand-made fakes.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Lang, Questionnaire } from '../core/questionnaire/model';
import type { Profile } from '../db/records';
import type { BarometerDb } from '../db/database';
import type { ResponseRepository } from '../db/response-repository';
import type { ProfileRepository } from '../db/profile-repository';
import type { SettingsRepository } from '../db/settings-repository';
import type { AuditRepository } from '../db/audit-repository';
import type { ReviewRepository } from '../db/review-repository';
import type { CommentRepository } from '../db/comment-repository';
import type { Host } from '../host/host';

export interface AppServices {
  db: BarometerDb;
  questionnaire: Questionnaire;
  responses: ResponseRepository;
  profiles: ProfileRepository;
  settings: SettingsRepository;
  audit: AuditRepository;
  /** The review queue, approve / reject / bulk approve. */
  review: ReviewRepository;
  /** Comments on a response or one of its questions. */
  comments: CommentRepository;
  host: Host;
  /** The surveyor at work: recorded in every audit entry. */
  profile: Profile;
  lang: Lang;
  /** Changes the UI language at once and stores the choice. */
  setLang(l: Lang): Promise<void>;
  /** Why the store is read-only (e.g. a newer app version made it), or null when writable. */
  readOnlyReason: string | null;
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
