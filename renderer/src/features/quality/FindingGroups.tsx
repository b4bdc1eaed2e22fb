/** Findings grouped by rule (in report order), each a link to its response naming the question. */
import { useTranslation } from 'react-i18next';
import { QUALITY_RULES, type Finding, type QualityRule } from '../../core/quality/finding';
import { ownEdition, type HeldEditions } from '../../core/editions/own-edition';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import { questionWording } from '../../ui/audit-entry-text';

/** Findings listed per rule on screen (the export holds them all). */
export const MAX_SHOWN_PER_RULE = 200;

interface Props {
  findings: readonly Finding[];
  questionnaire: Questionnaire;
  /** The editions held: each finding's question in the words of the edition its response was checked against. */
  held: HeldEditions;
  lang: Lang;
  onOpen(responseId: string, variable: string): void;
}

export function groupByRule(findings: readonly Finding[]): [QualityRule, Finding[]][] {
  const groups = new Map<QualityRule, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
  return QUALITY_RULES.filter((r) => groups.has(r)).map((r) => [r, groups.get(r) ?? []]);
}

export function FindingGroups({ findings, questionnaire, held, lang, onOpen }: Props) {
  const { t } = useTranslation('quality');
  return (
    <>
      {groupByRule(findings).map(([rule, list]) => (
        <section key={rule} className="quality-group" aria-labelledby={`quality-${rule}`}>
          <h2 id={`quality-${rule}`}>
            {t(`rule.${rule}`)} ({list.length})
          </h2>
          <ul>
            {list.slice(0, MAX_SHOWN_PER_RULE).map((f, i) => (
              <li key={`${f.responseId}-${f.variable}-${i}`}>
                <button type="button" className="link-button" onClick={() => onOpen(f.responseId, f.variable)}>
                  {t('finding', { key: f.key, question: questionWording(ownEdition(held, f, questionnaire), f.variable, lang) ?? f.variable, message: f.message[lang] })}
                </button>
              </li>
            ))}
          </ul>
          {list.length > MAX_SHOWN_PER_RULE ? <p>{t('more', { n: list.length - MAX_SHOWN_PER_RULE })}</p> : null}
        </section>
      ))}
    </>
  );
}
