import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroller. A region that scrolls must be reachable by keyboard
 * (WCAG 2.1.1; on a phone these tables are wider than the screen), so it is a named tab stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
