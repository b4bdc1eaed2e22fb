/**
 * Schema 1 → 2: roles and PINs on profiles, review facts on summaries, and the hash chain on the
 * audit log. Runs inside Dexie's upgrade transaction; a throw leaves the database at version 1 with
 * its data intact.
 *
 * Entries written before version 2 had no chain. They are chained here, per device in the order they
 * were stored (seq), each marked `details.legacy = 'schema-1'` with `actorRole` null (there were no
 * roles). The chain then proves they are unchanged since the upgrade; nothing can prove more about
 * the time before it, and the mark says so to an auditor.
 */
import type { Transaction } from 'dexie';
import { GENESIS_HASH, type AuditEntry } from '../core/audit/audit-entry';
import { sealEntry } from '../core/audit/entry-hash';
import type { Answers } from '../core/questionnaire/model';
import { POLICY_AREA_FIELD, SECTOR_LEVEL_FIELD, textOf } from './response-summary';

interface ResponseFacts {
  key: string;
  createdById: string;
  sectorLevel: string;
  policyArea: string;
}

type V1Entry = Omit<AuditEntry, 'deviceSeq' | 'actorRole' | 'responseKey' | 'details' | 'prevHash' | 'hash'>;

export const LEGACY_DETAILS = { legacy: 'schema-1' } as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  // Every version-1 profile entered data: a surveyor. The first coordinator can then be created
  // on the device by anyone (see `can('create-profile')`).
  await tx.table('profiles').toCollection().modify((p: Record<string, unknown>) => {
    p['role'] = 'surveyor';
    p['pin'] = null;
  });

  const facts = new Map<string, ResponseFacts>();
  await tx.table('responses').each((r: { id: string; key: string; createdById: string; answers: Answers }) => {
    facts.set(r.id, {
      key: r.key,
      createdById: r.createdById,
      sectorLevel: textOf(r.answers, SECTOR_LEVEL_FIELD),
      policyArea: textOf(r.answers, POLICY_AREA_FIELD),
    });
  });
  await tx.table('summaries').toCollection().modify((s: Record<string, unknown>) => {
    const f = facts.get(String(s['id']));
    s['createdById'] = f?.createdById ?? '';
    s['sectorLevel'] = f?.sectorLevel ?? '';
    s['policyArea'] = f?.policyArea ?? '';
  });

  const audit = tx.table('audit');
  const entries = (await audit.toArray()) as V1Entry[];
  const tails = new Map<string, { deviceSeq: number; hash: string }>();
  const chained = entries.map((e) => {
    const tail = tails.get(e.deviceId) ?? { deviceSeq: 0, hash: GENESIS_HASH };
    const sealed = sealEntry(
      {
        ...e,
        deviceSeq: tail.deviceSeq + 1,
        actorRole: null,
        responseKey: e.responseId === null ? null : (facts.get(e.responseId)?.key ?? null),
        details: { ...LEGACY_DETAILS },
      },
      tail.hash,
    );
    tails.set(e.deviceId, { deviceSeq: sealed.deviceSeq, hash: sealed.hash });
    return sealed;
  });
  await audit.bulkPut(chained);
}
