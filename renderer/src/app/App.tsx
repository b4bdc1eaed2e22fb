/**
 * The app once started: header, first start or the screens (response list, entry, about), the window
 * title, the application menu, and the plain "N drafts recovered" notice after a restart.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../preload/contract';
import type { Lang } from '../core/questionnaire/model';
import type { Profile } from '../db/records';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { EntryScreen } from '../features/entry/EntryScreen';
import { ExportButton } from '../features/export/ExportButton';
import { useResponseExport } from '../features/export/use-response-export';
import { FirstStartForm } from '../features/profile/FirstStartForm';
import type { ProfileInput } from '../features/profile/profile-input';
import { INITIAL_LIST_VIEW, type ListView } from '../features/responses/list-view';
import { ResponsesScreen } from '../features/responses/ResponsesScreen';
import { AboutScreen } from '../features/settings/AboutScreen';
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
  | { kind: 'entry'; responseId: string }
  | { kind: 'about' }
  | { kind: 'weights' }
  | { kind: 'dashboard' };

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
    try {
      const record = await boot.responses.create(profile, boot.questionnaire);
      go({ kind: 'entry', responseId: record.id });
    } catch (e) {
      setProblem(t('actionFailed', { message: messageOf(e) }));
    }
  }, [boot, profile, go, t]);

  const createProfile = useCallback(
    async (input: ProfileInput) => {
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
              onWeights: () => go({ kind: screen.kind === 'weights' ? 'list' : 'weights' }),
            }
          : {})}
        coordinatorOpen={screen.kind === 'dashboard' || screen.kind === 'weights' ? screen.kind : null}
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
            {screen.kind === 'list' ? (
              <ResponsesScreen
                onOpen={(id) => go({ kind: 'entry', responseId: id })}
                onNew={() => void newResponse()}
                initialView={listView}
                onViewChange={setListView}
                toolbarExtra={<ExportButton exporter={exporter} />}
              />
            ) : screen.kind === 'entry' ? (
              <EntryScreen key={screen.responseId} responseId={screen.responseId} onBack={toList} />
            ) : screen.kind === 'weights' ? (
              <WeightsScreen />
            ) : screen.kind === 'dashboard' ? (
              <DashboardScreen />
            ) : (
              <AboutScreen onBack={toList} />
            )}
          </ServicesProvider>
        )}
      </main>
    </div>
  );
}
