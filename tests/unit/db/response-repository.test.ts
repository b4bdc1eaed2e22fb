import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../renderer/src/core/questionnaire/model';
import type { AuditRepository } from '../../../renderer/src/db/audit-repository';
import type { BarometerDb } from '../../../renderer/src/db/database';
import type { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { RESPONSE_KEY_PATTERN } from '../../../renderer/src/db/response-key';
import { SettingsRepository } from '../../../renderer/src/db/settings-repository';
import { anna, carl, rejectionOf } from './db-test-support';
import { responseFixture } from './response-fixture';

let db: BarometerDb;
let q: Questionnaire;
let responses: ResponseRepository;
let audit: AuditRepository;

beforeEach(async () => {
  ({ db, q, responses, audit } = await responseFixture());
});
afterEach(() => db.close());

describe('creating a response', () => {
  it('makes a draft with a UUID, a readable key, its summary and a "create" audit entry', async () => {
    const created = await responses.create(anna, q);
    expect(created).toMatchObject({
      questionnaireId: 'store-test',
      questionnaireVersion: '1',
      status: 'draft',
      revision: 1,
      answers: {},
      deletedAt: null,
      createdById: anna.id,
      createdByName: anna.name,
    });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(created.key).toMatch(RESPONSE_KEY_PATTERN);
    expect(await responses.get(created.id)).toEqual(created);

    expect(await responses.listSummaries()).toEqual([
      {
        id: created.id,
        key: created.key,
        status: 'draft',
        workplaceName: '',
        workplaceId: '',
        createdById: anna.id,
        createdByName: anna.name,
        sectorLevel: '',
        policyArea: '',
        questionnaireId: created.questionnaireId,
        questionnaireVersion: created.questionnaireVersion,
        createdAt: created.createdAt,
        updatedAt: created.updatedAt,
        deleted: 0,
        progress: 0,
      },
    ]);

    const deviceId = await new SettingsRepository(db).deviceId();
    expect(await audit.forResponse(created.id)).toEqual([
      expect.objectContaining({
        action: 'create',
        responseId: created.id,
        actorId: anna.id,
        actorName: anna.name,
        actorInitials: anna.initials,
        actorRole: 'surveyor',
        deviceId,
        deviceSeq: 1,
        responseKey: created.key,
        field: null,
      }),
    ]);
  });

  it('gives every response its own key', async () => {
    const created = await Promise.all(Array.from({ length: 60 }, () => responses.create(anna, q)));
    const keys = new Set(created.map((r) => r.key));
    expect(keys.size).toBe(60);
    expect(await responses.listSummaries()).toHaveLength(60);
  });

  it('returns nothing for an unknown id', async () => {
    expect(await responses.get('missing')).toBeUndefined();
  });
});

describe('committing an answer', () => {
  it('writes the answer, the summary and an audit entry with old and new value', async () => {
    const created = await responses.create(anna, q);
    const first = await responses.commitAnswer(anna, created.id, 'workplace_name', 'Aarhus Kommune');
    const second = await responses.commitAnswer(carl, created.id, 'workplace_name', 'Aalborg Kommune', ' Phoned the workplace ');

    expect(second.answers).toEqual({ workplace_name: 'Aalborg Kommune' });
    expect(second.revision).toBe(3);
    expect(first.updatedAt >= created.updatedAt).toBe(true);
    expect(await responses.get(created.id)).toEqual(second);

    const [summary] = await responses.listSummaries();
    expect(summary).toMatchObject({ workplaceName: 'Aalborg Kommune', updatedAt: second.updatedAt });
    expect(summary?.progress).toBeGreaterThan(0);

    const entries = await audit.forResponse(created.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'answer', 'answer']);
    expect(entries[2]).toMatchObject({
      field: 'workplace_name',
      oldValue: 'Aarhus Kommune',
      newValue: 'Aalborg Kommune',
      actorName: carl.name,
      actorInitials: 'CM',
      actorRole: 'coordinator',
      reason: 'Phoned the workplace',
      at: second.updatedAt,
    });
  });

  it('keeps the workplace id and progress of the summary in step with the answers', async () => {
    const { id } = await responses.create(anna, q);
    await responses.commitAnswer(anna, id, 'workplace_id', '751');
    const before = (await responses.listSummaries())[0]?.progress ?? 0;
    await responses.commitAnswer(anna, id, 'innovated', 'no');
    const [summary] = await responses.listSummaries();
    expect(summary?.workplaceId).toBe('751');
    expect(summary?.progress).toBeGreaterThan(before);
  });

  it('writes nothing when the value is unchanged (multiple choices compared by content)', async () => {
    const { id } = await responses.create(anna, q);
    await responses.commitAnswer(anna, id, 'innovated', 'yes');
    const saved = await responses.commitAnswer(anna, id, 'kinds', ['service', 'process']);
    const again = await responses.commitAnswer(anna, id, 'kinds', ['service', 'process']);
    expect(again).toEqual(saved);
    expect(again.revision).toBe(3);
    expect(await audit.count()).toBe(3);
    // Clearing an answer that was never given changes nothing either.
    await responses.commitAnswer(anna, id, 'employees', undefined);
    expect(await audit.count()).toBe(3);
  });

  it('clears an answer when the value is undefined', async () => {
    const { id } = await responses.create(anna, q);
    await responses.commitAnswer(anna, id, 'employees', 12);
    const cleared = await responses.commitAnswer(anna, id, 'employees', undefined);
    expect('employees' in cleared.answers).toBe(false);
    expect((await audit.forResponse(id)).at(-1)).toMatchObject({ field: 'employees', oldValue: 12, newValue: null });
  });

  it('keeps a skipped answer: routing may bring the question back', async () => {
    const { id } = await responses.create(anna, q);
    await responses.commitAnswer(anna, id, 'innovated', 'yes');
    await responses.commitAnswer(anna, id, 'kinds', ['service']);
    const flipped = await responses.commitAnswer(anna, id, 'innovated', 'no');
    expect(flipped.answers['kinds']).toEqual(['service']);
  });

  it('accepts grid rows but refuses unknown, derived and grid-parent names', async () => {
    const { id } = await responses.create(anna, q);
    await responses.commitAnswer(anna, id, 'effect_quality', 'yes');
    for (const field of ['no_such_question', 'large', 'effects']) {
      expect(await rejectionOf(responses.commitAnswer(anna, id, field, 'yes'))).toMatchObject({ code: 'unknown-field' });
    }
    expect((await responses.get(id))?.answers).toEqual({ effect_quality: 'yes' });
  });

  it('refuses an unknown response', async () => {
    expect(await rejectionOf(responses.commitAnswer(anna, 'missing', 'employees', 1))).toMatchObject({ code: 'not-found' });
  });
});

