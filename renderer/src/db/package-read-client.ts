/**
 * Reads and checks a package file in a Worker: inflating, parsing and hashing 10,000 responses would
 * freeze the window for seconds. Where Worker does not exist (tests in jsdom or Node) it reads on
 * the calling thread instead, with the same result.
 */
import { evaluateResponse } from '../core/engine/evaluate-response';
import { readPackage, type Package, type PackageContent, type PackageError, type PackageLimits } from '../core/exchange';
import { loadQuestionnaire } from '../core/questionnaire/load-questionnaire';
import type { Answers, Questionnaire, QuestionnaireDef } from '../core/questionnaire/model';
import type { Result } from '../core/result';

export interface ReadRequest {
  bytes: Uint8Array;
  /** `JSON.stringify([id, version])` of every questionnaire version stored here. */
  known: string[];
  /** The stored definitions, to check answers of versions a package does not embed. */
  definitions?: QuestionnaireDef[];
  /** False: answers are not checked against their questionnaires (restore of an own backup). */
  checkAnswers?: boolean;
  /** Overrides of the reader's bounds (a backup's restore reads with `BACKUP_PACKAGE_LIMITS`). */
  limits?: Partial<PackageLimits>;
}

/**
 * A checked package comes back in parts: one structured clone of 10,000 responses and their audit
 * entries takes the receiving thread half a second, so the content arrays travel in slices (each
 * its own task on the window's thread) and the `result` carries the rest with empty arrays.
 */
export type ReadReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'part'; key: 'responses'; items: PackageContent['responses'] }
  | { type: 'part'; key: 'auditEntries'; items: PackageContent['auditEntries'] }
  | { type: 'part'; key: 'leafProgress'; items: [string, number][] }
  | { type: 'result'; result: Result<Package, PackageError> }
  | { type: 'failed'; error: string };

/** The Worker's answer to an `EvaluateRequest`. */
export type EvaluateReply = { type: 'evaluated'; ratios: [string, number][] } | { type: 'failed'; error: string };

export const isEvaluateRequest = (data: ReadRequest | EvaluateRequest): data is EvaluateRequest => 'evaluate' in data;

const PART_SIZE = { responses: 250, auditEntries: 2_000, leafProgress: 5_000 } as const;

/**
 * A package as read: the checked package (or why it was refused) and, computed where it was read,
 * each incoming leaf revision's progress ratio in its response's edition (`leafKey`), so the window's
 * merge evaluates no response on its own thread. What the merge still lacks (a local leaf that wins
 * in another edition, say) it hands back to be evaluated off the window too (`evaluateInWorker`).
 */
export interface ReadOutcome {
  result: Result<Package, PackageError>;
  leafProgress: ReadonlyMap<string, number>;
}

/** A leaf's progress depends on its answers (its `rev`) and on the edition it is evaluated in. */
export const leafKey = (responseId: string, rev: string, questionnaireVersion: string): string => `${responseId}\n${rev}\n${questionnaireVersion}`;

/** A leaf the merge needs evaluated: its key (`leafKey`), its edition, its answers and its response's creation (for `today()`). */
export interface LeafToEvaluate {
  key: string;
  questionnaireId: string;
  questionnaireVersion: string;
  answers: Answers;
  /** The response's `createdAt`: `today()` in its edition's expressions is that day, as where the package was read. */
  createdAt: string;
}

/** Leaves to evaluate off the window, with the definitions of their editions. */
export interface EvaluateRequest {
  evaluate: LeafToEvaluate[];
  definitions: QuestionnaireDef[];
}

/** The replies that carry `outcome` to the window: its content in slices, then the rest. */
export function repliesFor({ result, leafProgress }: ReadOutcome): ReadReply[] {
  if (!result.ok) return [{ type: 'result', result }];
  const { responses, auditEntries } = result.value.content;
  const replies: ReadReply[] = [];
  const ratios = [...leafProgress];
  for (let i = 0; i < ratios.length; i += PART_SIZE.leafProgress) {
    replies.push({ type: 'part', key: 'leafProgress', items: ratios.slice(i, i + PART_SIZE.leafProgress) });
  }
  for (let i = 0; i < responses.length; i += PART_SIZE.responses) {
    replies.push({ type: 'part', key: 'responses', items: responses.slice(i, i + PART_SIZE.responses) });
  }
  for (let i = 0; i < auditEntries.length; i += PART_SIZE.auditEntries) {
    replies.push({ type: 'part', key: 'auditEntries', items: auditEntries.slice(i, i + PART_SIZE.auditEntries) });
  }
  // The fieldwork lists are small beside the responses and the log: they come with the result.
  replies.push({ type: 'result', result: { ok: true, value: { ...result.value, content: { ...result.value.content, responses: [], auditEntries: [] } } } });
  return replies;
}

