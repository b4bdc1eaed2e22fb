/**
 * «Mine opgaver» (surveyor): the cases assigned to the profile at work, with the frame's contact
 * data; a response started from a case has section A filled in from the frame; each attempt to
 * reach the workplace is recorded with its outcome.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWeightingEditions } from '../../analysis/weighting-editions';
import { useServices } from '../../app/services-context';
import { dispositionSpec, type Attempt } from '../../core/fieldwork/dispositions';
import { editionVocabulary } from '../../core/weights/edition-strata';
import { STRATUM_DIMENSIONS, stratumLabel, stratumVocabulary } from '../../core/weights/population';
import type { CaseView } from '../../db/fieldwork-repository';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { formatDateTime } from '../../ui/format';
import { AttemptForm } from './AttemptForm';
import './fieldwork.css';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface AssignmentsScreenProps {
  /** Opens a response (the one just started, or the one already started from the case). */
  onOpenResponse(responseId: string): void;
}

export function AssignmentsScreen({ onOpenResponse }: AssignmentsScreenProps) {
  const { t } = useTranslation('fieldwork');
  const services = useServices();
  const { fieldwork, responses, profile, questionnaire, lang, readOnlyReason, questionnaires } = services;
  const [cases, setCases] = useState<CaseView[] | null>(null);
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const [recording, setRecording] = useState<{ caseId: string; history: Attempt[] } | null>(null);
  // The cases' codes are those of the editions held (as «Stikprøve» checked them), labelled in the edition for new responses.
  const { editions } = useWeightingEditions(services);
  const vocabulary = useMemo(() => (editions ? editionVocabulary(editions) : stratumVocabulary(questionnaire)), [editions, questionnaire]);
  const readOnly = readOnlyReason !== null;

  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    fieldwork
      .cases(profile.id)
      .then((list) => live && setCases(list))
      .catch((e: unknown) => live && setProblem(t('sample.loadFailed', { message: messageOf(e) })));
    return () => {
      live = false;
    };
  }, [fieldwork, profile.id, t, revision]);

  async function start(c: CaseView) {
    setProblem('');
    try {
      // In the edition new responses are keyed in (the coordinator's choice), as «Ny besvarelse» does.
      const created = await responses.createFromCase(profile, await questionnaires.forNewResponses(questionnaire), c.id);
      onOpenResponse(created.id);
    } catch (e) {
      setProblem(t('mine.startFailed', { message: messageOf(e) }));
    }
  }

  async function openAttempt(c: CaseView) {
    setNotice('');
    setRecording({ caseId: c.id, history: await fieldwork.attemptsOf(c.id) });
  }

  return (
    <ScreenFrame title={t('mine.title')} className="fieldwork-screen" width="text" meta={cases ? <span>{t('mine.count', { count: cases.length })}</span> : null}>
      <p>{t('mine.intro')}</p>
      <p role="alert" className="error">{problem}</p>
      <p role="status" className="fieldwork-ok">{notice}</p>
      {cases === null ? (
        <p role="status">{t('sample.loading')}</p>
      ) : cases.length === 0 ? (
        <p className="notice">{t('mine.none')}</p>
      ) : (
        <ul className="fieldwork-mine">
          {cases.map((c) => {
            const name = c.frame.name;
            const contact = [c.frame.contact, c.frame.phone, c.frame.email].filter(Boolean).join(' · ');
            const address = [c.frame.address, [c.frame.postcode, c.frame.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
            return (
              <li key={c.id} className="fieldwork-case" aria-labelledby={`case-${c.id}`}>
                <h2 id={`case-${c.id}`}>{name}</h2>
                <p className="fieldwork-case-facts">
                  <span>{c.id}</span>
                  <span>{stratumLabel(c.frame, STRATUM_DIMENSIONS, vocabulary)[lang]}</span>
                  {address ? <span>{address}</span> : null}
                  {contact ? <span>{t('mine.contact')}: {contact}</span> : null}
                </p>
                <p className="fieldwork-case-facts">
                  <strong>{dispositionSpec(c.disposition).label[lang]}</strong>
                  {c.lastAttemptAt ? <span>{t('mine.lastAttempt', { at: formatDateTime(c.lastAttemptAt, lang) })}</span> : null}
                </p>
                {c.responseIds.length > 1 ? <p className="notice warning">⚠ {t('link.twice', { count: c.responseIds.length, keys: c.responseKeys.join(', ') })}</p> : null}
                <div className="fieldwork-actions">
                  {c.responseIds[0] !== undefined ? (
                    <button type="button" className="primary" aria-label={t('mine.openFor', { name })} onClick={() => onOpenResponse(c.responseIds[0]!)}>
                      {t('mine.open')}
                    </button>
                  ) : (
                    <button type="button" className="primary" aria-label={t('mine.startFor', { name })} onClick={() => void start(c)} disabled={readOnly}>
                      {t('mine.start')}
                    </button>
                  )}
                  <button type="button" aria-label={t('mine.recordFor', { name })} onClick={() => void openAttempt(c)} disabled={readOnly}>
                    {t('mine.record')}
                  </button>
                </div>
                {recording?.caseId === c.id ? (
                  <AttemptForm
                    name={name}
                    history={recording.history}
                    lang={lang}
                    onCancel={() => setRecording(null)}
                    onSave={async (input) => {
                      await fieldwork.recordAttempt(profile, c.id, input);
                      setRecording(null);
                      setNotice(t('attempt.saved', { outcome: dispositionSpec(input.outcome).label[lang] }));
                      reload();
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </ScreenFrame>
  );
}
