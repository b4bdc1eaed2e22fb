/**
 * Sample rows for the migration harness, one entry per schema version. `seed` writes rows in that
 * version's shape (through `db.table`, since older shapes no longer match today's types); `check`
 * checks, in that version's shape, the rows any earlier version's `seed` wrote.
 */
import { expect } from 'vitest';
import { GENESIS_HASH } from '../../../renderer/src/core/audit/audit-entry';
import { entryHash, sealEntry } from '../../../renderer/src/core/audit/entry-hash';
import { verifyChains } from '../../../renderer/src/core/audit/verify-chain';
import type { BarometerDb } from '../../../renderer/src/db/database';
import { ProfileRepository } from '../../../renderer/src/db/profile-repository';
import type { ResponseRecord } from '../../../renderer/src/db/records';
import { LEGACY_DETAILS } from '../../../renderer/src/db/upgrade-v2';
import { firstTreeOf, revisionRow } from '../../../renderer/src/db/revision-write';
import type { KeyingSessionRow, VerificationRecord } from '../../../renderer/src/db/verification-records';
import { anna } from './db-test-support';

const sampleFrameVersion = {
  version: 1, importedAt: '2024-02-20T09:00:00.000Z', importedById: anna.id, importedByName: anna.name, fileName: 'stikproeve.csv',
  cases: 1, added: 1, removed: 0, changed: 0, population: null,
};
const sampleCase = {
  id: '12345678',
  frame: {
    workplaceId: '12345678', name: 'Aarhus Kommune', address: '', postcode: '8000', city: 'Aarhus', contact: '', email: '', phone: '',
    sector_level: 'municipality', policy_area: 'health', size_class: '10_49', employees: null,
  },
  stratum: 'sector_level=municipality|policy_area=health|size_class=10_49',
  inFrame: 1 as const, frameVersion: 1, assigneeId: anna.id, assigneeName: anna.name, assignedAt: '2024-02-21T09:00:00.000Z',
};
const sampleAttempt = {
  id: 'at-1', caseId: '12345678', at: '2024-02-25T09:00:00.000Z', mode: 'phone' as const, outcome: 'non-contact' as const,
  note: 'Ring igen mandag', byId: anna.id, byName: anna.name,
};
const sampleLink = { responseId: 'r-1', caseId: '12345678', locked: ['workplace_name'], linkedAt: '2024-03-01T10:00:00.000Z', linkedById: anna.id };

export interface VersionSample {
  seed(db: BarometerDb): Promise<void>;
  check(db: BarometerDb): Promise<void>;
}

export const sampleVerification: VerificationRecord = {
  responseId: 'r-1', responseKey: 'K7M-4QX', state: 'keying', selection: 'every-nth',
  markedAt: '2024-03-02T09:00:00.000Z', markedById: 'p-coord', markedByName: 'Kirsten Koordinator',
  keyerId: anna.id, keyerName: anna.name, mode: 'on-the-fly', verifierId: 'p-bo', verifierName: 'Bo Berg',
  answers: { workplace_name: 'Aarhus Kommune' }, flyErrors: { kinds: 'keyer' }, startedAt: '2024-03-02T10:00:00.000Z',
  keyedAt: null, sessionId: null, fieldsCompared: 0, disagreements: [], resolutions: [], verifiedAt: null,
  updatedAt: '2024-03-02T10:05:00.000Z',
};

export const sampleSession: KeyingSessionRow = {
  id: 's-1', mode: 'verify', operatorId: 'p-bo', operatorName: 'Bo Berg', start: 1_709_373_600_000, end: 1_709_374_200_000,
  pauseMs: 0, keystrokes: 140, responseIds: ['r-1'],
};

export const sampleResponse: ResponseRecord = {
  id: 'r-1',
  key: 'K7M-4QX',
  questionnaireId: 'q',
  questionnaireVersion: '1',
  status: 'draft',
  createdAt: '2024-03-01T10:00:00.000Z',
  createdById: anna.id,
  createdByName: anna.name,
  updatedAt: '2024-03-01T10:05:00.000Z',
  revision: 2,
  answers: { workplace_name: 'Aarhus Kommune', kinds: ['service', 'process'], sector_level: 'municipality', policy_area: 'health' },
  deletedAt: null,
};

const v1Summary = {
  id: 'r-1', key: 'K7M-4QX', status: 'draft', workplaceName: 'Aarhus Kommune', workplaceId: '',
  createdByName: anna.name, createdAt: sampleResponse.createdAt, updatedAt: sampleResponse.updatedAt,
  deleted: 0, progress: 0.25,
};

const v1Entry = {
  id: 'a-1', at: sampleResponse.createdAt, deviceId: 'd-1', actorId: anna.id, actorName: anna.name,
  actorInitials: anna.initials, action: 'create' as const, responseId: 'r-1', field: null, oldValue: null,
  newValue: null, reason: null,
};

const v1Profile = { id: anna.id, name: anna.name, initials: anna.initials, createdAt: anna.createdAt };

async function seedCommon(db: BarometerDb): Promise<void> {
  await db.table('responses').add(sampleResponse);
  await db.table('settings').put({ key: 'language', value: 'da' });
  await db.table('questionnaires').add({ id: 'q', version: '1', def: {}, storedAt: sampleResponse.createdAt });
}

