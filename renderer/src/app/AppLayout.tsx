/**
 * The frame around every screen: the header (app name, who works and as what, language), the
 * navigation, the notices, and the screen itself. Alt+←/→ go back and forward in the app's own
 * history, except in the entry form, where they move between sections.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { Lang } from '../core/questionnaire/model';
import type { Profile } from '../db/records';
import { AppHeader } from './AppHeader';
import { SideNav } from './SideNav';

interface Props {
  profile: Profile;
  lang: Lang;
  onLangChange(lang: Lang): void;
  /** Notices above the screen (read-only store, recovered drafts, a failed action). */
  banners: ReactNode;
  /** Called on every change of screen (clears the last action's notice). */
  onNavigate(pathname: string): void;
}

/** Where Alt+←/→ belong to the screen (section jumps in the entry form), not to the history. */
const OWNS_ALT_ARROWS = '.entry-screen';

export function AppLayout({ profile, lang, onLangChange, banners, onNavigate }: Props) {
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const report = useRef(onNavigate);
  useEffect(() => {
    report.current = onNavigate;
  });

  useEffect(() => {
    // A new screen starts at its top.
    mainRef.current?.scrollTo?.({ top: 0 });
    report.current(location.pathname);
  }, [location.pathname]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (e.target instanceof Element && e.target.closest(OWNS_ALT_ARROWS)) return;
      e.preventDefault();
      void navigate(e.key === 'ArrowLeft' ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <div className="app-shell">
      <AppHeader profile={profile} lang={lang} onLangChange={onLangChange} />
      <div className="app-body">
        <SideNav role={profile.role} />
        <main ref={mainRef} className="app-main">
          {banners}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
