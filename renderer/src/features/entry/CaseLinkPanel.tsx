/**
 * On a response: which case of the sample it is. A response started from a case says so; one keyed
 * without a case can be linked to one (a coordinator: any case; a surveyor: their own response, to a
 * case assigned to them), picked from a searchable list. A case with more than one response is flagged.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import type { CaseView } from '../../db/fieldwork-repository';
import type { CaseLinkRow } from '../../db/fieldwork-records';
import type { ResponseRecord } from '../../db/records';
import { errorText } from '../../ui/error-text';
import { matchingCases } from '../../core/fieldwork/case-search';

interface Props {
  record: ResponseRecord;
  /** The response's link to its case: undefined when it has none. */
  link: CaseLinkRow | undefined;
  /** The store or the response cannot be changed now. */
  readOnly: boolean;
  onLinked(link: CaseLinkRow): void;
}

/** Cases listed at once under the search field. */
const MAX_SHOWN = 20;

export function CaseLinkPanel({ record, link, readOnly, onLinked }: Props) {
  const { t } = useTranslation('fieldwork');
  const { fieldwork, profile, lang } = useServices();
  const searchId = useId();
  const [linked, setLinked] = useState<CaseView | null>(null);
  const [hasFrame, setHasFrame] = useState(false);
  const [picking, setPicking] = useState(false);
  const [candidates, setCandidates] = useState<CaseView[] | null>(null);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const own = record.createdById === profile.id;
  const mayLink = !readOnly && can(profile.role, 'link-case', { own, assignedToActor: true }).allowed;

  useEffect(() => {
    let live = true;
    if (link) void fieldwork.caseView(link.caseId).then((c) => live && setLinked(c ?? null), () => live && setLinked(null));
    else void fieldwork.currentVersion().then((v) => live && setHasFrame(v !== undefined), () => live && setHasFrame(false));
    return () => {
      live = false;
    };
  }, [fieldwork, link]);

  useEffect(() => {
    if (!picking || candidates !== null) return;
    let live = true;
    // A surveyor links only to a case of their own: the list offers no other.
    void fieldwork.cases(profile.role === 'coordinator' ? undefined : profile.id).then(
      (list) => live && setCandidates(list),
      (e: unknown) => live && setProblem(errorText(e, lang)),
    );
    return () => {
      live = false;
    };
  }, [picking, candidates, fieldwork, profile, lang]);

  const shown = useMemo(() => matchingCases(candidates ?? [], query, record.answers), [candidates, query, record.answers]);

  async function pick(c: CaseView) {
    setProblem('');
    try {
      const result = await fieldwork.linkResponse(profile, record.id, c.id);
      setPicking(false);
      setDone(t('link.done', { name: c.frame.name, id: c.id }));
      onLinked(result.link);
    } catch (e) {
      setProblem(t('link.failed', { message: errorText(e, lang) }));
    }
  }

  if (link) {
    return (
      <section className="case-link" aria-label={t('link.region')}>
        <p role="status">{done}</p>
        {linked ? (
          <p>
            {t('link.caseIs', { name: linked.frame.name, id: linked.id })}
            {link.locked.length === 0 ? <span className="muted"> · {t('link.linkedLater')}</span> : null}
          </p>
        ) : null}
        {linked && linked.responseIds.length > 1 ? (
          <p className="notice warning">⚠ {t('link.twice', { count: linked.responseIds.length, keys: linked.responseKeys.join(', ') })}</p>
        ) : null}
      </section>
    );
  }
  if (!hasFrame || !mayLink) return null;
  return (
    <section className="case-link" aria-label={t('link.region')}>
      {!picking ? (
        <button type="button" onClick={() => setPicking(true)}>{t('link.open')}</button>
      ) : (
        <div className="case-link-picker">
          <p className="hint">{t(profile.role === 'coordinator' ? 'link.introCoordinator' : 'link.introSurveyor')}</p>
          <label htmlFor={searchId}>{t('link.search')}</label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
          {candidates === null && !problem ? <p role="status">{t('link.loading')}</p> : null}
          {candidates !== null && shown.length === 0 ? <p>{t('link.noMatch')}</p> : null}
          {shown.length > 0 ? (
            <ul className="case-link-list" aria-label={t('link.results', { count: shown.length })}>
              {shown.slice(0, MAX_SHOWN).map((c) => (
                <li key={c.id}>
                  <button type="button" onClick={() => void pick(c)} aria-label={t('link.pick', { name: c.frame.name, id: c.id })}>
                    {t('link.pickShort')}
                  </button>{' '}
                  <span className="case-id">{c.id}</span> {c.frame.name}
                  {c.frame.city ? <span className="muted"> · {c.frame.city}</span> : null}
                  {c.responseIds.length > 0 ? <span className="muted"> · {t('link.hasResponses', { count: c.responseIds.length })}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {shown.length > MAX_SHOWN ? <p className="hint">{t('link.more', { count: shown.length - MAX_SHOWN })}</p> : null}
          <button type="button" onClick={() => setPicking(false)}>{t('link.cancel')}</button>
        </div>
      )}
      <p role="alert" className="error">{problem}</p>
    </section>
  );
}
