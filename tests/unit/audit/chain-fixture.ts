/** Audit chains made in memory, as a device would write them, for the pure verification tests. */
import { GENESIS_HASH, type AuditEntry } from '../../../renderer/src/core/audit/audit-entry';
import { sealEntry } from '../../../renderer/src/core/audit/entry-hash';

export const DEVICE_A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const DEVICE_B = 'bbbbbbbb-0000-4000-8000-000000000002';

type Unsealed = Omit<AuditEntry, 'prevHash' | 'hash'>;

/** The i-th (0-based) entry of a device's chain about response `r-<device>`: a create, then answers. */
function content(deviceId: string, i: number, startMs: number): Unsealed {
  const responseId = `r-${deviceId.slice(0, 1)}`;
  return {
    id: `${deviceId.slice(0, 1)}-${i + 1}`,
    deviceId,
    deviceSeq: i + 1,
    at: new Date(startMs + i * 60_000).toISOString(),
    actorId: 'profile-anna',
    actorName: 'Anna Jensen',
    actorInitials: 'AJ',
    actorRole: 'surveyor',
    action: i === 0 ? 'create' : 'answer',
    responseId,
    responseKey: `K${deviceId.slice(0, 1).toUpperCase()}M-4QX`,
    field: i === 0 ? null : 'employees',
    oldValue: i <= 1 ? null : i - 1,
    newValue: i === 0 ? null : i,
    reason: null,
    details: null,
  };
}

/** `n` chained entries of one device. */
export function makeChain(deviceId: string, n: number, startMs = Date.UTC(2024, 2, 1, 8)): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i++) {
    const entry = sealEntry(content(deviceId, i, startMs), prev);
    out.push(entry);
    prev = entry.hash;
  }
  return out;
}

/** Entries in storage order with their local seq 1, 2, 3, … */
export function stored(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries.map((e, i) => ({ ...e, seq: i + 1 }));
}

/** Two devices' chains interleaved, as a coordinator's machine holds them after imports. */
export function twoDevices(n: number): AuditEntry[] {
  const a = makeChain(DEVICE_A, n);
  const b = makeChain(DEVICE_B, n, Date.UTC(2024, 2, 1, 8, 0, 30));
  return stored(a.flatMap((e, i) => [e, b[i] as AuditEntry]));
}

/** `text` with the character at `at` replaced by another. */
export function flipChar(text: string, at: number): string {
  const c = text.charAt(at);
  return text.slice(0, at) + (c === '0' ? '1' : c === 'a' ? 'b' : '0') + text.slice(at + 1);
}
