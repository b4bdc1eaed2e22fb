/**
 * The app once started: header, first start or the screens (response list, entry, about), the window
 * title, the application menu, and the plain "N drafts recovered" notice after a restart.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../preload/contract';
import { can, type Action } from '../core/permissions/permissions';
import type { Lang } from '../core/questionnaire/model';
import type { NewProfile } from '../db/profile-repository';
import type { Profile } from '../db/records';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { EntryScreen } from '../features/entry/EntryScreen';
import { ExportButton } from '../features/export/ExportButton';
import { useResponseExport } from '../features/export/use-response-export';
import { FirstStartForm } from '../features/profile/FirstStartForm';
import { ProfilesScreen } from '../features/profile/ProfilesScreen';
import { EMPTY_REVIEW_VIEW, type ReviewView } from '../features/review/review-view';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { HistoryScreen } from '../features/history/HistoryScreen';
import { QualityScreen } from '../features/quality/QualityScreen';
import { INITIAL_LIST_VIEW, type ListView } from '../features/responses/list-view';
import { ResponsesScreen } from '../features/responses/ResponsesScreen';
import { AboutScreen } from '../features/settings/AboutScreen';
import { BackupKeeperProvider } from '../features/settings/BackupKeeperProvider';
import { ConflictsScreen } from '../features/conflicts/ConflictsScreen';
import { ExchangeScreen } from '../features/exchange/ExchangeScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { WeightsScreen } from '../features/weights/WeightsScreen';
import { initI18n } from '../i18n/i18n';
import { AppHeader } from './AppHeader';
import type { Boot } from './bootstrap';
import { AppBanners } from './AppBanners';
import { ServicesProvider, type AppServices } from './services-context';
import { useMenuCommands } from './use-menu-commands';
import { useWindowTitle } from './use-window-title';

type Screen =
  | { kind: 'list' }
  | { kind: 'entry'; responseId: string; from?: 'review' | 'quality'; focusField?: string }
  | { kind: 'history'; responseId: string; from?: 'review' | 'quality' }
  | { kind: 'audit' }
  | { kind: 'quality' }
  | { kind: 'profiles' }
  | { kind: 'review' }
  | { kind: 'about' }
  | { kind: 'weights' }
  | { kind: 'dashboard' }
  | { kind: 'overview' }
  | { kind: 'conflicts' }
  | { kind: 'exchange' };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function App({ boot }: { boot: Boot }) {
  const { t } = useTranslation('responses');
  const [profile, setProfile] = useState<Profile | null>(boot.profile);
  const [lang, setLangState] = useState<Lang>(boot.lang);
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const [recovered, setRecovered] = useState(boot.recoveredDrafts);
  const [problem, setProblem] = useState('');
  // Search, filter, sort and highlight of the list survive a visit to a response.
  const [listView, setListView] = useState<ListView>(INITIAL_LIST_VIEW);
  const readOnlyReason = boot.db.readOnly ? (boot.db.readOnlyReason ?? '') : null;
  // The review queue's filter survives a visit to a response.
  const [reviewView, setReviewView] = useState<ReviewView>(EMPTY_REVIEW_VIEW);
  /** What the active role may do: hides what the store would refuse, and refuses menu commands with the table's message. */
  const refusal = useCallback(
    (action: Action): string | null => {
      if (!profile) return null;
      const decision = can(profile.role, action);
      return decision.allowed ? null : decision.message[lang];
    },
    [profile, lang],
  );

  useWindowTitle(boot.host, profile);

  const setLang = useCallback(
    async (l: Lang) => {
      await initI18n(l); // switches every string at once and sets <html lang>
      setLangState(l);
      boot.host.setMenuLanguage?.(l);
      if (!boot.db.readOnly) await boot.settings.set('language', l);
    },
    [boot],
  );
  const changeLang = useCallback(
    (l: Lang) => void setLang(l).catch((e: unknown) => setProblem(t('actionFailed', { message: messageOf(e) }))),
    [setLang, t],
  );

  const go = useCallback((next: Screen) => {
    setScreen(next);
    setProblem('');
    if (next.kind !== 'list') setRecovered(0); // said once, then gone
  }, []);

  const newResponse = useCallback(async () => {
    if (!profile || boot.db.readOnly) return;
    const refused = refusal('create-response');
    if (refused) return setProblem(refused);
    try {
      const record = await boot.responses.create(profile, boot.questionnaire);
      go({ kind: 'entry', responseId: record.id });
    } catch (e) {
      setProblem(t('actionFailed', { message: messageOf(e) }));
    }
  }, [boot, profile, go, t, refusal]);

  const createProfile = useCallback(
    async (input: NewProfile) => {
      const created = await boot.profiles.create(input);
      await boot.settings.set('activeProfileId', created.id);
      setProfile(created);
    },
    [boot],
  );

  const services = useMemo<AppServices | null>(
    () =>
      profile
        ? {
            db: boot.db,
            questionnaire: boot.questionnaire,
            responses: boot.responses,
            profiles: boot.profiles,
            settings: boot.settings,
            audit: boot.audit,
            review: boot.review,
            comments: boot.comments,
            host: boot.host,
            profile,
            lang,
            setLang,
            readOnlyReason,
          }
        : null,
    [boot, profile, lang, setLang, readOnlyReason],
  );

  // One export state for the toolbar button and the menu command.
  const exporter = useResponseExport(services);

  useMenuCommands(boot.host, (command: MenuCommand) => {
    if (!profile) {
      if (command === 'lang-da' || command === 'lang-en') changeLang(command === 'lang-da' ? 'da' : 'en');
      return;
    }
    switch (command) {
      case 'new-response': return void newResponse();
      case 'lang-da': return changeLang('da');
      case 'lang-en': return changeLang('en');
      case 'about': return go({ kind: 'about' });
      case 'export':
        if (refusal('export-data')) return setProblem(refusal('export-data') ?? '');
        go({ kind: 'list' }); // the list's export button shows the outcome
        return void exporter.run();
    }
  });

  const toList = useCallback(() => go({ kind: 'list' }), [go]);

  return (
    <div className="app-shell">
      <AppHeader
        profile={profile}
        lang={lang}
        onLangChange={changeLang}
        {...(profile ? { onAbout: () => go({ kind: screen.kind === 'about' ? 'list' : 'about' }) } : {})}
        aboutOpen={screen.kind === 'about'}
        {...(profile
          ? {
              onDashboard: () => go({ kind: screen.kind === 'dashboard' ? 'list' : 'dashboard' }),
              ...(refusal('import') ? {} : { onWeights: () => go({ kind: screen.kind === 'weights' ? 'list' : 'weights' }) }),
              onProfiles: () => go({ kind: screen.kind === 'profiles' ? 'list' : 'profiles' }),
              ...(refusal('review') ? {} : { onReview: () => go({ kind: screen.kind === 'review' ? 'list' : 'review' }) }),
              ...(refusal('review')
                ? {}
                : {
                    onAudit: () => go({ kind: screen.kind === 'audit' ? 'list' : 'audit' }),
                    onQuality: () => go({ kind: screen.kind === 'quality' ? 'list' : 'quality' }),
                  }),
            }
          : {})}
        profileOpen={screen.kind === 'profiles' || screen.kind === 'review' ? screen.kind : null}
        auditOpen={screen.kind === 'audit' || screen.kind === 'quality' ? screen.kind : null}
        coordinatorOpen={screen.kind === 'dashboard' || screen.kind === 'weights' ? screen.kind : null}
        {...(profile && !refusal('resolve-conflict')
          ? {
              onOverview: () => go({ kind: screen.kind === 'overview' ? 'list' : 'overview' }),
              onConflicts: () => go({ kind: screen.kind === 'conflicts' ? 'list' : 'conflicts' }),
            }
          : {})}
        exchangeOpen={screen.kind === 'overview' || screen.kind === 'conflicts' ? screen.kind : null}
        {...(profile && profile.role !== 'auditor' ? { onSendImport: () => go({ kind: screen.kind === 'exchange' ? 'list' : 'exchange' }) } : {})}
        sendImportOpen={screen.kind === 'exchange'}
      />
      <main className="app-main">
        <AppBanners
          readOnlyReason={readOnlyReason}
          recovered={screen.kind === 'list' && profile ? recovered : 0}
          onDismissRecovered={() => setRecovered(0)}
          problem={problem}
        />
        {!services ? (
          <FirstStartForm onCreate={createProfile} />
        ) : (
          <ServicesProvider value={services}>
            <BackupKeeperProvider>
            {screen.kind === 'list' ? (
              <ResponsesScreen
                onOpen={(id) => go({ kind: 'entry', responseId: id })}
                onNew={() => void newResponse()}
                initialView={listView}
                onViewChange={setListView}
                toolbarExtra={refusal('export-data') ? null : <ExportButton exporter={exporter} />}
              />
            ) : screen.kind === 'entry' ? (
              <EntryScreen
                key={screen.responseId}
                responseId={screen.responseId}
                onBack={screen.from === 'review' ? () => go({ kind: 'review' }) : screen.from === 'quality' ? () => go({ kind: 'quality' }) : toList}
                returnTo={screen.from ?? 'list'}
                {...(screen.focusField !== undefined ? { focusField: screen.focusField } : {})}
                onHistory={() => go({ kind: 'history', responseId: screen.responseId, ...(screen.from ? { from: screen.from } : {}) })}
              />
            ) : screen.kind === 'history' ? (
              <HistoryScreen
                responseId={screen.responseId}
                onBack={() => go({ kind: 'entry', responseId: screen.responseId, ...(screen.from ? { from: screen.from } : {}) })}
              />
            ) : screen.kind === 'audit' ? (
              <AuditScreen />
            ) : screen.kind === 'quality' ? (
              <QualityScreen onOpen={(id, variable) => go({ kind: 'entry', responseId: id, from: 'quality', focusField: variable })} />
            ) : screen.kind === 'weights' ? (
              <WeightsScreen />
            ) : screen.kind === 'dashboard' ? (
              <DashboardScreen />
            ) : screen.kind === 'profiles' ? (
              <ProfilesScreen
                onSwitched={(next) => {
                  setProfile(next);
                  setRecovered(0);
                  go({ kind: 'list' });
                }}
              />
            ) : screen.kind === 'review' ? (
              <ReviewScreen
                initialView={reviewView}
                onViewChange={setReviewView}
                onOpen={(id) => go({ kind: 'entry', responseId: id, from: 'review' })}
              />
            ) : screen.kind === 'overview' ? (
              <OverviewScreen />
            ) : screen.kind === 'conflicts' ? (
              <ConflictsScreen />
            ) : screen.kind === 'exchange' ? (
              <ExchangeScreen />
            ) : (
              <AboutScreen onBack={toList} />
            )}
            </BackupKeeperProvider>
          </ServicesProvider>
        )}
      </main>
    </div>
  );
}
