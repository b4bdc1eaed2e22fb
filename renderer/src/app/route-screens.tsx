/**
 * One small adapter per screen: reads the route (parameters, search) and hands the screen what it
 * needs, with navigation as plain callbacks. The screens themselves know nothing of the router.
 */
import { lazy, useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { pathOf, type ScreenId } from '../core/navigation/screens';
import type { EntryReturn } from '../features/entry/EntryScreen';
import { ExportButton } from '../features/export/ExportButton';
import { listViewFromParams, listViewToParams, type ListView } from '../features/responses/list-view';
import { ResponsesScreen } from '../features/responses/ResponsesScreen';
import { reviewViewFromParams, reviewViewToParams, type ReviewView } from '../features/review/review-view';
import { can } from '../core/permissions/permissions';
import { useServices } from './services-context';
import { useShell } from './shell-context';

// The response list is the first screen and comes with the bundle; every other screen is its own
// chunk, fetched when first opened (the layout's Suspense shows "Henter siden …" meanwhile), so the
// list does not wait for the entry form, the workbook writer, charts, the conflict view or XLSForm.
const EntryScreen = lazy(() => import('../features/entry/EntryScreen').then((m) => ({ default: m.EntryScreen })));
const HistoryScreen = lazy(() => import('../features/history/HistoryScreen').then((m) => ({ default: m.HistoryScreen })));
const ReviewScreen = lazy(() => import('../features/review/ReviewScreen').then((m) => ({ default: m.ReviewScreen })));
const QualityScreen = lazy(() => import('../features/quality/QualityScreen').then((m) => ({ default: m.QualityScreen })));
const ProfilesScreen = lazy(() => import('../features/profile/ProfilesScreen').then((m) => ({ default: m.ProfilesScreen })));
const QuestionnairesScreen = lazy(() => import('../features/questionnaires/QuestionnairesScreen').then((m) => ({ default: m.QuestionnairesScreen })));
const DashboardScreen = lazy(() => import('../features/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })));
const AboutScreen = lazy(() => import('../features/settings/AboutScreen').then((m) => ({ default: m.AboutScreen })));
const AuditScreen = lazy(() => import('../features/audit/AuditScreen').then((m) => ({ default: m.AuditScreen })));
const ConflictsScreen = lazy(() => import('../features/conflicts/ConflictsScreen').then((m) => ({ default: m.ConflictsScreen })));
const DuplicatesScreen = lazy(() => import('../features/duplicates/DuplicatesScreen').then((m) => ({ default: m.DuplicatesScreen })));
const ExchangeScreen = lazy(() => import('../features/exchange/ExchangeScreen').then((m) => ({ default: m.ExchangeScreen })));
const OverviewScreen = lazy(() => import('../features/overview/OverviewScreen').then((m) => ({ default: m.OverviewScreen })));
const WeightsScreen = lazy(() => import('../features/weights/WeightsScreen').then((m) => ({ default: m.WeightsScreen })));
const SampleScreen = lazy(() => import('../features/fieldwork/SampleScreen').then((m) => ({ default: m.SampleScreen })));
const AssignmentsScreen = lazy(() => import('../features/fieldwork/AssignmentsScreen').then((m) => ({ default: m.AssignmentsScreen })));
const VerifyKeyingScreen = lazy(() => import('../features/entry/VerifyKeyingScreen').then((m) => ({ default: m.VerifyKeyingScreen })));
const KeyerStatisticsScreen = lazy(() => import('../features/verification/KeyerStatisticsScreen').then((m) => ({ default: m.KeyerStatisticsScreen })));
const ResolveVerificationScreen = lazy(() =>
  import('../features/verification/ResolveVerificationScreen').then((m) => ({ default: m.ResolveVerificationScreen })),
);
const VerificationScreen = lazy(() => import('../features/verification/VerificationScreen').then((m) => ({ default: m.VerificationScreen })));

const RETURNS: readonly EntryReturn[] = ['list', 'review', 'quality', 'assignments'];
const RETURN_PATH: Record<EntryReturn, ScreenId> = { list: 'responses', review: 'review', quality: 'quality', assignments: 'assignments' };

function returnOf(params: URLSearchParams): EntryReturn {
  const from = params.get('from');
  return RETURNS.find((r) => r === from) ?? 'list';
}

/** Opening a response remembers where from, so its Back says where it returns. */
export function responseHref(responseId: string, from: EntryReturn = 'list', focus?: string): string {
  const search = new URLSearchParams();
  if (from !== 'list') search.set('from', from);
  if (focus) search.set('focus', focus);
  const query = search.toString();
  return `${pathOf('response', { responseId })}${query ? `?${query}` : ''}`;
}

/** Marks a visit as made from the screen before it, so its Back can be one step back in the history. */
const CAME_FROM = { cameFrom: true } as const;

/**
 * Back to where the person came from: one step back in the app's history when they came from there
 * (the list's search and highlight come back with it), else to the place itself.
 */
function useBack() {
  const navigate = useNavigate();
  const location = useLocation();
  const cameFrom = (location.state as { cameFrom?: boolean } | null)?.cameFrom === true;
  return useCallback((fallback: string) => void (cameFrom ? navigate(-1) : navigate(fallback)), [cameFrom, navigate]);
}

/** Opens a screen from this one (its Back returns here). */
function useOpen() {
  const navigate = useNavigate();
  return useCallback((href: string) => void navigate(href, { state: CAME_FROM }), [navigate]);
}

function ResponsesRoute() {
  const open = useOpen();
  const [params, setParams] = useSearchParams();
  const { profile } = useServices();
  const { newResponse, exporter } = useShell();
  const initialView = useMemo(() => listViewFromParams(params), [params]);
  const onViewChange = useCallback(
    (view: ListView) => {
      const next = listViewToParams(view);
      if (next.toString() !== params.toString()) setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return (
    <ResponsesScreen
      onOpen={(id) => open(responseHref(id))}
      onNew={newResponse}
      initialView={initialView}
      onViewChange={onViewChange}
      toolbarExtra={can(profile.role, 'export-data').allowed ? <ExportButton exporter={exporter} /> : null}
    />
  );
}

function ResponseRoute() {
  const { responseId = '' } = useParams();
  const [params] = useSearchParams();
  const open = useOpen();
  const back = useBack();
  const { newResponse } = useShell();
  const from = returnOf(params);
  const focus = params.get('focus');
  return (
    <EntryScreen
      key={responseId}
      responseId={responseId}
      onBack={() => back(pathOf(RETURN_PATH[from]))}
      returnTo={from}
      onNewResponse={newResponse}
      {...(focus ? { focusField: focus } : {})}
      onHistory={() => open(`${pathOf('history', { responseId })}${from !== 'list' ? `?from=${from}` : ''}`)}
    />
  );
}

function HistoryRoute() {
  const { responseId = '' } = useParams();
  const [params] = useSearchParams();
  const back = useBack();
  return <HistoryScreen responseId={responseId} onBack={() => back(responseHref(responseId, returnOf(params)))} />;
}

function ReviewRoute() {
  const open = useOpen();
  const [params, setParams] = useSearchParams();
  const initialView = useMemo(() => reviewViewFromParams(params), [params]);
  const onViewChange = useCallback(
    (view: ReviewView) => {
      const next = reviewViewToParams(view);
      if (next.toString() !== params.toString()) setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return <ReviewScreen initialView={initialView} onViewChange={onViewChange} onOpen={(id) => open(responseHref(id, 'review'))} />;
}

function QualityRoute() {
  const open = useOpen();
  return <QualityScreen onOpen={(id, variable) => open(responseHref(id, 'quality', variable))} />;
}

function ProfilesRoute() {
  const { profileSwitched } = useShell();
  return <ProfilesScreen onSwitched={profileSwitched} />;
}

function AssignmentsRoute() {
  const open = useOpen();
  return <AssignmentsScreen onOpenResponse={(id) => open(responseHref(id, 'assignments'))} />;
}

function ExchangeRoute() {
  const open = useOpen();
  return <ExchangeScreen onOpenDuplicates={() => open(pathOf('duplicates'))} />;
}

function OverviewRoute() {
  const open = useOpen();
  return <OverviewScreen onOpenDuplicates={() => open(pathOf('duplicates'))} />;
}

function DuplicatesRoute() {
  const open = useOpen();
  return <DuplicatesScreen onOpenResponse={(id) => open(responseHref(id))} />;
}

function AboutRoute() {
  return <AboutScreen />;
}

function VerificationRoute() {
  const open = useOpen();
  return (
    <VerificationScreen
      onKey={(responseId) => open(pathOf('verify', { responseId }))}
      onResolve={(responseId) => open(pathOf('resolve-verification', { responseId }))}
    />
  );
}

function VerifyRoute() {
  const { responseId = '' } = useParams();
  const back = useBack();
  return <VerifyKeyingScreen key={responseId} responseId={responseId} onBack={() => back(pathOf('verification'))} />;
}

function ResolveVerificationRoute() {
  const { responseId = '' } = useParams();
  const back = useBack();
  return <ResolveVerificationScreen key={responseId} responseId={responseId} onBack={() => back(pathOf('verification'))} onResolved={() => back(pathOf('verification'))} />;
}

/** The component of each screen of `SCREENS`. */
export const SCREEN_COMPONENTS: Record<ScreenId, React.JSXElementConstructor<Record<string, never>>> = {
  responses: ResponsesRoute,
  response: ResponseRoute,
  history: HistoryRoute,
  review: ReviewRoute,
  quality: QualityRoute,
  audit: AuditScreen,
  indicators: DashboardScreen,
  weights: WeightsScreen,
  exchange: ExchangeRoute,
  overview: OverviewRoute,
  conflicts: ConflictsScreen,
  duplicates: DuplicatesRoute,
  profiles: ProfilesRoute,
  questionnaires: QuestionnairesScreen,
  about: AboutRoute,
  sample: SampleScreen,
  assignments: AssignmentsRoute,
  verification: VerificationRoute,
  verify: VerifyRoute,
  'resolve-verification': ResolveVerificationRoute,
  'keyer-statistics': KeyerStatisticsScreen,
};
