/**
 * Which completed responses a coordinator's share marks for verification: per surveyor (the first
 * keyer), in the order they were keyed, every n-th one (the n-th, 2n-th, …), or a random x % of
 * them (rounded up, so every surveyor with a completed response gets at least one when x > 0).
 * Responses already marked are not candidates again.
 */
export interface Candidate {
  id: string;
  /** The profile that keyed the response first. */
  keyerId: string;
  /** ISO 8601: the order a surveyor keyed their responses in. */
  createdAt: string;
}

export type ShareRule = { kind: 'every-nth'; n: number } | { kind: 'random'; percent: number };

/** Why a share cannot be taken, or null when it is valid. */
export function shareProblem(rule: ShareRule): { en: string; da: string } | null {
  if (rule.kind === 'every-nth') {
    return Number.isInteger(rule.n) && rule.n >= 1 && rule.n <= 1000 ? null : { en: 'n must be a whole number from 1 to 1000.', da: 'n skal være et helt tal fra 1 til 1000.' };
  }
  return Number.isFinite(rule.percent) && rule.percent > 0 && rule.percent <= 100
    ? null
    : { en: 'The share must be a percentage above 0 and at most 100.', da: 'Andelen skal være en procentdel over 0 og højst 100.' };
}

/**
 * The ids chosen by `rule`, surveyor by surveyor. `random` returns a number in [0, 1) (tests pass
 * a fixed sequence; the app, crypto randomness).
 */
export function chooseForVerification(candidates: readonly Candidate[], rule: ShareRule, random: () => number = Math.random): string[] {
  const byKeyer = new Map<string, Candidate[]>();
  for (const c of candidates) byKeyer.set(c.keyerId, [...(byKeyer.get(c.keyerId) ?? []), c]);
  const chosen: string[] = [];
  for (const keyerId of [...byKeyer.keys()].sort()) {
    const list = (byKeyer.get(keyerId) ?? []).slice().sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
    if (rule.kind === 'every-nth') {
      for (let i = rule.n - 1; i < list.length; i += rule.n) chosen.push((list[i] as Candidate).id);
      continue;
    }
    const count = Math.min(list.length, Math.ceil((list.length * rule.percent) / 100 - 1e-9));
    // A partial Fisher–Yates shuffle: the first `count` places get a uniform random sample.
    const pool = list.map((c) => c.id);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      const swap = pool[i] as string;
      pool[i] = pool[j] as string;
      pool[j] = swap;
      chosen.push(pool[i] as string);
    }
  }
  return chosen;
}
