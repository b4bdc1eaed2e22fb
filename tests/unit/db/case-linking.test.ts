/**
 * A response keyed without a case is linked to its case later: by the coordinator, or by the surveyor
 * who keyed it when the case is theirs; behind the roles table, audited on the response's history,
 * and a case with two responses is flagged.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { parseFrameCsv } from '../../../renderer/src/core/fieldwork/parse-frame';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { FieldworkRepository } from '../../../renderer/src/db/fieldwork-repository';
import { anna, bo, carl, dora, rejectionOf } from './db-test-support';
import { responseFixture } from './response-fixture';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());

async function withFrame() {
  const parsed = parseFrameCsv(['id;navn;niveau;område;størrelse', '11111111;Skolen Nord;kommune;uddannelse;10-49', '22222222;Skolen Syd;kommune;uddannelse;10-49'].join('\n'), vocabulary);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const f = await responseFixture();
  const fieldwork = new FieldworkRepository(f.db);
  await fieldwork.applyFrame(carl, parsed.value, 'stikprøve.csv', 0);
  await fieldwork.assign(carl, ['11111111'], anna.id);
  await fieldwork.assign(carl, ['22222222'], bo.id);
  return { ...f, fieldwork };
}

describe('linking a response to a case later', () => {
  it('the surveyor links her own response to her case: nothing locked, audited on the response, the case partial', async () => {
    const f = await withFrame();
    const r = await f.responses.create(anna, f.q);
    await f.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen Nord');
    const result = await f.fieldwork.linkResponse(anna, r.id, '11111111');
    expect(result).toMatchObject({ link: { responseId: r.id, caseId: '11111111', locked: [], linkedById: anna.id }, responsesOfCase: 1 });
    expect(await f.responses.caseLinkOf(r.id)).toMatchObject({ caseId: '11111111', locked: [] });
    const entries = (await f.db.audit.where('responseId').equals(r.id).toArray()).filter((e) => e.action === 'fieldwork');
    expect(entries.map((e) => [e.actorId, e.responseKey, e.newValue, e.details])).toEqual([
      [anna.id, r.key, '11111111', { kind: 'link', caseId: '11111111', workplaceName: 'Skolen Nord', responsesOfCase: 1 }],
    ]);
    expect((await f.fieldwork.cases(anna.id))[0]).toMatchObject({ id: '11111111', disposition: 'partial', responseIds: [r.id], responseKeys: [r.key] });
    expect(await f.fieldwork.caseView('11111111')).toMatchObject({ frame: { name: 'Skolen Nord' }, disposition: 'partial', responseIds: [r.id] });
    expect(await f.fieldwork.caseView('99999999')).toBeUndefined();
    expect(await f.fieldwork.duplicateResponseIds()).toEqual(new Set());
    f.db.close();
  });

  it('a second response for the same case flags both, in the cases and for the response list', async () => {
    const f = await withFrame();
    const fromCase = await f.responses.createFromCase(anna, f.q, '11111111');
    const keyed = await f.responses.create(anna, f.q);
    expect((await f.fieldwork.linkResponse(anna, keyed.id, '11111111')).responsesOfCase).toBe(2);
    expect(new Set((await f.fieldwork.cases(anna.id))[0]?.responseIds)).toEqual(new Set([fromCase.id, keyed.id]));
    expect(await f.fieldwork.duplicateResponseIds()).toEqual(new Set([fromCase.id, keyed.id]));
    // Deleting one of them ends the flag.
    await f.responses.softDelete(anna, keyed.id);
    expect(await f.fieldwork.duplicateResponseIds()).toEqual(new Set());
    expect((await f.fieldwork.cases(anna.id))[0]?.responseIds).toEqual([fromCase.id]);
    f.db.close();
  });

  it('refuses another surveyor, a case not assigned to the surveyor, an auditor, a second link, a deleted response; nothing is written', async () => {
    const f = await withFrame();
    const r = await f.responses.create(anna, f.q);
    const gone = await f.responses.create(anna, f.q);
    await f.responses.softDelete(anna, gone.id);
    const before = { links: await f.db.caseLinks.count(), audit: await f.audit.count() };
    expect(await rejectionOf(f.fieldwork.linkResponse(bo, r.id, '22222222'))).toMatchObject({ code: 'forbidden', text: { da: expect.stringMatching(/oprettede besvarelsen/) } });
    expect(await rejectionOf(f.fieldwork.linkResponse(anna, r.id, '22222222'))).toMatchObject({ code: 'forbidden', text: { da: expect.stringMatching(/ikke tildelt dig/) } });
    expect(await rejectionOf(f.fieldwork.linkResponse(dora, r.id, '11111111'))).toMatchObject({ code: 'forbidden' });
    expect(await rejectionOf(f.fieldwork.linkResponse(anna, gone.id, '11111111'))).toMatchObject({ code: 'deleted' });
    expect(await rejectionOf(f.fieldwork.linkResponse(anna, r.id, '99999999'))).toMatchObject({ code: 'not-found' });
    expect(await rejectionOf(f.fieldwork.linkResponse(anna, 'no-such-response', '11111111'))).toMatchObject({ code: 'not-found' });
    expect({ links: await f.db.caseLinks.count(), audit: await f.audit.count() }).toEqual(before);
    await f.fieldwork.linkResponse(anna, r.id, '11111111');
    expect(await rejectionOf(f.fieldwork.linkResponse(carl, r.id, '22222222'))).toMatchObject({ code: 'forbidden', text: { da: 'Besvarelsen hører allerede til opgaven 11111111.' } });
    f.db.close();
  });

  it('a coordinator links any response to any case', async () => {
    const f = await withFrame();
    const r = await f.responses.create(anna, f.q);
    await f.fieldwork.linkResponse(carl, r.id, '22222222');
    expect((await f.fieldwork.cases(bo.id))[0]?.responseIds).toEqual([r.id]);
    f.db.close();
  });
});
