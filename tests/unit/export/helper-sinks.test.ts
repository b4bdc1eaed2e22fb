/**
 * Compression and hashing in the helper Worker (its logic in process, every message cloned with its
 * transfer list as across threads) give the very same workbook as on one thread, and the chunks
 * handed over are really transferred (detached), so none is copied or touched while the helper has
 * it; each comes back once read, to be written into again.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../renderer/src/core/export/build-workbook';
import { WorkbookExport } from '../../../renderer/src/core/export/workbook-export';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { helperHandler } from '../../../renderer/src/features/export/export-helper-core';
import type { FromHelper, ToHelper } from '../../../renderer/src/features/export/helper-protocol';
import { helperSinks, type HelperWorkerLike } from '../../../renderer/src/features/export/helper-sinks';
import { generateResponses } from '../../fixtures/generate-responses';
import { readBook, request, rowsOf } from './workbook-fixtures';

class InProcessHelper implements HelperWorkerLike {
  onmessage: ((event: MessageEvent<FromHelper>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  transferred = 0;
  detachedAfterSend = true;
  private readonly handle = helperHandler((m, transfer) => {
    const copy = structuredClone(m, { transfer });
    setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<FromHelper>));
  });
  postMessage(message: ToHelper, transfer: Transferable[]): void {
    const copy = structuredClone(message, { transfer });
    this.transferred += transfer.length;
    if (message.type === 'data' && message.bytes.byteLength !== 0) this.detachedAfterSend = false;
    setTimeout(() => this.handle(copy));
  }
}

describe('the helper Worker sinks', () => {
  const q = loadBuiltinQuestionnaire();
  const records = generateResponses(q, 400, 9).records;

  it('make the same workbook as one thread, with the same checksum', async () => {
    const helper = new InProcessHelper();
    const job = new WorkbookExport(q, request(), helperSinks(helper));
    job.add(records);
    const split = await job.finish();
    const single = await buildWorkbook(q, records, request());
    expect(split.summary.checksum).toEqual(single.summary.checksum);
    expect(Buffer.from(split.bytes).equals(Buffer.from(single.bytes))).toBe(true);
    expect(rowsOf(readBook(split.bytes), 'Data')).toHaveLength(401);
    expect(helper.transferred).toBeGreaterThan(2);
    expect(helper.detachedAfterSend).toBe(true);
  });

  it('hand a chunk back once the helper has compressed it, for the next one to be written into', async () => {
    const helper = new InProcessHelper();
    const sinks = helperSinks(helper);
    const sink = sinks.deflate();
    const size = 1 << 16;
    expect(sink.spare?.(size)).toBeUndefined();
    const chunk = new Uint8Array(size);
    chunk.set(new TextEncoder().encode('<row r="2"><c><v>1</v></c></row>'));
    await sink.write(chunk.subarray(0, 32));
    expect(chunk.byteLength).toBe(0); // transferred: no longer ours while the helper has it
    await sink.finish(); // every chunk written has been acknowledged by now
    const again = sink.spare?.(size);
    expect(again?.byteLength).toBe(size);
    expect(new TextDecoder().decode(again?.subarray(0, 32))).toBe('<row r="2"><c><v>1</v></c></row>');
    expect(sink.spare?.(size)).toBeUndefined(); // handed out once
    const hash = sinks.sha256();
    await hash.write(new Uint8Array(100));
    await hash.finish();
    expect(hash.spare?.(100)).toBeUndefined(); // only buffers of the sizes the writer asks for are kept
  });

  it('turn a helper failure into an export error', async () => {
    const helper = new InProcessHelper();
    const sinks = helperSinks(helper);
    const sink = sinks.deflate();
    helper.onerror?.({ message: 'helper script failed to load' } as ErrorEvent);
    await expect(sink.write(new Uint8Array(4))).rejects.toThrow('helper script failed to load');
    await expect(sink.finish()).rejects.toThrow('helper script failed to load');
  });
});
