import type { ResponseSummary } from '../../../renderer/src/db/records';

const WORKPLACES = ['Aarhus Kommune', 'Region Syddanmark', 'Ældrecentret Søbakken', 'Odense Skole', 'Børnehuset Åen'];

/** n deterministic summaries: every 3rd completed, every 50th deleted, updated one minute apart (row 0 oldest). */
export function makeSummaries(n: number): ResponseSummary[] {
  const base = Date.parse('2024-03-01T08:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: `id-${i}`,
    key: `K${String(i).padStart(5, '0')}`,
    status: i % 3 === 0 ? 'completed' : 'draft',
    workplaceName: `${WORKPLACES[i % WORKPLACES.length] ?? ''} ${i}`,
    workplaceId: `WP${1000 + i}`,
    createdById: i % 2 === 0 ? 'profile-mette' : 'profile-jonas',
    createdByName: i % 2 === 0 ? 'Mette Hansen' : 'Jonas Berg',
    sectorLevel: '',
    policyArea: '',
    createdAt: new Date(base).toISOString(),
    updatedAt: new Date(base + i * 60_000).toISOString(),
    deleted: i % 50 === 49 ? 1 : 0,
    progress: (i % 101) / 100,
  }));
}

/** jsdom has no layout: give scroll containers a height so the virtualiser has a window to fill. */
export function fakeLayout(height = 400): () => void {
  const proto = HTMLElement.prototype;
  const originals = ['clientHeight', 'scrollHeight'].map((p) => [p, Object.getOwnPropertyDescriptor(proto, p)] as const);
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(proto, 'scrollHeight', { configurable: true, get: () => 10_000_000 });
  const scrollTo = function (this: HTMLElement, opts?: ScrollToOptions | number) {
    if (typeof opts === 'object' && opts.top !== undefined) {
      this.scrollTop = opts.top;
      // Browsers fire scroll events later, never inside the call.
      setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
    }
  };
  (proto as unknown as { scrollTo: unknown }).scrollTo = scrollTo;
  return () => {
    for (const [p, d] of originals) if (d) Object.defineProperty(proto, p, d);
    delete (proto as unknown as { scrollTo?: unknown }).scrollTo;
  };
}
