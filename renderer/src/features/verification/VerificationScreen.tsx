/**
 * Verification: the responses marked for a second keying, with what each needs next (key it again,
 * or resolve its disagreements), and for a coordinator the marking itself: chosen keys, or a share
 * of each surveyor's completed responses (every n-th, or a random x %).
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import type { ShareRule } from '../../core/verification/choose-for-verification';
import type { MarkOutcome } from '../../db/verification-repository';
import type { VerificationRecord } from '../../db/verification-records';
import { errorText } from '../../ui/error-text';
import { formatCount } from '../../ui/format';
import { ScreenFrame } from '../../ui/ScreenFrame';
import './verification.css';

export interface VerificationScreenProps {
  onKey(responseId: string): void;
  onResolve(responseId: string): void;
}

export function VerificationScreen({ onKey, onResolve }: VerificationScreenProps) {
  const { verification: repo, profile, lang } = useServices();
  const { t } = useTranslation('verification', { lng: lang });
  const [rows, setRows] = useState<VerificationRecord[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const load = useCallback(() => {
    repo.list().then(setRows, setFailure);
  }, [repo]);
  useEffect(load, [load]);

  const mayMark = can(profile.role, 'mark-verification').allowed;
  const mayResolve = can(profile.role, 'resolve-verification').allowed;
  return (
    <ScreenFrame title={t('title')}>
      <p className="verification-intro">{t('intro')}</p>
      {mayMark ? <MarkPanel onMarked={load} /> : null}
      {failure ? <p role="alert">{t('list.loadFailed', { message: errorText(failure, lang) })}</p> : null}
      {rows && rows.length === 0 ? <p>{t('list.empty')}</p> : null}
      {rows && rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table verification-table">
            <caption>{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.key')}</th>
                <th scope="col">{t('list.keyer')}</th>
                <th scope="col">{t('list.state')}</th>
                <th scope="col">{t('list.mode')}</th>
                <th scope="col">{t('list.verifier')}</th>
                <th scope="col" className="num">{t('list.differences')}</th>
                <th scope="col">{t('list.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => {
                const mayKey =
                  can(profile.role, 'key-verification', { own: v.keyerId === profile.id }).allowed &&
                  (v.state === 'marked' || (v.state === 'keying' && v.verifierId === profile.id));
                return (
                  <tr key={v.responseId}>
                    <th scope="row">{v.responseKey}</th>
                    <td>{v.keyerName}</td>
                    <td>
                      <span className={`verification-state verification-${v.state}`}>{t(`state.${v.state}`)}</span>
                    </td>
                    <td>{t(`mode.${v.mode ?? 'none'}`)}</td>
                    <td>{v.verifierName ?? '–'}</td>
                    <td className="num">{v.state === 'disagreements' || v.state === 'verified' ? formatCount(v.disagreements.length, lang) : '–'}</td>
                    <td>
                      {mayKey ? (
                        <button type="button" className="link-button" aria-label={t('list.keyAgain', { key: v.responseKey })} onClick={() => onKey(v.responseId)}>
                          {t('list.keyAgainShort')}
                        </button>
                      ) : null}
                      {mayResolve && v.state === 'disagreements' ? (
                        <button type="button" className="link-button" aria-label={t('list.resolve', { key: v.responseKey })} onClick={() => onResolve(v.responseId)}>
                          {t('list.resolveShort')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </ScreenFrame>
  );
}

function MarkPanel({ onMarked }: { onMarked(): void }) {
  const { verification: repo, profile, lang } = useServices();
  const { t } = useTranslation('verification', { lng: lang });
  const [keys, setKeys] = useState('');
  const [kind, setKind] = useState<ShareRule['kind']>('every-nth');
  const [amount, setAmount] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const report = (outcome: MarkOutcome) => {
    const parts: string[] = [t('mark.outcome', { marked: formatCount(outcome.marked, lang), already: formatCount(outcome.alreadyMarked, lang) })];
    if (outcome.notCompleted.length > 0) parts.push(t('mark.notCompleted', { keys: outcome.notCompleted.join(', ') }));
    setMessage({ kind: 'ok', text: parts.join(' · ') });
    onMarked();
  };
  const fail = (e: unknown) => setMessage({ kind: 'error', text: errorText(e, lang) });

  const markKeys = (e: FormEvent) => {
    e.preventDefault();
    repo
      .markByKeys(profile, keys.split(/[\s,;]+/))
      .then((outcome) => {
        setKeys('');
        report(outcome);
      })
      .catch(fail);
  };
  const markShare = (e: FormEvent) => {
    e.preventDefault();
    const value = Number(amount.trim().replace(',', '.'));
    if (amount.trim() === '' || !Number.isFinite(value)) {
      setMessage({ kind: 'error', text: t('mark.badNumber') });
      return;
    }
    const rule: ShareRule = kind === 'every-nth' ? { kind, n: value } : { kind, percent: value };
    repo.markShare(profile, rule).then(report).catch(fail);
  };

  return (
    <section className="verification-mark" aria-labelledby="verification-mark-heading">
      <h2 id="verification-mark-heading">{t('mark.heading')}</h2>
      <div className="verification-mark-forms">
        <form onSubmit={markKeys} className="verification-form">
          <label htmlFor="verification-keys">{t('mark.keysLabel')}</label>
          <input id="verification-keys" type="text" autoComplete="off" spellCheck={false} value={keys} onChange={(e) => setKeys(e.target.value)} />
          <button type="submit">{t('mark.keysButton')}</button>
        </form>
        <form onSubmit={markShare} className="verification-form">
          <fieldset>
            <legend>{t('mark.shareLegend')}</legend>
            <label htmlFor="verification-share-kind">{t('mark.shareKind')}</label>
            <select id="verification-share-kind" value={kind} onChange={(e) => setKind(e.target.value === 'random' ? 'random' : 'every-nth')}>
              <option value="every-nth">{t('mark.everyNth')}</option>
              <option value="random">{t('mark.random')}</option>
            </select>
            <label htmlFor="verification-share-value">{t('mark.shareValue')}</label>
            <input id="verification-share-value" type="text" inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />
            <button type="submit">{t('mark.shareButton')}</button>
          </fieldset>
        </form>
      </div>
      <p role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'verification-message error' : 'verification-message'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
