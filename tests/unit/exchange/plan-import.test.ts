import { beforeAll, describe, expect, it } from 'vitest';
import type { Package } from '../../../renderer/src/core/exchange/package-format';
import { importFingerprint, planImport, planImportInChunks, type ResponseTreeState } from '../../../renderer/src/core/exchange/plan-import';
import { buildPackage } from '../../../renderer/src/core/exchange/write-package';
import { isConflicted, winner } from '../../../renderer/src/core/revisions/winner';
import { SAMPLE_QUESTIONNAIRE, sampleAuditChain, sampleInput } from '../../fixtures/packages/sample-package';
import { bo, edited, resolved, unwrap } from '../revisions/revision-support';

/** This computer's state after applying a plan (what the store does in one transaction). */
function applied(local: Map<string, ResponseTreeState>, pkg: Package): Map<string, ResponseTreeState> {
  const plan = unwrap(planImport(local, pkg));
  const next = new Map(local);
  for (const item of plan.writes) next.set(item.header.id, { header: item.header, tree: item.merged });
  return next;
}

describe('planning an import on the coordinator’s computer', () => {
  let pkg: Package;
  beforeAll(async () => {
    pkg = await buildPackage(sampleInput());
  });

  it('counts everything as new the first time, and marks the conflict it carries', async () => {
    const plan = unwrap(planImport(new Map(), pkg));
    expect(plan.report).toEqual({ new: 3, updated: 0, unchanged: 0, older: 0, conflicts: 0, conflicted: 1, refused: [] });
    expect(plan.writes).toHaveLength(3);
    expect(plan.items.filter((item) => item.conflicted).map((item) => item.header.key)).toEqual(['H3N-5WY']);
    expect(plan.questionnaires).toEqual([SAMPLE_QUESTIONNAIRE]);
    expect(plan.auditEntries).toHaveLength(5);
    expect(plan.fingerprint).toBe(importFingerprint(pkg));
  });

  it('changes nothing when the same package is imported again, and says so', async () => {
    const local = applied(new Map(), pkg);
    const stored = sampleAuditChain();
    const plan = unwrap(
      planImport(local, pkg, {
        auditHash: (device, seq) => stored.find((e) => e.deviceId === device && e.deviceSeq === seq)?.hash,
        questionnaire: () => SAMPLE_QUESTIONNAIRE,
      }),
    );
    expect(plan.report).toEqual({ new: 0, updated: 0, unchanged: 3, older: 0, conflicts: 0, conflicted: 1, refused: [] });
    expect(plan.writes).toEqual([]);
    expect(plan.auditEntries).toEqual([]);
    expect(plan.questionnaires).toEqual([]);
  });

  it('fast-forwards a later edit, ignores an older package, and reports a new conflict', async () => {
    const local = applied(new Map(), pkg);
    const [first, second] = pkg.content.responses;
    if (!first || !second) throw new Error('fixture');
    const later = { ...first, revisions: edited(first.revisions, { workplace_name: 'Skolen' }) };
    const afterLater = applied(local, await buildPackage(sampleInput({ responses: [later] })));
    const older = unwrap(planImport(afterLater, await buildPackage(sampleInput({ responses: [first] }))));
    expect(older.report.older).toBe(1);
    expect(older.writes).toEqual([]);
    const sideways = { ...second, revisions: edited(second.revisions, { workplace_name: 'Restored' }, { actor: bo, deletedAt: null }) };
    const onward = { ...second, revisions: edited(second.revisions, { workplace_name: 'Fejl 2' }) };
    const mine = applied(local, await buildPackage(sampleInput({ responses: [onward] })));
    const plan = unwrap(planImport(mine, await buildPackage(sampleInput({ responses: [later, sideways] }))));
    expect(plan.report).toMatchObject({ updated: 1, conflicts: 1, conflicted: 1 });
  });

  it('closes a conflict everywhere once the coordinator’s resolution comes back', async () => {
    const local = applied(new Map(), pkg);
    const conflicted = local.get(pkg.content.responses[2]?.id ?? '') as ResponseTreeState;
    expect(isConflicted(conflicted.tree)).toBe(true);
    const top = winner(conflicted.tree);
    if (!top) throw new Error('fixture');
    const fixed = resolved(conflicted.tree, { answers: top.content.answers, status: 'completed', deletedAt: null });
    const resolution = { ...conflicted.header, revisions: fixed };
    const plan = unwrap(planImport(new Map([[conflicted.header.id, conflicted]]), await buildPackage(sampleInput({ responses: [resolution] }))));
    expect(plan.items[0]?.classification).toBe('fast-forward');
    expect(plan.items[0]?.conflicted).toBe(false);
  });

  it('refuses one response whose identity contradicts the local copy, and imports the rest', async () => {
    const local = applied(new Map(), pkg);
    const [first] = pkg.content.responses;
    if (!first) throw new Error('fixture');
    const impostor = { ...first, createdById: 'someone-else' };
    const plan = unwrap(planImport(local, await buildPackage(sampleInput({ responses: [impostor, ...pkg.content.responses.slice(1)] }))));
    expect(plan.report.refused).toHaveLength(1);
    expect(plan.report.refused[0]?.key).toBe('K7M-4QX');
    expect(plan.report.refused[0]?.reason.en).toContain('createdById');
    expect(plan.report.unchanged).toBe(2);
  });

  it('refuses responses whose questionnaire version differs from the one on this computer', async () => {
    const changed = { ...SAMPLE_QUESTIONNAIRE, title: { da: 'Ændret', en: 'Changed' } };
    const plan = unwrap(planImport(new Map(), pkg, { questionnaire: () => changed }));
    expect(plan.report.refused).toHaveLength(3);
    expect(plan.writes).toEqual([]);
    expect(plan.questionnaires).toEqual([]);
  });

  it('refuses the whole package when an audit entry contradicts a stored one', async () => {
    const result = planImport(new Map(), pkg, { auditHash: (_device, seq) => (seq === 2 ? 'f'.repeat(64) : undefined) });
    expect(result.ok ? 'ok' : result.error.code).toBe('audit-conflict');
  });
});

