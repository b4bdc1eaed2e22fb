/**
 * The app's services over a real store (fake IndexedDB: the test file imports 'fake-indexeddb/auto'
 * first), the built-in questionnaire and the test people; only the host is a stand-in, keeping
 * what it was asked to save.
 */
import type { ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { ServicesProvider, type AppServices } from '../../../renderer/src/app/services-context';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import type { Lang } from '../../../renderer/src/core/questionnaire/model';
import { ok } from '../../../renderer/src/core/result';
import { makeRepositories } from '../../../renderer/src/app/repositories';
import type { BarometerDb } from '../../../renderer/src/db/database';
import type { Profile } from '../../../renderer/src/db/records';
import type { AuditRepository } from '../../../renderer/src/db/audit-repository';
import type { CommentRepository } from '../../../renderer/src/db/comment-repository';
import type { ResponseRepository } from '../../../renderer/src/db/response-repository';
import type { Host } from '../../../renderer/src/host/host';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { openTestDb, storeProfiles } from '../../unit/db/db-test-support';

export const questionnaire = loadBuiltinQuestionnaire();

export interface SavedByHost {
  name: string;
  data: Uint8Array;
}

export interface Store {
  services: (profile: Profile, lang?: Lang) => AppServices;
  saved: SavedByHost[];
  close(): void;
  db: BarometerDb;
  responses: ResponseRepository;
  comments: CommentRepository;
  audit: AuditRepository;
}

export async function openStore(): Promise<Store> {
  const db = await openTestDb('screens');
  await storeProfiles(db);
  const lookup = () => questionnaire;
  const saved: SavedByHost[] = [];
  const host: Host = {
    kind: 'browser',
    saveFile: async (name, _kind, data) => (saved.push({ name, data }), ok({ saved: true, fileName: name })),
    openFile: async () => ok(null),
    appInfo: async () => ({ version: '0.1.0', dataLocation: 'test', kind: 'browser' }),
    setTitle: () => undefined,
    onMenuCommand: () => () => undefined,
  };
  const repos = makeRepositories(db, lookup);
  return {
    db,
    saved,
    responses: repos.responses,
    comments: repos.comments,
    audit: repos.audit,
    close: () => db.close(),
    services: (profile, lang = 'da') => ({ questionnaire, ...repos, host, profile, lang, setLang: async () => undefined, readOnlyReason: null }),
  };
}

/** Renders `ui` with the services of `profile`, in `lang`. */
export async function renderWith(store: Store, profile: Profile, ui: ReactNode, lang: Lang = 'da'): Promise<RenderResult> {
  await initI18n(lang);
  return render(<ServicesProvider value={store.services(profile, lang)}>{ui}</ServicesProvider>);
}
