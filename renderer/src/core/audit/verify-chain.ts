/**
 * Verification of the audit log: every device's chain, in the order the entries are stored, and the
 * chain heads recorded in exports and packages. Pure and synchronous, so it runs in a Worker.
 *
 * Each device's entries must come in storage order as 1, 2, 3, …, each carrying the previous
 * entry's hash and a hash of its own that matches its content. The first entry that breaks this is
 * named, per device. A chain alone cannot show that its last entries were removed, or that someone
 * rewrote all of it: a chain head recorded earlier (in an export, a package, or given by the user
 * from a file) can, so every recorded head must still be in the log with the same hash.
 */
import type { LocalText } from '../questionnaire/model';
import { GENESIS_HASH, type AuditEntry, type ChainHead } from './audit-entry';
import { entryHash } from './entry-hash';
import { breakMessage, headMessage, type BreakKind, type HeadStatus } from './verify-messages';

export type { BreakKind, HeadStatus } from './verify-messages';

/** Where an entry is: its position in the input and its identifiers (null where it lacks them). */
export interface EntryRef {
  index: number;
  seq: number | null;
  id: string | null;
  deviceSeq: number | null;
}

export interface ChainBreak {
  deviceId: string;
  kind: BreakKind;
  /** The deviceSeq the chain expected at this point. */
  expectedDeviceSeq: number;
  /** The entry where the chain breaks (for `missing`: the first one after the gap). */
  entry: EntryRef;
  message: LocalText;
}

export interface DeviceChain {
  deviceId: string;
  entries: number;
  /** Entries verified before the first break (all of them when unbroken). */
  verified: number;
  /** The last verified entry. */
  head: ChainHead | null;
  break: ChainBreak | null;
}

/** A head recorded somewhere: `source` says where (e.g. "export 2024-05-01T10:00:00Z"). */
export interface RecordedHead extends ChainHead {
  source: string;
}

export interface HeadCheck {
  head: RecordedHead;
  status: HeadStatus;
  message: LocalText;
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  devices: DeviceChain[];
  /** The earliest break in input order, over all devices. */
  firstBreak: ChainBreak | null;
  heads: HeadCheck[];
}

interface DeviceState {
  chain: DeviceChain;
  present: Set<number>;
  hashes: Map<number, string>;
  prevHash: string;
}

const isWellFormed = (e: AuditEntry): boolean =>
  Number.isInteger(e.deviceSeq) && e.deviceSeq >= 1 && typeof e.hash === 'string' && typeof e.prevHash === 'string';

function refOf(e: AuditEntry, index: number): EntryRef {
  return {
    index,
    seq: typeof e.seq === 'number' ? e.seq : null,
    id: typeof e.id === 'string' ? e.id : null,
    deviceSeq: Number.isInteger(e.deviceSeq) ? e.deviceSeq : null,
  };
}

/** Why `e` cannot continue the chain in `state`, or null when it does. `computed`: its hash, when known. */
function breakKind(state: DeviceState, e: AuditEntry, computed: string | undefined): BreakKind | null {
  if (!isWellFormed(e)) return 'malformed';
  const expected = state.chain.verified + 1;
  if (e.deviceSeq !== expected) {
    if (e.deviceSeq < expected) return 'duplicate';
    return state.present.has(expected) ? 'reordered' : 'missing';
  }
  if (e.prevHash !== state.prevHash) return 'prev-hash-mismatch';
  return (computed ?? entryHash(e)) === e.hash ? null : 'hash-mismatch';
}

function deviceStates(entries: readonly AuditEntry[]): Map<string, DeviceState> {
  const states = new Map<string, DeviceState>();
  for (const e of entries) {
    const deviceId = String(e.deviceId);
    let state = states.get(deviceId);
    if (!state) {
      const chain: DeviceChain = { deviceId, entries: 0, verified: 0, head: null, break: null };
      state = { chain, present: new Set(), hashes: new Map(), prevHash: GENESIS_HASH };
      states.set(deviceId, state);
    }
    state.chain.entries += 1;
    if (Number.isInteger(e.deviceSeq)) state.present.add(e.deviceSeq);
  }
  return states;
}

function checkHead(states: ReadonlyMap<string, DeviceState>, head: RecordedHead): HeadCheck {
  const found = states.get(head.deviceId)?.hashes.get(head.deviceSeq);
  const status: HeadStatus = found === undefined ? 'missing' : found === head.hash ? 'ok' : 'mismatch';
  return { head, status, message: headMessage(status, head.deviceId, head.deviceSeq, head.source) };
}

/**
 * Verifies `entries`, given in storage order (the local `seq`), grouped by device. A recorded head
 * is checked against the entries as stored (also past a break), so a rewritten or shortened log is
 * named even when its chain is internally consistent. `computed[i]`, when given, is `entryHash` of
 * `entries[i]` worked out beforehand (e.g. by WebCrypto, off the thread).
 */
export function verifyChains(
  entries: readonly AuditEntry[],
  recorded: readonly RecordedHead[] = [],
  computed: readonly (string | undefined)[] = [],
): ChainVerification {
  const states = deviceStates(entries);
  let firstBreak: ChainBreak | null = null;
  for (let index = 0; index < entries.length; index++) {
    const e = entries[index] as AuditEntry;
    const state = states.get(String(e.deviceId)) as DeviceState;
    if (Number.isInteger(e.deviceSeq) && !state.hashes.has(e.deviceSeq)) state.hashes.set(e.deviceSeq, e.hash);
    const { chain } = state;
    if (chain.break) continue;
    const kind = breakKind(state, e, computed[index]);
    if (kind === null) {
      state.prevHash = e.hash;
      chain.verified += 1;
      chain.head = { deviceId: chain.deviceId, deviceSeq: e.deviceSeq, hash: e.hash };
      continue;
    }
    const expected = chain.verified + 1;
    const found = Number.isInteger(e.deviceSeq) ? e.deviceSeq : null;
    const message = breakMessage(kind, chain.deviceId, expected, found);
    chain.break = { deviceId: chain.deviceId, kind, expectedDeviceSeq: expected, entry: refOf(e, index), message };
    firstBreak ??= chain.break;
  }
  const devices = [...states.values()].map((s) => s.chain).sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
  const heads = recorded.map((head) => checkHead(states, head));
  const ok = firstBreak === null && heads.every((h) => h.status === 'ok');
  return { ok, entries: entries.length, devices, firstBreak, heads };
}

/** Each device's last entry as stored (highest deviceSeq): what an export or package records. */
export function chainHeads(entries: readonly AuditEntry[]): ChainHead[] {
  const heads = new Map<string, ChainHead>();
  for (const e of entries) {
    const current = heads.get(e.deviceId);
    if (!current || e.deviceSeq > current.deviceSeq) heads.set(e.deviceId, { deviceId: e.deviceId, deviceSeq: e.deviceSeq, hash: e.hash });
  }
  return [...heads.values()].sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
}