/** The window's side of `repliesFor`: collects the parts, and puts them back into the result. */
export class PackageParts {
  private readonly content: Pick<PackageContent, 'responses' | 'auditEntries'> = { responses: [], auditEntries: [] };
  readonly leafProgress = new Map<string, number>();

  add(reply: Extract<ReadReply, { type: 'part' }>): void {
    if (reply.key === 'responses') for (const item of reply.items) this.content.responses.push(item);
    else if (reply.key === 'auditEntries') for (const item of reply.items) this.content.auditEntries.push(item);
    else for (const [key, ratio] of reply.items) this.leafProgress.set(key, ratio);
  }

  complete(result: Result<Package, PackageError>): Result<Package, PackageError> {
    return result.ok ? { ok: true, value: { ...result.value, content: { ...result.value.content, ...this.content } } } : result;
  }
}

/** Every incoming leaf's progress ratio, for the questionnaires this thread can load. */
function progressOfLeaves(pkg: Package, questionnaire: (id: string, version: string) => Questionnaire | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const response of pkg.content.responses) {
    const q = questionnaire(response.questionnaireId, response.questionnaireVersion);
    if (!q) continue;
    for (const leaf of response.revisions.contents) {
      out.set(leafKey(response.id, leaf.rev, response.questionnaireVersion), evaluateResponse(q, leaf.content.answers, { createdAt: response.createdAt }).progress.ratio);
    }
  }
  return out;
}

/** A compiled-once lookup over `definitions` (a definition that does not load gives nothing). */
function compiledLookup(definitions: readonly QuestionnaireDef[]): (id: string, version: string) => Questionnaire | undefined {
  const defs = new Map(definitions.map((def) => [JSON.stringify([def.id, def.version]), def]));
  const compiled = new Map<string, Questionnaire | undefined>();
  return (id, version) => {
    const key = JSON.stringify([id, version]);
    if (!compiled.has(key)) {
      const def = defs.get(key);
      const loaded = def === undefined ? undefined : loadQuestionnaire(def);
      compiled.set(key, loaded?.ok ? loaded.value : undefined);
    }
    return compiled.get(key);
  };
}

/** Each leaf's progress ratio, by its key; a leaf whose edition is not among the definitions is left out. */
export function evaluateOnCallingThread(request: EvaluateRequest): [string, number][] {
  const questionnaire = compiledLookup(request.definitions);
  const out: [string, number][] = [];
  for (const leaf of request.evaluate) {
    const q = questionnaire(leaf.questionnaireId, leaf.questionnaireVersion);
    if (q) out.push([leaf.key, evaluateResponse(q, leaf.answers, { createdAt: leaf.createdAt }).progress.ratio]);
  }
  return out;
}

export async function readOnCallingThread(request: ReadRequest, onProgress?: (done: number, total: number) => void): Promise<ReadOutcome> {
  const known = new Set(request.known);
  const storedQuestionnaire = compiledLookup(request.definitions ?? []);
  const result = await readPackage(request.bytes, {
    isKnownQuestionnaire: (id, version) => known.has(JSON.stringify([id, version])),
    storedQuestionnaire,
    ...(request.checkAnswers === false ? { checkAnswers: false } : {}),
    ...(request.limits ? { limits: request.limits } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  if (!result.ok) return { result, leafProgress: new Map() };
  // The embedded definitions, and the ones stored here (which the reader compared them with) where both are.
  const questionnaire = compiledLookup([...result.value.manifest.questionnaires, ...(request.definitions ?? [])]);
  return { result, leafProgress: progressOfLeaves(result.value, questionnaire) };
}

export function readPackageInWorker(request: ReadRequest, onProgress?: (done: number, total: number) => void): Promise<ReadOutcome> {
  if (typeof Worker === 'undefined') return readOnCallingThread(request, onProgress);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./package-read.worker.ts', import.meta.url), { type: 'module' });
    const parts = new PackageParts();
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress?.(reply.done, reply.total);
      if (reply.type === 'part') return parts.add(reply);
      worker.terminate();
      if (reply.type === 'failed') return reject(new Error(reply.error));
      resolve({ result: parts.complete(reply.result), leafProgress: parts.leafProgress });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The package reader failed.'));
    };
    worker.postMessage(request);
  });
}

/**
 * Evaluates leaves the merge lacks in a Worker of their own (the calling thread where there is no
 * Worker): a response's evaluation runs the questionnaire's patterns and expressions, which came
 * in a file, so it never runs on the window's thread during an import.
 */
export function evaluateInWorker(request: EvaluateRequest): Promise<Map<string, number>> {
  if (typeof Worker === 'undefined') return Promise.resolve(new Map(evaluateOnCallingThread(request)));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./package-read.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<EvaluateReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.type === 'failed') reject(new Error(reply.error));
      else resolve(new Map(reply.ratios));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The evaluation of incoming responses failed.'));
    };
    worker.postMessage(request);
  });
}
