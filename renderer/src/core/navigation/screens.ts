/**
 * The screens of the app, one row each: where it lives (path), which action of the roles table opens
 * it, and its place in the navigation. The router, the navigation and the route guard are all built
 * from this table, so adding a screen is one row here and one component in `app/routes.tsx`.
 */
import type { Action } from '../permissions/permissions';

export type ScreenId =
  | 'responses'
  | 'response'
  | 'history'
  | 'review'
  | 'quality'
  | 'audit'
  | 'indicators'
  | 'weights'
  | 'exchange'
  | 'overview'
  | 'conflicts'
  | 'duplicates'
  | 'profiles'
  | 'questionnaires'
  | 'about'
  | 'sample'
  | 'assignments'
  | 'verification'
  | 'verify'
  | 'resolve-verification'
  | 'keyer-statistics';

/** The jobs the navigation is grouped by, in order: Indtastning · Feltarbejde · Kontrol · Analyse · Udveksling · Indstillinger. */
export type NavGroup = 'entry' | 'fieldwork' | 'control' | 'analysis' | 'exchange' | 'settings';
export const NAV_GROUPS: readonly NavGroup[] = ['entry', 'fieldwork', 'control', 'analysis', 'exchange', 'settings'];

export interface ScreenSpec {
  id: ScreenId;
  /** A react-router path pattern; `:responseId` is the response's id. */
  path: string;
  /** The action `can()` must allow for the role to open the screen. */
  action: Action;
  /** Its group in the navigation, or null for screens reached from another (one response, its history). */
  group: NavGroup | null;
  /** Which navigation item is marked as current while this screen is open. */
  navOwner: ScreenId;
}

const screen = (id: ScreenId, path: string, action: Action, group: NavGroup | null, navOwner: ScreenId = id): ScreenSpec => ({
  id,
  path,
  action,
  group,
  navOwner,
});

/** In navigation order: the response list always first. */
export const SCREENS: readonly ScreenSpec[] = [
  screen('responses', '/responses', 'view-responses', 'entry'),
  screen('response', '/responses/:responseId', 'view-responses', null, 'responses'),
  screen('history', '/responses/:responseId/history', 'view-responses', null, 'responses'),
  screen('sample', '/sample', 'view-sample', 'fieldwork'),
  screen('assignments', '/assignments', 'view-assignments', 'fieldwork'),
  screen('verification', '/verification', 'view-verification', 'entry'),
  screen('verify', '/verification/:responseId/key', 'view-verification', null, 'verification'),
  screen('resolve-verification', '/verification/:responseId', 'resolve-verification', null, 'verification'),
  screen('review', '/review', 'view-review', 'control'),
  screen('quality', '/quality', 'view-quality', 'control'),
  screen('audit', '/audit', 'view-audit', 'control'),
  screen('keyer-statistics', '/keyer-statistics', 'view-keyer-statistics', 'control'),
  screen('indicators', '/indicators', 'view-indicators', 'analysis'),
  screen('weights', '/weights', 'edit-weights', 'analysis'),
  screen('exchange', '/exchange', 'send-package', 'exchange'),
  screen('overview', '/overview', 'view-overview', 'exchange'),
  screen('conflicts', '/conflicts', 'resolve-conflict', 'exchange'),
  screen('duplicates', '/duplicates', 'resolve-duplicate', 'exchange'),
  screen('profiles', '/profiles', 'view-profiles', 'settings'),
  screen('questionnaires', '/questionnaires', 'manage-questionnaires', 'settings'),
  screen('about', '/about', 'view-about', 'settings'),
];

/** Where the app starts, and where a reload lands. */
export const HOME_PATH = '/responses';

export function screenSpec(id: ScreenId): ScreenSpec {
  const spec = SCREENS.find((s) => s.id === id);
  if (!spec) throw new Error(`No screen ${id}`);
  return spec;
}

/** The path of a screen, with its parameters filled in (encoded). */
export function pathOf(id: ScreenId, params: { responseId?: string } = {}): string {
  const { path } = screenSpec(id);
  return path.replace(':responseId', () => {
    if (params.responseId === undefined) throw new Error(`The screen ${id} needs a response id`);
    return encodeURIComponent(params.responseId);
  });
}