describe('all or nothing', () => {
  it('leaves answer, revision and summary unchanged when the audit entry cannot be written', async () => {
    const { id } = await responses.create(anna, q);
    const saved = await responses.commitAnswer(anna, id, 'workplace_name', 'Aarhus Kommune');
    const summariesBefore = await responses.listSummaries();
    const auditBefore = await audit.all();
    const revisionsBefore = await db.revisions.get(id);

    const failAudit = () => {
      throw new Error('disk full');
    };
    db.audit.hook('creating', failAudit);
    try {
      const error = await rejectionOf(responses.commitAnswer(anna, id, 'workplace_name', 'Odense Kommune'));
      expect(String(error)).toMatch(/disk full/);
    } finally {
      db.audit.hook('creating').unsubscribe(failAudit);
    }

    expect(await responses.get(id)).toEqual(saved);
    expect(await responses.listSummaries()).toEqual(summariesBefore);
    expect(await audit.all()).toEqual(auditBefore);
    expect(await db.revisions.get(id)).toEqual(revisionsBefore);
  });

  it('writes no summary, revision or audit entry when the answer itself cannot be written', async () => {
    const { id } = await responses.create(anna, q);
    const saved = await responses.commitAnswer(anna, id, 'workplace_name', 'Aarhus Kommune');
    const summariesBefore = await responses.listSummaries();
    const auditBefore = await audit.all();
    const revisionsBefore = await db.revisions.get(id);

    const failResponse = () => {
      throw new Error('disk full');
    };
    db.responses.hook('updating', failResponse);
    try {
      const error = await rejectionOf(responses.commitAnswer(anna, id, 'workplace_name', 'Odense Kommune'));
      expect(String(error)).toMatch(/disk full/);
    } finally {
      db.responses.hook('updating').unsubscribe(failResponse);
    }

    expect(await responses.get(id)).toEqual(saved);
    expect(await responses.listSummaries()).toEqual(summariesBefore);
    expect(await audit.all()).toEqual(auditBefore);
    expect(await db.revisions.get(id)).toEqual(revisionsBefore);
  });

  it('creates nothing when the "create" audit entry cannot be written', async () => {
    const failAudit = () => {
      throw new Error('disk full');
    };
    db.audit.hook('creating', failAudit);
    try {
      await rejectionOf(responses.create(anna, q));
    } finally {
      db.audit.hook('creating').unsubscribe(failAudit);
    }
    expect(await db.responses.count()).toBe(0);
    expect(await responses.listSummaries({ includeDeleted: true })).toEqual([]);
  });
});
