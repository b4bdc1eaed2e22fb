/**
 * The data-quality report: every rule over a set of responses, against one questionnaire (normally
 * the current one, so codes from an older version show up as invalid), or each against its own
 * edition when the editions are given (`editionOf`). Pure; the caller chooses the
 * responses (e.g. not deleted, or completed only).
 */
import { evaluateResponse } from '../engine/evaluate-response';
import type { Questionnaire } from '../questionnaire/model';
import { duplicateFindings, WORKPLACE_ID_VARIABLE } from './duplicates';
import { QUALITY_RULES, type Finding, type QualityResponse } from './finding';
import { OUTLIER_FACTOR, outlierFindings, type Sample } from './outliers';
import { responseFindings } from './response-rules';

export interface QualityOptions {
  /** Numeric variables checked for outliers (default: n_employees). */
  outlierVariables?: readonly string[];
  /** Tukey's k (default 3). */
  outlierFactor?: number;
  /** The variable two responses must not share (default: workplace_id). */
  workplaceIdVariable?: string;
  /**
   * The edition a response was keyed in, when it is held (several editions side by side): the
   * response is checked against it; otherwise, and without this, against `q`.
   */
  editionOf?: (id: string, version: string) => Questionnaire | undefined;
}

export const DEFAULT_OUTLIER_VARIABLES: readonly string[] = ['n_employees'];

/** Findings ordered by response key, then questionnaire order of the variable, then rule. */
export function qualityReport(responses: readonly QualityResponse[], q: Questionnaire, options: QualityOptions = {}): Finding[] {
  const outlierVariables = (options.outlierVariables ?? DEFAULT_OUTLIER_VARIABLES).filter((v) => q.byName.has(v));
  const samples = new Map<string, Sample[]>(outlierVariables.map((v) => [v, []]));
  const findings: Finding[] = [];
  const editions = new Map<string, Questionnaire>();
  for (const response of responses) {
    const own = response.questionnaireId !== undefined && response.questionnaireVersion !== undefined ? options.editionOf?.(response.questionnaireId, response.questionnaireVersion) : undefined;
    if (own) editions.set(response.id, own);
    const edition = own ?? q;
    const evaluation = evaluateResponse(edition, response.answers, response);
    findings.push(...responseFindings(response, edition, evaluation));
    for (const [variable, list] of samples) {
      const value = evaluation.values[variable];
      if (typeof value === 'number' && Number.isFinite(value)) list.push({ response, value });
    }
  }
  for (const [variable, list] of samples) findings.push(...outlierFindings(list, variable, options.outlierFactor ?? OUTLIER_FACTOR));
  findings.push(...duplicateFindings(responses, options.workplaceIdVariable ?? WORKPLACE_ID_VARIABLE));
  for (const f of findings) {
    const own = editions.get(f.responseId);
    if (own) Object.assign(f, { questionnaireId: own.id, questionnaireVersion: own.version });
  }

  const order = new Map(q.variables.map((v, i) => [v.name, i]));
  const rank = (f: Finding) => order.get(f.variable) ?? Number.MAX_SAFE_INTEGER;
  return findings.sort(
    (a, b) =>
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      rank(a) - rank(b) ||
      QUALITY_RULES.indexOf(a.rule) - QUALITY_RULES.indexOf(b.rule),
  );
}
