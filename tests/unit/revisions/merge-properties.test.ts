/**
 * Properties of merging on random field work across three laptops (see `device-simulation.ts`):
 * the order of imports does not matter, a re-import changes nothing, no revision is ever lost, and
 * a response is in conflict exactly when its history diverged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../renderer/src/core/audit/canonical-json';
import { checkTree } from '../../../renderer/src/core/revisions/check-tree';
import { classifyIncoming } from '../../../renderer/src/core/revisions/classify';
import { mergeTrees } from '../../../renderer/src/core/revisions/merge-trees';
import type { RevisionTree } from '../../../renderer/src/core/revisions/revision-tree';
import { expectedLeaves, historyArb, permute, playHistory, type Laptop } from './device-simulation';
import { unwrap } from './revision-support';

type Store = Map<string, RevisionTree>;

/** The coordinator's import of one laptop's work; returns the classifications. */
function importInto(store: Store, laptop: Laptop): string[] {
  const seen: string[] = [];
  for (const [id, incoming] of laptop.trees) {
    const { classification, merged } = unwrap(classifyIncoming(store.get(id), incoming));
    seen.push(classification);
    store.set(id, merged);
  }
  return seen;
}

const snapshot = (store: Store): string =>
  canonicalJson(Object.fromEntries([...store].sort(([a], [b]) => (a < b ? -1 : 1))));

const orderArb = fc.array(fc.integer(), { minLength: 100, maxLength: 100 });

describe('merging random histories from three laptops', () => {
  it('gives the same final state in any import order', () => {
    fc.assert(
      fc.property(historyArb, orderArb, orderArb, (actions, keysA, keysB) => {
        const { sent } = playHistory(actions);
        const a: Store = new Map();
        const b: Store = new Map();
        permute(sent, keysA).forEach((pkg) => importInto(a, pkg.laptop));
        permute(sent, keysB).forEach((pkg) => importInto(b, pkg.laptop));
        expect(snapshot(a)).toBe(snapshot(b));
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing when a package is imported again', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (actions, pick) => {
        const { sent } = playHistory(actions);
        const store: Store = new Map();
        sent.forEach((pkg) => importInto(store, pkg.laptop));
        const before = snapshot(store);
        const again = sent[pick % sent.length];
        if (again === undefined) return;
        const classes = importInto(store, again.laptop);
        expect(classes.every((c) => c === 'unchanged' || c === 'older')).toBe(true);
        expect(snapshot(store)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('loses no revision made anywhere, invents none, and keeps every tree consistent', () => {
    fc.assert(
      fc.property(historyArb, (actions) => {
        const { sent, made } = playHistory(actions);
        const store: Store = new Map();
        sent.forEach((pkg) => importInto(store, pkg.laptop));
        expect([...store.keys()].sort()).toEqual([...made.keys()].sort());
        for (const [id, revs] of made) {
          const tree = store.get(id) as RevisionTree;
          expect(tree.nodes.map((node) => node.rev).sort()).toEqual([...revs.keys()].sort());
          expect(checkTree(tree)).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows a conflict exactly when histories diverged, on every laptop and at the coordinator', () => {
    fc.assert(
      fc.property(historyArb, (actions) => {
        const { sent, made, laptops } = playHistory(actions);
        const store: Store = new Map();
        const coordinatorKnows = new Map<string, Set<string>>();
        for (const pkg of sent) {
          importInto(store, pkg.laptop);
          for (const [id, revs] of pkg.laptop.known) coordinatorKnows.set(id, new Set([...(coordinatorKnows.get(id) ?? []), ...revs]));
        }
        const holders: { trees: Store; known: Map<string, Set<string>> }[] = [...laptops, { trees: store, known: coordinatorKnows }];
        for (const holder of holders) {
          for (const [id, tree] of holder.trees) {
            const expected = expectedLeaves(made.get(id) ?? new Map(), holder.known.get(id) ?? new Set());
            expect(tree.contents.map((leaf) => leaf.rev)).toEqual(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('merging is commutative, associative and idempotent on the laptops’ trees', () => {
    fc.assert(
      fc.property(historyArb, (actions) => {
        const { laptops } = playHistory(actions);
        for (const [id] of laptops[0]?.trees ?? []) {
          const [x, y, z] = laptops.map((laptop) => laptop.trees.get(id) ?? { nodes: [], contents: [], truncated: [] });
          if (!x || !y || !z) continue;
          const m = (p: RevisionTree, q: RevisionTree) => unwrap(mergeTrees(p, q));
          expect(m(x, y)).toEqual(m(y, x));
          expect(m(m(x, y), z)).toEqual(m(x, m(y, z)));
          expect(m(x, x)).toEqual(x);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the generated field work', () => {
  it('is not vacuous: many histories diverge, some are resolved, some deleted', () => {
    const histories = fc.sample(historyArb, { numRuns: 300, seed: 42 }).map(playHistory);
    const trees = histories.flatMap((h) => h.laptops.flatMap((laptop) => [...laptop.trees.values()]));
    const conflicted = trees.filter((tree) => tree.contents.length > 1).length;
    const resolutions = trees.filter((tree) => tree.nodes.some((node) => node.parents.length > 1)).length;
    const deletedLeaves = trees.filter((tree) => tree.contents.some((leaf) => leaf.content.deletedAt !== null)).length;
    expect(conflicted / trees.length).toBeGreaterThan(0.1);
    expect(resolutions).toBeGreaterThan(20);
    expect(deletedLeaves).toBeGreaterThan(20);
  });
});
