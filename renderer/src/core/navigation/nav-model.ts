/** The navigation a role sees: the screens of `SCREENS` that `can()` allows, grouped by job. */
import { can } from '../permissions/permissions';
import type { Role } from '../permissions/roles';
import { NAV_GROUPS, SCREENS, type NavGroup, type ScreenSpec } from './screens';

export interface NavSection {
  group: NavGroup;
  items: readonly ScreenSpec[];
}

/** Only groups with at least one item the role may open; items in table order. */
export function navFor(role: Role): NavSection[] {
  return NAV_GROUPS.map((group) => ({
    group,
    items: SCREENS.filter((s) => s.group === group && can(role, s.action).allowed),
  })).filter((section) => section.items.length > 0);
}

/** Whether the role may open the screen (the route guard asks this too). */
export function mayOpen(role: Role, spec: ScreenSpec): boolean {
  return can(role, spec.action).allowed;
}
