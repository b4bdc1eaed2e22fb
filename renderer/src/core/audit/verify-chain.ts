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
  /** Hashes as first stored, kept only for the seqs a recorded head names. */
  hashes: Map<number, string>;
  /** The seqs of this device that recorded heads name. */
  wanted: ReadonlySet<number>;
  prevHash: string;
  /**
   * After a break that skipped `expected`: whether that entry comes later in storage (`reordered`)
   * or never (`missing`). It cannot have come earlier: every entry before a break is the next one.
   */
  pending: { expected: number; found: number | null } | null;
}

const NONE: ReadonlySet<number> = new Set();

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

/**
 * Why `e` cannot continue the chain in `state`, or null when it does; `skipped` when it jumps
 * ahead (missing or reordered, told apart once the rest of the log is seen). `computed`: its hash, when known.
 */
function breakKind(state: DeviceState, e: AuditEntry, computed: string | undefined): BreakKind | 'skipped' | null {
  if (!isWellFormed(e)) return 'malformed';
  const expected = state.chain.verified + 1;
  if (e.deviceSeq !== expected) return e.deviceSeq < expected ? 'duplicate' : 'skipped';
  if (e.prevHash !== state.prevHash) return 'prev-hash-mismatch';
  return (computed ?? entryHash(e)) === e.hash ? null : 'hash-mismatch';
}

/** The seqs each device's recorded heads name. */
function wantedSeqs(recorded: readonly RecordedHead[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const head of recorded) {
    const seqs = out.get(head.deviceId);
    if (seqs) seqs.add(head.deviceSeq);
    else out.set(head.deviceId, new Set([head.deviceSeq]));
  }
  return out;
}

function checkHead(states: ReadonlyMap<string, DeviceState>, head: RecordedHead): HeadCheck {
  const found = states.get(head.deviceId)?.hashes.get(head.deviceSeq);
  const status: HeadStatus = found === undefined ? 'missing' : found === head.hash ? 'ok' : 'mismatch';
  return { head, status, message: headMessage(status, head.deviceId, head.deviceSeq, head.source) };
}

function settle(chain: DeviceChain, kind: BreakKind, found: number | null): void {
  const brk = chain.break as ChainBreak;
  brk.kind = kind;
  brk.message = breakMessage(kind, chain.deviceId, brk.expectedDeviceSeq, found);
}

/**
 * Verifies entries one at a time, given in storage order (the local `seq`), so a log read in chunks
 * need not be held whole: per device only its tail and the hashes recorded heads name are kept (a
 * million entries must not make a million-entry map). The recorded heads must be known before the
 * first entry (a verifier reading the log reads its export and import entries first).
 */
export class ChainVerifier {
  private readonly wanted: Map<string, Set<number>>;
  private readonly states = new Map<string, DeviceState>();
  private firstBreak: ChainBreak | null = null;
  private index = 0;

  constructor(private readonly recorded: readonly RecordedHead[] = []) {
    this.wanted = wantedSeqs(recorded);
  }

  /** The next entry in storage order; `computed`: its `entryHash` when worked out beforehand. */
  add(e: AuditEntry, computed?: string): void {
    const index = this.index++;
    const deviceId = String(e.deviceId);
    let state = this.states.get(deviceId);
    if (!state) {
      const chain: DeviceChain = { deviceId, entries: 0, verified: 0, head: null, break: null };
      state = { chain, hashes: new Map(), wanted: this.wanted.get(deviceId) ?? NONE, prevHash: GENESIS_HASH, pending: null };
      this.states.set(deviceId, state);
    }
    const { chain } = state;
    chain.entries += 1;
    const seq = Number.isInteger(e.deviceSeq) ? e.deviceSeq : null;
    if (seq !== null && state.wanted.has(seq) && !state.hashes.has(seq)) state.hashes.set(seq, e.hash);
    if (chain.break) {
      if (state.pending && seq === state.pending.expected) {
        settle(chain, 'reordered', state.pending.found);
        state.pending = null;
      }
      return;
    }
    const kind = breakKind(state, e, computed);
    if (kind === null) {
      state.prevHash = e.hash;
      chain.verified += 1;
      chain.head = { deviceId: chain.deviceId, deviceSeq: e.deviceSeq, hash: e.hash };
      return;
    }
    const expected = chain.verified + 1;
    // A skip is `missing` until the skipped entry turns up later in storage.
    const told: BreakKind = kind === 'skipped' ? 'missing' : kind;
    const message = breakMessage(told, chain.deviceId, expected, seq);
    chain.break = { deviceId: chain.deviceId, kind: told, expectedDeviceSeq: expected, entry: refOf(e, index), message };
    if (kind === 'skipped') state.pending = { expected, found: seq };
    this.firstBreak ??= chain.break;
  }

  /** The verification of every entry added. */
  result(): ChainVerification {
    const devices = [...this.states.values()].map((s) => s.chain).sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
    const heads = this.recorded.map((head) => checkHead(this.states, head));
    const ok = this.firstBreak === null && heads.every((h) => h.status === 'ok');
    return { ok, entries: this.index, devices, firstBreak: this.firstBreak, heads };
  }
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
  const verifier = new ChainVerifier(recorded);
  for (let index = 0; index < entries.length; index++) verifier.add(entries[index] as AuditEntry, computed[index]);
  return verifier.result();
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
