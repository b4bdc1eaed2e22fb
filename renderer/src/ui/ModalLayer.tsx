/**
 * Where a dialog lives: above the page, in <body>, with the page behind made `inert` while it is
 * open (no focus, no clicks, hidden from assistive technology), as a native modal would.
 */
import { useLayoutEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The app's root element (index.html); absent in component tests, where nothing is made inert. */
const appRoot = (): HTMLElement | null => document.getElementById('root');

let openLayers = 0;

export function ModalLayer({ children }: { children: ReactNode }) {
  // A layout effect, so the page is live again before a dialog's own cleanup returns the focus to it.
  useLayoutEffect(() => {
    const root = appRoot();
    openLayers += 1;
    root?.setAttribute('inert', '');
    return () => {
      openLayers -= 1;
      if (openLayers === 0) root?.removeAttribute('inert');
    };
  }, []);
  return createPortal(<div className="modal-backdrop">{children}</div>, document.body);
}
