/**
 * A checked package crosses from the reading Worker to the window in slices (so no single message
 * blocks the window): whatever the sizes, the window puts back exactly the package the Worker read,
 * in order; a refusal passes through whole.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Package, PackageError } from '../../../../renderer/src/core/exchange';
import type { Result } from '../../../../renderer/src/core/result';
import { evaluateResponse } from '../../../../renderer/src/core/engine/evaluate-response';
import { ensureDeviceId } from '../../../../renderer/src/db/device-id';
import { mergePackage } from '../../../../renderer/src/db/package-merge';
import { leafKey, PackageParts, readOnCallingThread, repliesFor } from '../../../../renderer/src/db/package-read-client';
import { anna, carl } from '../db-test-support';
import { computer, send } from './exchange-support';

/** What postMessage does to each reply, then the window's side. */
function deliver(replies: ReturnType<typeof repliesFor>) {
  const parts = new PackageParts();
  const copies = replies.map((r) => structuredClone(r));
  const last = copies.pop();
  if (last?.type !== 'result') throw new Error('the last reply must be the result');
  for (const reply of copies) {
    if (reply.type !== 'part') throw new Error(`unexpected ${reply.type} before the result`);
    if (reply.key === 'leafProgress') throw new Error('no progress was sent');
    parts.add(reply);
  }
  return { result: parts.complete(last.result), messages: replies.length };
}

async function readPackage(): Promise<Package> {
  const laptop = await computer('parts-laptop');
  for (const name of ['Skolen', 'Plejehjemmet', 'Biblioteket']) {
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', name);
  }
  const file = await send(laptop, anna, 'all');
  const { result: read } = await readOnCallingThread({ bytes: file.data, known: [JSON.stringify([laptop.q.id, laptop.q.version])] });
  if (!read.ok) throw new Error(read.error.message.en);
  return read.value;
}

describe('a checked package on its way to the window', () => {
  it('arrives whole and in order, in one part for a small package', async () => {
    const pkg = await readPackage();
    const { result, messages } = deliver(repliesFor({ result: { ok: true, value: pkg }, leafProgress: new Map() }));
    expect(messages).toBe(3); // responses, audit entries, the rest
    expect(result).toEqual({ ok: true, value: pkg });
  });

  it('arrives whole and in order when it takes many parts', async () => {
    const small = await readPackage();
    const [response] = small.content.responses;
    const [entry] = small.content.auditEntries;
    if (!response || !entry) throw new Error('expected content');
    const big: Package = {
      ...small,
      content: {
        ...small.content,
        attempts: [{ id: 'a-1', caseId: '11111111', at: '2026-03-02T10:00:00.000Z', mode: 'phone', outcome: 'refusal', note: '', byId: 'p', byName: 'Anna' }],
        responses: Array.from({ length: 601 }, (_, i) => ({ ...response, id: `r-${i}` })),
        auditEntries: Array.from({ length: 4_001 }, (_, i) => ({ ...entry, seq: i + 1 })),
      },
    };
    const { result, messages } = deliver(repliesFor({ result: { ok: true, value: big }, leafProgress: new Map() }));
    expect(messages).toBe(3 + 3 + 1); // 601 / 250 → 3, 4,001 / 2,000 → 3, the rest
    expect(result).toEqual({ ok: true, value: big });
  });

  it('passes a refusal through as one message', () => {
    const refusal: Result<Package, PackageError> = { ok: false, error: { code: 'truncated', message: { en: 'The file is cut short.', da: 'Filen er afkortet.' } } };
    const { result, messages } = deliver(repliesFor({ result: refusal, leafProgress: new Map() }));
    expect(messages).toBe(1);
    expect(result).toEqual(refusal);
  });
});

describe('progress computed where the package is read', () => {
  it('one ratio per incoming leaf, as the engine gives it, and the merge takes it instead of evaluating', async () => {
    const laptop = await computer('leaf-progress-laptop');
    const r = await laptop.responses.create(anna, laptop.q);
    await laptop.responses.commitAnswer(anna, r.id, 'workplace_name', 'Skolen');
    await laptop.responses.commitAnswer(anna, r.id, 'innovated', 'no');
    const file = await send(laptop, anna, 'all');
    const { result, leafProgress } = await readOnCallingThread({ bytes: file.data, known: [JSON.stringify([laptop.q.id, laptop.q.version])] });
    if (!result.ok) throw new Error(result.error.message.en);
    const [response] = result.value.content.responses;
    const [leaf] = response?.revisions.contents ?? [];
    if (!response || !leaf) throw new Error('expected a response with one leaf');
    expect([...leafProgress.keys()]).toEqual([leafKey(response.id, leaf.rev, response.questionnaireVersion)]);
    expect(leafProgress.get(leafKey(response.id, leaf.rev, response.questionnaireVersion))).toBe(evaluateResponse(laptop.q, leaf.content.answers).progress.ratio);
    expect(leafProgress.get(leafKey(response.id, leaf.rev, response.questionnaireVersion))).toBeGreaterThan(0);

    // The ratio travels to the window with the parts.
    const replies = repliesFor({ result, leafProgress });
    const parts = new PackageParts();
    for (const reply of replies.map((x) => structuredClone(x))) if (reply.type === 'part') parts.add(reply);
    expect(parts.leafProgress).toEqual(leafProgress);

    // The merge uses what the reader computed (a marked value shows it did not evaluate again).
    const office = await computer('leaf-progress-office');
    await office.exchange.fingerprint();
    const db = office.db;
    const deviceId = await ensureDeviceId(db);
    const merged = await mergePackage(db, {
      pkg: result.value,
      fileName: 'x.barometer',
      deviceId,
      actor: carl,
      appLookup: () => laptop.q,
      onProgress: () => undefined,
      action: 'import',
      trust: { kind: 'new', publicKey: result.value.signature?.publicKey ?? '' },
      leafProgress: new Map([[leafKey(response.id, leaf.rev, response.questionnaireVersion), 0.125]]),
    });
    expect(merged.kind).toBe('imported');
    expect((await db.summaries.get(response.id))?.progress).toBe(0.125);
  });
});
