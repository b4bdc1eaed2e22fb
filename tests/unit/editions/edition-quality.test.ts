/** The data-quality report with editions side by side: each response is checked against the edition it was keyed in. */
import { describe, expect, it } from 'vitest';
import { qualityReport } from '../../../renderer/src/core/quality/quality-report';
import { compiled, edition1, edition2 } from './editions-fixture';

const q1 = compiled(edition1);
const q2 = compiled(edition2);
const response = { id: 'r2', key: 'K2', answers: { level: 'regional', ai: 'yes' }, questionnaireId: 'editions-test', questionnaireVersion: '2' };

describe('the data-quality report across editions', () => {
  it('an edition-2 response checked against edition 1 shows its new code as not an option (the report without editions)', () => {
    expect(qualityReport([response], q1).map((f) => [f.variable, f.rule])).toEqual([['level', 'invalid-choice']]);
  });

  it('checked against its own edition, the same response has no finding', () => {
    const editionOf = (id: string, version: string) => [q1, q2].find((q) => q.id === id && q.version === version);
    expect(qualityReport([response], q1, { editionOf })).toEqual([]);
  });
});
