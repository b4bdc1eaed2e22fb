/** The persistent navigation: the screens the role may open, grouped by job, the current one marked. */
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, matchPath } from 'react-router';
import { navFor } from '../core/navigation/nav-model';
import { SCREENS, type ScreenId } from '../core/navigation/screens';
import type { Role } from '../core/permissions/roles';

/** The navigation item that owns the current path (a response belongs to "Besvarelser"). */
export function currentNavOwner(pathname: string): ScreenId | null {
  // Longest pattern first, so /responses/:id/history is not taken for /responses/:id.
  const byLength = [...SCREENS].sort((a, b) => b.path.length - a.path.length);
  return byLength.find((s) => matchPath({ path: s.path, end: true }, pathname))?.navOwner ?? null;
}

export function SideNav({ role }: { role: Role }) {
  const { t } = useTranslation('nav');
  const { pathname } = useLocation();
  const owner = currentNavOwner(pathname);
  return (
    <nav className="side-nav" aria-label={t('label')}>
      {navFor(role).map((section) => (
        <div key={section.group} className="nav-group" role="group" aria-labelledby={`nav-group-${section.group}`}>
          <h2 id={`nav-group-${section.group}`} className="nav-group-title">
            {t(`groups.${section.group}`)}
          </h2>
          <ul>
            {section.items.map((item) => (
              <li key={item.id}>
                <NavLink
                  to={item.path}
                  className={owner === item.id ? 'nav-item current' : 'nav-item'}
                  aria-current={owner === item.id ? 'page' : undefined}
                >
                  {t(`items.${item.id}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
