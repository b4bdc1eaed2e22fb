/**
 * The app once started: first start, or the shell with its router. The routes come from the screen
 * table (`core/navigation/screens.ts`); who may open each is the roles table's answer. A memory
 * router: Back and forward stay inside the app, and a reload starts on the response list.
 */
import { LeaveGuard } from './LeaveGuard';
import { UnsavedWorkProvider } from '../ui/unsaved-work';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createMemoryRouter, Navigate, RouterProvider, useLocation, type RouteObject } from 'react-router';
import type { MenuCommand } from '../../../preload/contract';
import { HOME_PATH, pathOf, SCREENS } from '../core/navigation/screens';
import { can, type Action } from '../core/permissions/permissions';
import type { Lang } from '../core/questionnaire/model';
import type { NewProfile } from '../db/profile-repository';
import type { Profile, ResponseSummary } from '../db/records';
import { useResponseExport } from '../features/export/use-response-export';
import { FirstStartForm } from '../features/profile/FirstStartForm';
import { BackupKeeperProvider, useBackupKeeperContext } from '../features/settings/BackupKeeperProvider';
import { BackupReminder } from '../features/settings/BackupReminder';
import { initI18n } from '../i18n/i18n';
import { AppBanners } from './AppBanners';
import { AppHeader } from './AppHeader';
import { AppLayout } from './AppLayout';
import type { Boot } from './bootstrap';
import { responseHref, SCREEN_COMPONENTS } from './route-screens';
import { NotFound, RouteGuard } from './RouteGuard';
import { ServicesProvider, useServices, type AppServices, type FirstRows } from './services-context';
import { ShellProvider, useShell, type ShellActions } from './shell-context';
import { useMenuCommands } from './use-menu-commands';
import { useWindowTitle } from './use-window-title';
import './layout.css';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function onceRows(rows: ResponseSummary[] | null): FirstRows {
  let held = rows;
  return {
    peek: () => held,
    drop: () => {
      held = null;
    },
  };
}