describe('relayed audit entries of a device this computer already knows', () => {
  // The package comes from a hub that relays laptop A's five entries; laptop A is known here.
  const relay = { senderDeviceId: 'hub-device', knownDevices: new Set(['aaaaaaaa-0000-4000-8000-000000000001']) };
  const chain = sampleAuditChain();
  const codeOf = (result: ReturnType<typeof planImport>): string => (result.ok ? `ok:${result.value.auditEntries.map((e) => e.deviceSeq).join(',')}` : result.error.code);
  let pkg: Package;
  beforeAll(async () => {
    pkg = await buildPackage(sampleInput());
    expect(relay.knownDevices.has(pkg.manifest.deviceId)).toBe(true);
  });

  it('fill a gap below what is stored here, linked by hash: taken', () => {
    // Entries 4 and 5 are stored: 1–3 are fresh and their run reaches stored entry 4.
    const stored = (device: string, seq: number) => chain.find((e) => e.deviceId === device && e.deviceSeq === seq && seq >= 4)?.hash;
    expect(codeOf(planImport(new Map(), pkg, { ...relay, auditHash: stored }))).toBe('ok:1,2,3');
    // Nothing of the run is stored, but entry 6 stored here links back to the run's last (5).
    const last = chain[4]!;
    const links = { auditPrevHash: (device: string, seq: number) => (device === last.deviceId && seq === 6 ? last.hash : undefined) };
    expect(codeOf(planImport(new Map(), pkg, { ...relay, ...links }))).toBe('ok:1,2,3,4,5');
  });

  it('extend the chain beyond what is stored: refused, as only the device itself does that', () => {
    // Entries 1–2 stored: 3–5 would extend the chain from its stored head.
    const stored = (device: string, seq: number) => chain.find((e) => e.deviceId === device && e.deviceSeq === seq && seq <= 2)?.hash;
    expect(codeOf(planImport(new Map(), pkg, { ...relay, auditHash: stored }))).toBe('audit-foreign-device');
    // Entry 6 stored here links to something else: no anchor.
    const wrong = { auditPrevHash: (_device: string, seq: number) => (seq === 6 ? 'f'.repeat(64) : undefined) };
    expect(codeOf(planImport(new Map(), pkg, { ...relay, ...wrong }))).toBe('audit-foreign-device');
    // The device itself may extend its chain; an unknown device's entries come in as relayed.
    expect(codeOf(planImport(new Map(), pkg, { ...relay, senderDeviceId: pkg.manifest.deviceId, auditHash: stored }))).toBe('ok:3,4,5');
    expect(codeOf(planImport(new Map(), pkg, { ...relay, knownDevices: new Set() }))).toBe('ok:1,2,3,4,5');
  });
});

describe('planning in chunks (the window gets a turn between them)', () => {
  it('gives the same plan as planning at once, pausing between chunks only', async () => {
    const pkg = await buildPackage(sampleInput());
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    const whole = planImport(new Map(), pkg);
    expect(await planImportInChunks(new Map(), pkg, {}, pause, 1)).toEqual(whole);
    expect(pauses).toBe(2); // three responses, one per chunk
    pauses = 0;
    expect(await planImportInChunks(new Map(), pkg, {}, pause)).toEqual(whole);
    expect(pauses).toBe(0);
    // A refusal of the package comes before any response is planned.
    const refused = await planImportInChunks(new Map(), pkg, { ownDeviceId: pkg.manifest.deviceId }, pause, 1);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('audit-own-device');
    expect(pauses).toBe(0);
  });
});
