/**
 * The JS heaps of a page and of its Workers (nested ones too), polled over the DevTools protocol
 * (`Runtime.getHeapUsage`: the heap's used and committed size and the ArrayBuffer backing stores it
 * holds), for a breakdown of where a renderer's memory goes. Benchmark only.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface HeapSample {
  at: number;
  /** Per isolate (page, then Workers by their script name): MB used, committed, in ArrayBuffers. */
  isolates: Record<string, { usedMB: number; totalMB: number; buffersMB: number }>;
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  backingStorageSize?: number;
}

export async function pollIsolateHeaps(page: Page, everyMs = 100): Promise<{ stop(): Promise<HeapSample[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const workers = new Map<string, string>(); // sessionId → name
  const parents = new Map<string, string>(); // nested sessionId → the session it lives under
  const waiting = new Map<number, (m: { result?: HeapUsage }) => void>();
  let nextId = 1;
  const route = (sessionId: string, message: object): void => {
    // A nested Worker's session is reached through its parent's.
    const parent = parents.get(sessionId);
    if (parent) route(parent, { id: nextId++, method: 'Target.sendMessageToTarget', params: { sessionId, message: JSON.stringify(message) } });
    else void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) }).catch(() => undefined);
  };
  const onMessage = (sessionId: string, raw: string): void => {
    const m = JSON.parse(raw) as { id?: number; method?: string; params?: { sessionId: string; message?: string; targetInfo?: { url: string } } };
    if (m.method === 'Target.attachedToTarget' && m.params) attached(m.params.sessionId, m.params.targetInfo?.url ?? '', sessionId);
    else if (m.method === 'Target.receivedMessageFromTarget' && m.params?.message) onMessage(m.params.sessionId, m.params.message);
    else if (m.id !== undefined) waiting.get(m.id)?.(m as { result?: HeapUsage });
  };
  const attached = (sessionId: string, url: string, parent?: string): void => {
    workers.set(sessionId, url.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '') ?? url);
    if (parent) parents.set(sessionId, parent);
    route(sessionId, { id: nextId++, method: 'Target.setAutoAttach', params: { autoAttach: true, waitForDebuggerOnStart: false, flatten: false } });
  };
  cdp.on('Target.attachedToTarget', (e) => attached(e.sessionId, e.targetInfo.url));
  cdp.on('Target.receivedMessageFromTarget', (e) => onMessage(e.sessionId, e.message));
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const usage = (sessionId: string) =>
    new Promise<HeapUsage | undefined>((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => resolve(undefined), 2_000);
      waiting.set(id, (m) => (clearTimeout(timer), waiting.delete(id), resolve(m.result)));
      route(sessionId, { id, method: 'Runtime.getHeapUsage' });
    });
  const samples: HeapSample[] = [];
  const mb = (n: number | undefined) => (n ?? 0) / 1e6;
  let running = true;
  const loop = (async () => {
    while (running) {
      const isolates: HeapSample['isolates'] = {};
      const main = (await cdp.send('Runtime.getHeapUsage').catch(() => undefined)) as HeapUsage | undefined;
      if (main) isolates.window = { usedMB: mb(main.usedSize), totalMB: mb(main.totalSize), buffersMB: mb(main.backingStorageSize) };
      for (const [sessionId, name] of workers) {
        const u = await usage(sessionId);
        if (u) isolates[name] = { usedMB: mb(u.usedSize), totalMB: mb(u.totalSize), buffersMB: mb(u.backingStorageSize) };
      }
      samples.push({ at: Date.now(), isolates });
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return samples;
    },
  };
}
