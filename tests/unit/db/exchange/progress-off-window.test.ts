/**
 * An import evaluates no response on the window's thread (issue 10, item 2): the list row's progress
 * of every response the merge writes comes from where the package was read, from the stored
 * summary of a local winner, or from a Worker the merge hands the rest to; never from the window.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { evaluateResponse } from '../../../../renderer/src/core/engine/evaluate-response';
import { winner } from '../../../../renderer/src/core/revisions';
import { ensureDeviceId } from '../../../../renderer/src/db/device-id';
import { mergePackage, NeedsEvaluation, type MergeInput } from '../../../../renderer/src/db/package-merge';
import { evaluateOnCallingThread, leafKey, readOnCallingThread } from '../../../../renderer/src/db/package-read-client';
import { anna, carl } from '../db-test-support';
import { computer, digest, send, type Computer } from './exchange-support';

/** A coordinator's computer holding one response that it corrected twice, and the laptop's one later edit of it. */
async function diverged(label: string) {
  const laptop = await computer(`${label}-laptop`);
  const office = await computer(`${label}-office`);
  const r = await laptop.responses.create(anna, laptop.q);
  await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
  await office.exchange.importPackages(carl, [await send(laptop, anna, 'all')]);
  await office.responses.commitAnswer(carl, r.id, 'workplace_name', 'Skolen på Åsen', 'Name from the register');
  await office.responses.commitAnswer(carl, r.id, 'employees', 40, 'Phoned the workplace');
  await laptop.responses.commitAnswer(anna, r.id, 'innovated', 'no');
  const file = await send(laptop, anna, 'since-last');
  const { result, leafProgress } = await readOnCallingThread({ bytes: file.data, known: [JSON.stringify([laptop.q.id, laptop.q.version])] });
  if (!result.ok) throw new Error(result.error.message.en);
  return { office, responseId: r.id, pkg: result.value, leafProgress };
}

/** The merge as an import calls it, on `office` (which trusts the laptop already, or confirms it now). */
async function mergeInput(office: Computer, rest: Pick<MergeInput, 'pkg' | 'leafProgress'>, trusted: 'known' | 'new'): Promise<MergeInput> {
  return {
    ...rest,
    fileName: 'laptop.barometer',
    deviceId: await ensureDeviceId(office.db),
    actor: carl,
    appLookup: () => office.q,
    onProgress: () => undefined,
    action: 'import',
    trust: { kind: trusted, publicKey: rest.pkg.signature?.publicKey ?? '' },
    missingProgress: 'roll-back',
  };
}

describe('the progress of responses an import writes', () => {
  it('a conflict the local side wins keeps its stored progress: nothing is evaluated, nothing handed back', async () => {
    const { office, responseId, pkg, leafProgress } = await diverged('progress-local-wins');
    const before = await office.db.summaries.get(responseId);
    const merged = await mergePackage(office.db, await mergeInput(office, { pkg, leafProgress }, 'known'));
    expect(merged.kind).toBe('imported');
    if (merged.kind !== 'imported') return;
    expect(merged.plan.report.conflicts).toBe(1);
    const record = await office.responses.get(responseId);
    // The office's two corrections (generation 4) beat the laptop's one edit (generation 3).
    expect(record?.answers).toEqual({ workplace_name: 'Skolen på Åsen', employees: 40 });
    const progress = (await office.db.summaries.get(responseId))?.progress;
    expect(progress).toBe(before?.progress);
    expect(progress).toBe(evaluateResponse(office.q, { workplace_name: 'Skolen på Åsen', employees: 40 }).progress.ratio);
  });

  it('a winner without its progress rolls the merge back before any write, named; evaluated off the window, the merge then writes it', async () => {
    const { responseId, pkg } = await diverged('progress-handed-back');
    const incoming = pkg.content.responses.find((r) => r.id === responseId);
    const leaf = incoming?.revisions.contents[0];
    if (!incoming || !leaf) throw new Error('expected the laptop’s leaf');
    // A package whose leaves the reader did not evaluate (as if their edition had not loaded there).
    const fresh = await computer('progress-handed-back-fresh');
    const input = await mergeInput(fresh, { pkg, leafProgress: new Map() }, 'new');
    const before = await digest(fresh.db);
    const thrown = await mergePackage(fresh.db, input).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(NeedsEvaluation);
    if (!(thrown instanceof NeedsEvaluation)) return;
    const key = leafKey(responseId, winner(incoming.revisions)?.rev ?? '', incoming.questionnaireVersion);
    expect(thrown.leaves).toEqual([{ key, questionnaireId: fresh.q.id, questionnaireVersion: fresh.q.version, answers: leaf.content.answers, createdAt: incoming.createdAt }]);
    expect(thrown.definitions.map((d) => [d.id, d.version])).toEqual([[fresh.q.id, fresh.q.version]]);
    expect(await digest(fresh.db)).toEqual(before);

    const ratios = new Map(evaluateOnCallingThread({ evaluate: thrown.leaves, definitions: thrown.definitions }));
    const expected = evaluateResponse(fresh.q, leaf.content.answers, { createdAt: incoming.createdAt }).progress.ratio;
    expect(ratios).toEqual(new Map([[key, expected]]));
    const merged = await mergePackage(fresh.db, { ...input, leafProgress: ratios });
    expect(merged.kind).toBe('imported');
    expect((await fresh.db.summaries.get(responseId))?.progress).toBe(expected);
  });

  it('the reader gives each incoming leaf its progress in the edition it arrives in', async () => {
    const { responseId, pkg, leafProgress } = await diverged('progress-keyed-by-edition');
    const incoming = pkg.content.responses.find((r) => r.id === responseId);
    const rev = incoming?.revisions.contents[0]?.rev ?? '';
    expect([...leafProgress.keys()]).toEqual([leafKey(responseId, rev, incoming?.questionnaireVersion ?? '')]);
  });
});
