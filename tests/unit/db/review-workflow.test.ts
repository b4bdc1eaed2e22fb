import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { responseTimeline, stateAt } from '../../../renderer/src/core/audit/history';
import { anna, bo, carl, dora, rejectionOf } from './db-test-support';
import { responseFixture, type ResponseFixture } from './response-fixture';
import { answerRequired, responseIn } from './review-support';

let f: ResponseFixture;
beforeEach(async () => {
  f = await responseFixture();
});
afterEach(() => f.db.close());

describe('the review workflow', () => {
  it('an auditor rejects with a comment, the surveyor sees it, fixes and completes, the auditor approves; the history shows it all in order', async () => {
    const id = await responseIn(f, 'completed');
    await f.review.reject(dora, id, 'Write the full name of the workplace', 'workplace_name');
    expect((await f.responses.get(id))?.status).toBe('rejected');
    expect((await f.review.queue({ statuses: ['rejected'], surveyorId: anna.id })).map((s) => s.id)).toEqual([id]);

    const [comment] = await f.comments.forResponse(id);
    expect(comment).toMatchObject({ field: 'workplace_name', text: 'Write the full name of the workplace', kind: 'rejection', authorName: dora.name, authorRole: 'auditor' });

    await f.responses.commitAnswer(anna, id, 'workplace_name', 'Aarhus Kommune, Borgerservice');
    await f.comments.add(anna, id, 'Fixed: full name entered', 'workplace_name');
    await f.responses.markCompleted(anna, id);
    await f.review.approve(dora, id);
    expect((await f.responses.get(id))?.status).toBe('approved');
    expect((await f.comments.forResponse(id)).map((c) => [c.authorInitials, c.kind])).toEqual([['DI', 'rejection'], ['AJ', 'comment']]);

    const timeline = responseTimeline(await f.audit.forResponse(id), f.q);
    expect(timeline.map((h) => [h.actorInitials, h.action, h.field, h.oldValue, h.newValue, h.reason])).toEqual([
      ['AJ', 'create', null, null, null, null],
      ['AJ', 'answer', 'workplace_name', null, 'Aarhus Kommune', null],
      ['AJ', 'answer', 'innovated', null, 'no', null],
      ['AJ', 'status', null, 'draft', 'completed', null],
      ['DI', 'status', 'workplace_name', 'completed', 'rejected', 'Write the full name of the workplace'],
      ['AJ', 'answer', 'workplace_name', 'Aarhus Kommune', 'Aarhus Kommune, Borgerservice', null],
      ['AJ', 'comment', 'workplace_name', null, 'Fixed: full name entered', null],
      ['AJ', 'status', null, 'rejected', 'completed', null],
      ['DI', 'status', null, 'completed', 'approved', null],
    ]);
    const rejectedAt = timeline[4]?.at ?? '';
    expect(stateAt(await f.audit.forResponse(id), rejectedAt)).toMatchObject({ status: 'rejected', answers: { workplace_name: 'Aarhus Kommune' } });
    expect((await f.audit.verify()).ok).toBe(true);
  });

  it('a rejection needs a comment; an empty comment is refused too', async () => {
    const id = await responseIn(f, 'completed');
    expect(await rejectionOf(f.review.reject(dora, id, ''))).toMatchObject({ code: 'reason-required', text: { da: expect.stringMatching(/kommentar/) } });
    expect(await rejectionOf(f.comments.add(dora, id, '   '))).toMatchObject({ code: 'reason-required' });
    expect(await rejectionOf(f.review.reject(dora, id, 'x', 'no_such_question'))).toMatchObject({ code: 'unknown-field' });
    expect((await f.responses.get(id))?.status).toBe('completed');
  });

  it('only a completed response is approved, and approving it again writes nothing', async () => {
    const draft = await responseIn(f, 'draft');
    expect(await rejectionOf(f.review.approve(dora, draft))).toMatchObject({ code: 'forbidden', message: 'Only a completed response can be approved.' });
    const id = await responseIn(f, 'approved');
    const count = await f.audit.count();
    await f.review.approve(dora, id);
    expect(await f.audit.count()).toBe(count);
  });

  it('an approved response can be rejected by an auditor, or reopened by a coordinator with a reason', async () => {
    const a = await responseIn(f, 'approved');
    await f.review.reject(dora, a, 'Employees look wrong');
    expect((await f.responses.get(a))?.status).toBe('rejected');
    const b = await responseIn(f, 'approved');
    expect(await rejectionOf(f.responses.reopen(carl, b))).toMatchObject({ code: 'reason-required' });
    await f.responses.reopen(carl, b, 'The workplace called with a correction');
    expect((await f.audit.forResponse(b)).at(-1)).toMatchObject({ action: 'status', newValue: 'draft', reason: 'The workplace called with a correction' });
  });

  it('a rejected response is fixed as it is, by its own surveyor only', async () => {
    const id = await responseIn(f, 'rejected');
    expect(await rejectionOf(f.responses.reopen(anna, id))).toMatchObject({ code: 'forbidden' });
    expect(await rejectionOf(f.responses.commitAnswer(bo, id, 'employees', 3))).toMatchObject({ code: 'forbidden' });
    await f.responses.commitAnswer(anna, id, 'employees', 3);
    expect((await f.responses.get(id))?.status).toBe('rejected');
  });

  it('a coordinator’s correction of a completed response keeps its status and records the reason', async () => {
    const id = await responseIn(f, 'completed');
    const edited = await f.responses.commitAnswer(carl, id, 'employees', 40, 'Register says 40');
    expect(edited.status).toBe('completed');
    expect((await f.audit.forResponse(id)).at(-1)).toMatchObject({ actorRole: 'coordinator', field: 'employees', newValue: 40, reason: 'Register says 40' });
  });

  it('a rejection whose comment cannot be written changes nothing', async () => {
    const id = await responseIn(f, 'completed');
    const entries = await f.audit.count();
    const fail = () => {
      throw new Error('disk full');
    };
    f.db.comments.hook('creating', fail);
    try {
      expect(String(await rejectionOf(f.review.reject(dora, id, 'Check it')))).toMatch(/disk full/);
    } finally {
      f.db.comments.hook('creating').unsubscribe(fail);
    }
    expect((await f.responses.get(id))?.status).toBe('completed');
    expect((await f.review.queue({ statuses: ['completed'] })).map((s) => s.id)).toEqual([id]);
    expect(await f.audit.count()).toBe(entries);
  });

  it('completing a rejected response still needs every required answer', async () => {
    const id = await responseIn(f, 'rejected');
    await f.responses.commitAnswer(anna, id, 'workplace_name', undefined);
    expect(await rejectionOf(f.responses.markCompleted(anna, id))).toMatchObject({ code: 'blocking-problems' });
    await answerRequired(f, id);
    expect((await f.responses.markCompleted(anna, id)).status).toBe('completed');
  });
});
