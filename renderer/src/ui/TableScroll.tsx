/**
 * A wide table's own scrolling box: focusable and named, so a keyboard user can scroll it with the
 * arrow keys (axe-core's scrollable-region-focusable) while the page itself never scrolls sideways.
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
