/**
 * The frame every screen sits in: an optional Back (saying where it goes), the title, the screen's
 * actions, then its content. On arrival the title takes the focus unless the screen put it somewhere
 * itself (a list, a first field), so a keyboard or screen-reader user starts at the top of the page.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './screen-frame.css';

export interface ScreenFrameProps {
  title: ReactNode;
  /** Back to where the person came from; the label names the place ("Tilbage til gennemgang"). */
  back?: { label: string; onClick(): void };
  /** Buttons beside the title (the screen's own commands). */
  actions?: ReactNode;
  /** A line under the title: status, a count, the workplace. */
  meta?: ReactNode;
  /** The content fills the height and scrolls inside itself (the virtualised list). */
  fill?: boolean;
  /** Reading width for text-heavy screens; tables and forms take the whole width. */
  width?: 'text' | 'full';
  className?: string;
  children: ReactNode;
}

export function ScreenFrame({ title, back, actions, meta, fill = false, width = 'full', className, children }: ScreenFrameProps) {
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Children's effects ran first: if one of them took the focus, leave it there.
    const section = sectionRef.current;
    if (section && !section.contains(document.activeElement)) headingRef.current?.focus({ preventScroll: true });
  }, []);

  const classes = ['screen', fill ? 'screen-fill' : '', width === 'text' ? 'screen-text' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <section ref={sectionRef} className={classes} aria-labelledby={titleId}>
      <header className="screen-head">
        {back ? (
          <button type="button" className="screen-back" onClick={back.onClick}>
            <span aria-hidden="true">← </span>
            {back.label}
          </button>
        ) : null}
        <div className="screen-title-row">
          <h1 id={titleId} ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
          {actions ? <div className="screen-actions">{actions}</div> : null}
        </div>
        {meta ? <div className="screen-meta">{meta}</div> : null}
      </header>
      <div className="screen-body">{children}</div>
    </section>
  );
}
