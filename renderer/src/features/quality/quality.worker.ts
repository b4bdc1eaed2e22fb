/**
 * The data-quality report off the window's thread: opens the store itself (reading 100,000
 * responses on the window's thread would freeze it), compiles the questionnaire from its
 * definition, runs every rule and answers once.
 */
import '../../zod-config';
import type { Finding } from '../../core/quality/finding';
import { qualityReport } from '../../core/quality/quality-report';
import { loadQuestionnaire } from '../../core/questionnaire/load-questionnaire';
import type { Questionnaire } from '../../core/questionnaire/model';
import { editionKey } from '../../core/editions/edition-order';
import { openResponseSource } from '../../db/response-pages';

export interface QualityRequest {
  dbName: string;
  def: unknown;
  /** Every held edition: each response is checked against its own (absent: all against `def`). */
  editions?: unknown[];
}
export type QualityReply = { ok: true; findings: Finding[]; responses: number } | { ok: false; error: string };

// The renderer's TypeScript program has the DOM lib, not WebWorker's: name the two members used.
const scope = self as unknown as { onmessage: ((event: MessageEvent<QualityRequest>) => void) | null; postMessage(message: QualityReply): void };


async function run({ dbName, def, editions }: QualityRequest): Promise<QualityReply> {
  const loaded = loadQuestionnaire(def);
  if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('; '));
  const held = new Map<string, Questionnaire>();
  for (const d of editions ?? []) {
    const e = loadQuestionnaire(d);
    if (e.ok) held.set(editionKey(e.value.id, e.value.version), e.value);
  }
  const editionOf = (id: string, version: string) => held.get(editionKey(id, version));
  const source = await openResponseSource(dbName);
  try {
    const responses = [];
    for await (const page of source.pages) {
      for (const r of page) responses.push({ id: r.id, key: r.key, answers: r.answers, questionnaireId: r.questionnaireId, questionnaireVersion: r.questionnaireVersion });
    }
    return { ok: true, findings: qualityReport(responses, loaded.value, { editionOf }), responses: responses.length };
  } finally {
    source.close();
  }
}

scope.onmessage = ({ data }) => {
  run(data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
