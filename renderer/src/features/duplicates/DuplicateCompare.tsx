/**
 * One workplace keyed more than once, side by side: a column per response (who keyed it, on which
 * computer, when, its status and case), then every answer where they differ (marked) and, folded,
 * those where they agree; below, which one to keep and the reason. The conflict view's pattern.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { editionSet } from '../../core/editions/edition-set';
import { ownEdition, type HeldEditions } from '../../core/editions/own-edition';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import type { DuplicateSide } from '../../db/duplicate-repository';
import { formatDateTime } from '../../ui/format';
import { questionWording } from '../../ui/audit-entry-text';
import { valueLabel } from '../../ui/value-labels';
import { sideBySideRows, sideValue } from './side-by-side-rows';

interface Props {
  sides: readonly DuplicateSide[];
  workplaceIds: readonly string[];
  /** The questionnaire in use: it labels a side whose edition this computer does not hold. */
  questionnaire: Questionnaire;
  /** The editions held: each side's answers are labelled in its own edition's words. */
  held: HeldEditions;
  lang: Lang;
  /** Keeps one; a message the user can act on when refused. */
  onKeep(keepId: string, reason: string): Promise<string | null>;
  onOpenResponse?(responseId: string): void;
  onBack(): void;
}

export function DuplicateCompare({ sides, workplaceIds, questionnaire, held, lang, onKeep, onOpenResponse, onBack }: Props) {
  const { t } = useTranslation('duplicates');
  const [keepId, setKeepId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // A key while it is ours to say (so it follows a change of language), the store's words otherwise.
  const [problem, setProblem] = useState<{ key: 'chooseOne' | 'reasonNeeded' } | { refused: string } | null>(null);
  const when = (iso: string) => formatDateTime(iso, lang);
  const editionOf = (side: DuplicateSide) => ownEdition(held, side, questionnaire);
  const editions = sides.map(editionOf);
  // Sides of different editions are compared in the newest one's codes, through its renames.
  const set = editionSet([...new Set(editions)]);
  const rows = sideBySideRows(sides, editions[0] ?? questionnaire, (i, name) => set.codeMap(editions[i] ?? questionnaire, name));
  // A question's wording from the first side whose edition has it (the sides may be of two editions).
  const wording = (name: string) => editions.map((q) => questionWording(q, name, lang)).find((w) => w !== null) ?? questionWording(questionnaire, name, lang) ?? name;
  const value = (side: DuplicateSide, name: string) => {
    const v = sideValue(side, name);
    return (v === undefined ? null : valueLabel(editionOf(side), name, v, lang)) ?? t('notAnswered');
  };
  // One answer on every side; where editions word it differently (a renamed option), each edition's words.
  const agreedValue = (name: string) => {
    const words = sides.map((s) => value(s, name));
    if (words.every((w) => w === words[0])) return words[0] ?? null;
    const seen = new Set<string>();
    return sides
      .map((s, i) => `${words[i] ?? ''} (${editions[i]?.version ?? s.questionnaireVersion})`)
      .filter((w) => !seen.has(w) && seen.add(w))
      .join(', ');
  };
  const where = (side: DuplicateSide) => {
    const w = side.where;
    if (w.deviceId === null) return t('unknownComputer');
    if (w.thisComputer) return t('thisComputer');
    const computer = t('otherComputer', { device: w.deviceId.slice(0, 8) });
    return w.lastPackage ? `${computer}, ${t('lastPackage', { file: w.lastPackage.fileName, surveyor: w.lastPackage.surveyorName, time: when(w.lastPackage.importedAt) })}` : computer;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (keepId === null) return setProblem({ key: 'chooseOne' });
    if (reason.trim() === '') return setProblem({ key: 'reasonNeeded' });
    setBusy(true);
    setProblem(null);
    const refused = await onKeep(keepId, reason);
    setBusy(false);
    if (refused) setProblem({ refused });
  };

  const ids = workplaceIds.join(', ');
  const headingId = 'duplicate-compare-title';
  const meta: [string, (s: DuplicateSide) => string][] = [
    [t('surveyor'), (s) => s.createdByName],
    [t('computer'), where],
    [t('created'), (s) => when(s.createdAt)],
    [t('changed'), (s) => t('changedBy', { time: when(s.updatedAt), name: s.updatedByName })],
    [t('statusRow'), (s) => t(`status.${s.status}`)],
    [t('caseRow'), (s) => s.caseId ?? t('noCase')],
  ];
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('field')}</th>
        {sides.map((s) => (
          <th key={s.id} scope="col">
            {t('side', { key: s.key })}
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <form className="duplicate-compare" aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
      <h2 id={headingId}>{t('compareTitle', { ids, count: sides.length })}</h2>
      <div className="table-scroll" role="region" aria-label={t('tableLabel')} tabIndex={0}>
        <table className="data-table duplicate-table">
          <caption className="visually-hidden">{t('tableLabel')}</caption>
          {head}
          <tbody>
            {meta.map(([label, cell]) => (
              <tr key={label} className="duplicate-meta">
                <th scope="row">{label}</th>
                {sides.map((s) => (
                  <td key={s.id}>{cell(s)}</td>
                ))}
              </tr>
            ))}
            {onOpenResponse ? (
              <tr className="duplicate-meta">
                <td />
                {sides.map((s) => (
                  <td key={s.id}>
                    <button type="button" onClick={() => onOpenResponse(s.id)}>
                      {t('openResponse', { key: s.key })}
                    </button>
                  </td>
                ))}
              </tr>
            ) : null}
            {rows.differing.map((name) => (
              <tr key={name} className="duplicate-differs">
                <th scope="row">
                  {wording(name)} <span className="differs-badge">{t('differs')}</span>
                </th>
                {sides.map((s) => (
                  <td key={s.id}>{value(s, name)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.differing.length === 0 ? <p>{t('noDifferences')}</p> : null}
      {rows.agreeing.length > 0 ? (
        <details className="duplicate-agreeing">
          <summary>{t('agreeing', { count: rows.agreeing.length })}</summary>
          <dl>
            {rows.agreeing.map((name) => (
              <div key={name}>
                <dt>{wording(name)}</dt>
                <dd>{agreedValue(name)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      <fieldset className="duplicate-keep">
        <legend>{t('keepLegend')}</legend>
        {sides.map((s) => (
          <label key={s.id}>
            <input type="radio" name="duplicate-keep" checked={keepId === s.id} onChange={() => setKeepId(s.id)} /> {t('keepOption', { key: s.key, surveyor: s.createdByName })}
          </label>
        ))}
      </fieldset>
      <label className="duplicate-reason">
        {t('reason')}
        <textarea value={reason} maxLength={2000} aria-required="true" onChange={(e) => setReason(e.target.value)} />
      </label>
      {problem ? (
        <p role="alert" className="error">
          {'key' in problem ? t(problem.key) : t('failed', { message: problem.refused })}
        </p>
      ) : null}
      <p className="duplicate-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('keeping') : t('keep')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </p>
    </form>
  );
}
