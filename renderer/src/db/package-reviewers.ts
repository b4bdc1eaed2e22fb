/**
 * Whose decisions a package vouches for (format 3, `manifest.reviewers`): the sending computer's
 * coordinators and auditors. A surveyor's computer takes an approval or a rejection only from a
 * package of the coordinator addressed to that surveyor, and only by a profile named here.
 */
import type { PackageReviewer } from '../core/exchange';
import type { BarometerDb } from './database';

export async function reviewersOf(db: BarometerDb): Promise<PackageReviewer[]> {
  const profiles = await db.profiles.toArray();
  return profiles
    .filter((p): p is typeof p & { role: PackageReviewer['role'] } => p.role === 'coordinator' || p.role === 'auditor')
    .map((p) => ({ id: p.id, name: p.name, role: p.role }));
}