/** The routes: the layout around one route per row of the screen table, each behind its guard. */
function buildRoutes(layout: React.JSX.Element): RouteObject[] {
  return [
    {
      path: '/',
      element: layout,
      children: [
        { index: true, element: <Navigate to={HOME_PATH} replace /> },
        ...SCREENS.map((spec) => {
          const Screen = SCREEN_COMPONENTS[spec.id];
          return { path: spec.path, element: <RouteGuard spec={spec}><Screen /></RouteGuard> };
        }),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

export function App({ boot }: { boot: Boot }) {
  const { t } = useTranslation('responses');
  const [profile, setProfile] = useState<Profile | null>(boot.profile);
  const [lang, setLangState] = useState<Lang>(boot.lang);
  const [recovered, setRecovered] = useState(0);
  // The notice of drafts left from the last session is said once, on the first screen: counted once
  // that screen is up (not holding it back), and not shown when the surveyor has already moved on.
  const recoveredSaid = useRef(false);
  const sayRecovered = useCallback((n: number) => {
    recoveredSaid.current = true;
    setRecovered(n);
  }, []);
  useEffect(() => {
    if (!boot.profile) return;
    boot.responses.countDrafts().then(
      (n) => {
        if (!recoveredSaid.current) sayRecovered(n);
      },
      () => undefined, // only the notice is left out
    );
  }, [boot, sayRecovered]);
  // The first rows read during the start-up, for the first response list only.
  const [firstRows] = useState(() => onceRows(boot.firstRows));
  const [problem, setProblem] = useState('');
  const readOnlyReason = boot.db.readOnly ? (boot.db.readOnlyReason ?? '') : null;
  /** The roles table's message when the active role may not do `action`; null when it may. */
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
            store: boot.store,
            responses: boot.responses,
            profiles: boot.profiles,
            settings: boot.settings,
            audit: boot.audit,
            review: boot.review,
            comments: boot.comments,
            exchange: boot.exchange,
            questionnaires: boot.questionnaires,
            fieldwork: boot.fieldwork,
            verification: boot.verification,
            duplicates: boot.duplicates,
            questionnaire: boot.questionnaire,
            host: boot.host,
            profile,
            lang,
            setLang,
            readOnlyReason,
            firstRows,
          }
        : null,
    [boot, profile, lang, setLang, readOnlyReason, firstRows],
  );

  // One export state for the list's button and the menu command.
  const exporter = useResponseExport(services);

  // One router for the app's life. A profile switch goes to the list; Back may then reach a screen
  // the new role may not open, and the route guard says so with the roles table's message.
  const [router] = useState(() => createMemoryRouter(buildRoutes(<ShellLayout />), { initialEntries: [HOME_PATH] }));

  const newResponse = useCallback(async () => {
    if (!profile || boot.db.readOnly) return;
    const refused = refusal('create-response');
    if (refused) return setProblem(refused);
    try {
      // The coordinator's active edition (the built-in one until one is chosen).
      const record = await boot.responses.create(profile, await boot.questionnaires.forNewResponses(boot.questionnaire));
      await router.navigate(responseHref(record.id));
    } catch (e) {
      setProblem(t('actionFailed', { message: messageOf(e) }));
    }
  }, [boot, profile, t, refusal, router]);

  useMenuCommands(boot.host, (command: MenuCommand) => {
    if (command === 'lang-da' || command === 'lang-en') return changeLang(command === 'lang-da' ? 'da' : 'en');
    if (!profile) return;
    switch (command) {
      case 'new-response': return void newResponse();
      case 'about': return void router.navigate(pathOf('about'));
      case 'back': return void router.navigate(-1);
      case 'forward': return void router.navigate(1);
      case 'export': {
        const refused = refusal('export-data');
        if (refused) return setProblem(refused);
        // The list's export button shows the outcome.
        return void router.navigate(pathOf('responses')).then(() => exporter.run());
      }
    }
  });

  const shell = useMemo<ShellActions>(
    () => ({
      newResponse: () => void newResponse(),
      profileSwitched: (next) => {
        setProfile(next);
        sayRecovered(0);
        firstRows.drop();
        setProblem('');
        void router.navigate(HOME_PATH);
      },
      exporter,
      changeLang,
      notices: { readOnlyReason, recovered, problem },
      dismissRecovered: () => sayRecovered(0),
      screenChanged: (pathname) => {
        setProblem('');
        if (pathname !== HOME_PATH) {
          sayRecovered(0); // said once, then gone
          firstRows.drop(); // a list opened later reads its rows afresh
        }
      },
    }),
    [newResponse, exporter, changeLang, readOnlyReason, recovered, problem, router, sayRecovered, firstRows],
  );

  if (!services || !profile) {
    return (
      <div className="app-shell first-start-shell">
        <AppHeader lang={lang} onLangChange={changeLang} />
        <main className="app-main">
          <AppBanners readOnlyReason={readOnlyReason} recovered={0} onDismissRecovered={() => undefined} problem={problem} />
          <FirstStartForm onCreate={createProfile} />
        </main>
      </div>
    );
  }

  return (
    <ServicesProvider value={services}>
      <ShellProvider value={shell}>
        <BackupKeeperProvider>
          <UnsavedWorkProvider>
            <RouterProvider router={router} />
          </UnsavedWorkProvider>
        </BackupKeeperProvider>
      </ShellProvider>
    </ServicesProvider>
  );
}

/** The layout inside the router: reads the shell's state from context, as the router is made once. */
function ShellLayout() {
  const { profile, lang, host } = useServices();
  const { changeLang, notices, dismissRecovered, screenChanged } = useShell();
  const { pathname } = useLocation();
  const keeper = useBackupKeeperContext();
  const look = keeper?.look;
  // Leaving a screen is when changes are likely: the backup keeper looks then, not only every 30 s.
  useEffect(() => look?.(), [pathname, look]);
  return (
    <AppLayout
      profile={profile}
      lang={lang}
      onLangChange={changeLang}
      onNavigate={screenChanged}
      banners={
        <>
          {keeper ? <BackupReminder keeper={keeper} /> : null}
          <AppBanners
          readOnlyReason={notices.readOnlyReason}
          recovered={pathname === HOME_PATH ? notices.recovered : 0}
          onDismissRecovered={dismissRecovered}
          problem={notices.problem}
          />
          <LeaveGuard askOnUnload={host.kind === 'browser'} />
        </>
      }
    />
  );
}