async function checkCommon(db: BarometerDb): Promise<void> {
  expect(await db.table('responses').get('r-1')).toEqual(sampleResponse);
  expect(await db.responses.where('key').equals('K7M-4QX').count()).toBe(1);
  expect(await db.summaries.where('deleted').equals(0).primaryKeys()).toEqual(['r-1']);
  expect((await db.audit.where('responseId').equals('r-1').toArray()).map((a) => a.id)).toEqual(['a-1']);
  expect(await db.table('settings').get('language')).toEqual({ key: 'language', value: 'da' });
  expect(await db.table('questionnaires').get(['q', '1'])).toBeDefined();
}

export const SAMPLES: Record<number, VersionSample> = {
  1: {
    async seed(db) {
      await seedCommon(db);
      await db.table('summaries').add(v1Summary);
      await db.table('audit').add(v1Entry);
      await db.table('profiles').add(v1Profile);
    },
    async check(db) {
      await checkCommon(db);
      expect(await db.table('profiles').get(anna.id)).toMatchObject(v1Profile);
    },
  },
  2: {
    // The rows version 1's seed becomes after the upgrade.
    async seed(db) {
      await seedCommon(db);
      await db.summaries.add({ ...v1Summary, status: 'draft', deleted: 0, createdById: anna.id, sectorLevel: 'municipality', policyArea: 'health' });
      const unsealed = { ...v1Entry, deviceSeq: 1, actorRole: null, responseKey: 'K7M-4QX', details: { ...LEGACY_DETAILS } };
      await db.audit.add(sealEntry(unsealed, GENESIS_HASH));
      await db.profiles.add({ ...v1Profile, role: 'surveyor', pin: null });
    },
    async check(db) {
      await checkCommon(db);
      expect(await db.summaries.get('r-1')).toMatchObject({ createdById: anna.id, sectorLevel: 'municipality', policyArea: 'health' });
      const [entry, ...more] = await db.audit.toArray();
      expect(more).toEqual([]);
      expect(entry).toMatchObject({ id: 'a-1', deviceId: 'd-1', deviceSeq: 1, actorRole: null, responseKey: 'K7M-4QX', prevHash: GENESIS_HASH });
      expect(entry?.details).toEqual(LEGACY_DETAILS);
      expect(entry && entryHash(entry)).toBe(entry?.hash);
      expect(verifyChains(await db.audit.orderBy('seq').toArray()).ok).toBe(true);
      expect(await db.profiles.get(anna.id)).toEqual({ ...v1Profile, role: 'surveyor', pin: null });
      expect(await new ProfileRepository(db).get(anna.id)).toEqual(anna);
      expect(await db.comments.count()).toBe(0);
    },
  },
  3: {
    // Version 2's rows, plus the revision tree the upgrade gives every response.
    async seed(db) {
      await SAMPLES[2]?.seed(db);
      await db.revisions.add(revisionRow(sampleResponse.id, firstTreeOf(sampleResponse)));
    },
    async check(db) {
      await SAMPLES[2]?.check(db);
      const row = await db.revisions.get(sampleResponse.id);
      expect(row).toEqual(revisionRow(sampleResponse.id, firstTreeOf(sampleResponse)));
      expect(row?.tree.contents[0]?.content.answers).toEqual(sampleResponse.answers);
      expect(await db.imports.count()).toBe(0);
    },
  },
  4: {
    // Version 3's rows, plus a frame version with one case, an attempt and a response started from it.
    async seed(db) {
      await SAMPLES[3]?.seed(db);
      await db.frameVersions.add(sampleFrameVersion);
      await db.cases.add(sampleCase);
      await db.attempts.add(sampleAttempt);
      await db.caseLinks.add(sampleLink);
    },
    async check(db) {
      await SAMPLES[3]?.check(db);
      // From version 3 the fieldwork stores start empty; from version 4 they hold the seeded rows.
      const seeded = (await db.cases.count()) > 0;
      if (!seeded) {
        expect([await db.frameVersions.count(), await db.attempts.count(), await db.caseLinks.count()]).toEqual([0, 0, 0]);
        return;
      }
      expect(await db.frameVersions.get(1)).toEqual(sampleFrameVersion);
      expect(await db.cases.where('assigneeId').equals(anna.id).primaryKeys()).toEqual([sampleCase.id]);
      expect(await db.cases.where('stratum').equals(sampleCase.stratum).count()).toBe(1);
      expect(await db.attempts.where('caseId').equals(sampleCase.id).toArray()).toEqual([sampleAttempt]);
      expect(await db.caseLinks.where('caseId').equals(sampleCase.id).primaryKeys()).toEqual([sampleResponse.id]);
    },
  },
  5: {
    // Version 4's rows, plus a verification and a keying session; the
    // upgrade from 4 adds the two empty stores.
    async seed(db) {
      await SAMPLES[4]?.seed(db);
      await db.verifications.add(sampleVerification);
      await db.keyingSessions.add(sampleSession);
    },
    async check(db) {
      await SAMPLES[4]?.check(db);
      const verifications = await db.verifications.toArray();
      const sessions = await db.keyingSessions.toArray();
      // Straight after the upgrade from 4 both stores are empty; after this version's own seed they hold the samples.
      if (verifications.length > 0) {
        expect(verifications).toEqual([sampleVerification]);
        expect(await db.verifications.where('state').equals('keying').primaryKeys()).toEqual(['r-1']);
        expect(sessions).toEqual([sampleSession]);
        expect(await db.keyingSessions.where('operatorId').equals('p-bo').count()).toBe(1);
      } else expect(sessions).toEqual([]);
    },
  },
};
