/**
 * The merge properties again, end to end through real package files: random field work on three
 * laptops (see `device-simulation.ts`); each "send" becomes a package of all responses or of those
 * changed since the laptop's previous package; the coordinator reads and plans each one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../renderer/src/core/audit/canonical-json';
import type { Package, PackageResponse } from '../../../renderer/src/core/exchange/package-format';
import { planImport, type ResponseTreeState } from '../../../renderer/src/core/exchange/plan-import';
import { readPackage } from '../../../renderer/src/core/exchange/read-package';
import { writePackage } from '../../../renderer/src/core/exchange/write-package';
import type { RevisionTree } from '../../../renderer/src/core/revisions/revision-tree';
import { SAMPLE_QUESTIONNAIRE } from '../../fixtures/packages/sample-package';
import { historyArb, permute, playHistory, type History } from '../revisions/device-simulation';
import { unwrap } from '../revisions/revision-support';

type Store = Map<string, ResponseTreeState>;

/** The sample questionnaire with the simulation's one integer question `q` (answers are checked on reading). */
const QUESTIONNAIRE = {
  ...SAMPLE_QUESTIONNAIRE,
  sections: SAMPLE_QUESTIONNAIRE.sections.map((s) => ({ ...s, questions: [...s.questions, { name: 'q', type: 'integer' as const, label: { da: 'Q', en: 'Q' } }] })),
};

function header(id: string): Omit<PackageResponse, 'revisions'> {
  return {
    id,
    key: `K${id.slice(-3)}-AAA`,
    questionnaireId: SAMPLE_QUESTIONNAIRE.id,
    questionnaireVersion: SAMPLE_QUESTIONNAIRE.version,
    createdAt: '2025-03-01T00:00:00.000Z',
    createdById: 'creator',
    createdByName: 'Creator',
  };
}

/** The package files a history's sends become; `sinceMask` picks "changed since last package" sends. */
async function packagesOf(history: History, sinceMask: readonly boolean[]): Promise<Uint8Array[]> {
  const lastSent = new Map<number, Map<string, RevisionTree>>();
  const files: Uint8Array[] = [];
  for (const [index, send] of history.sent.entries()) {
    const previous = lastSent.get(send.device);
    const since = sinceMask[index] === true && previous !== undefined;
    const responses = [...send.laptop.trees]
      .filter(([id, tree]) => !since || previous?.get(id) !== tree)
      .map(([id, tree]) => ({ ...header(id), revisions: tree }));
    lastSent.set(send.device, send.laptop.trees);
    const input = {
      packageId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      deviceId: `laptop-${send.device}`,
      appVersion: '0.1.0',
      surveyor: { id: `surveyor-${send.device}`, name: `Surveyor ${send.device}`, initials: `S${send.device}` },
      createdAt: '2025-03-09T00:00:00.000Z',
      since: since ? '2025-03-08T00:00:00.000Z' : null,
      questionnaires: [QUESTIONNAIRE],
      responses,
      auditEntries: [],
      auditChainHeads: [],
    };
    files.push(unwrap(await writePackage(input)));
  }
  return files;
}

async function importFile(store: Store, file: Uint8Array): Promise<{ writes: number; pkg: Package }> {
  const pkg = unwrap(await readPackage(file));
  const plan = unwrap(planImport(store, pkg));
  for (const item of plan.writes) store.set(item.header.id, { header: item.header, tree: item.merged });
  expect(plan.report.refused).toEqual([]);
  return { writes: plan.writes.length, pkg };
}

const snapshot = (store: Store): string => canonicalJson([...store].sort(([a], [b]) => (a < b ? -1 : 1)));
const maskArb = fc.array(fc.boolean(), { minLength: 100, maxLength: 100 });
const orderArb = fc.array(fc.integer(), { minLength: 100, maxLength: 100 });

describe('exchanging packages between three laptops and a coordinator', () => {
  it('any import order gives the same state, a re-import changes nothing, and no revision is lost', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, maskArb, orderArb, orderArb, fc.nat(), async (actions, mask, keysA, keysB, pick) => {
        const history = playHistory(actions);
        const files = await packagesOf(history, mask);
        const a: Store = new Map();
        const b: Store = new Map();
        for (const file of permute(files, keysA)) await importFile(a, file);
        for (const file of permute(files, keysB)) await importFile(b, file);
        expect(snapshot(a)).toBe(snapshot(b));

        const again = files[pick % files.length];
        if (again) {
          const before = snapshot(a);
          expect((await importFile(a, again)).writes).toBe(0);
          expect(snapshot(a)).toBe(before);
        }

        for (const [id, made] of history.made) {
          const revs = a.get(id)?.tree.nodes.map((node) => node.rev).sort();
          expect(revs).toEqual([...made.keys()].sort());
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
