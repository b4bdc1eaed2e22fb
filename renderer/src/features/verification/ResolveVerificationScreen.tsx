/**
 * A coordinator resolves what the two keyings of a response disagree on, side by side as in the
 * conflict view: per field the first keying (named by its surveyor) and the second (named by its
 * verifier); one choice each, every choice audited. Then the response is verified.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import type { AnswerValue } from '../../core/questionnaire/model';
import type { VerificationRecord } from '../../db/verification-records';
import { errorText } from '../../ui/error-text';
import { questionWording } from '../../ui/audit-entry-text';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { valueLabel } from '../../ui/value-labels';
import './verification.css';

export interface ResolveVerificationScreenProps {
  responseId: string;
  onBack(): void;
  /** After the choices are saved: back to the list, saying so. */
  onResolved(key: string): void;
}

export function ResolveVerificationScreen({ responseId, onBack, onResolved }: ResolveVerificationScreenProps) {
  const { verification: repo, profile, lang, questionnaire: q } = useServices();
  const { t } = useTranslation('verification', { lng: lang });
  const [v, setV] = useState<VerificationRecord | null | undefined>(undefined);
  const [choices, setChoices] = useState<Record<string, 'first' | 'second'>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    repo.get(responseId).then(
      (row) => live && setV(row ?? null),
      (e: unknown) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, [repo, responseId]);

  const shown = (value: AnswerValue | null, field: string) => valueLabel(q, field, value, lang) ?? t('resolve.notAnswered');
  const title = v ? t('resolve.title', { key: v.responseKey }) : t('title');
  const save = () => {
    if (!v) return;
    setBusy(true);
    repo.resolve(profile, responseId, choices).then(
      (done) => onResolved(done.responseKey),
      (e: unknown) => {
        setFailure(e);
        setBusy(false);
      },
    );
  };

  return (
    <ScreenFrame
      back={{ label: t('resolve.back'), onClick: onBack }}
      title={title}
      meta={v ? <span>{t('resolve.who', { keyer: v.keyerName, verifier: v.verifierName ?? '' })}</span> : null}
    >
      {v === null ? <p role="alert">{t('resolve.nothing')}</p> : null}
      {v && v.state !== 'disagreements' ? <p role="status">{t('resolve.nothing')}</p> : null}
      {v && v.state === 'disagreements' ? (
        <form
          className="verification-resolve"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <p>{t('resolve.intro')}</p>
          {v.disagreements.map((d) => (
            <fieldset key={d.variable} className="conflict-field differs">
              <legend>{questionWording(q, d.variable, lang) ?? d.variable}</legend>
              <div className="conflict-sides">
                {(['first', 'second'] as const).map((side) => (
                  <label key={side} className={choices[d.variable] === side ? 'conflict-side chosen' : 'conflict-side'}>
                    <input
                      type="radio"
                      name={`resolve-${d.variable}`}
                      checked={choices[d.variable] === side}
                      onChange={() => setChoices((c) => ({ ...c, [d.variable]: side }))}
                    />
                    <span>
                      <span className="verification-side">{t(`resolve.${side}`, { name: side === 'first' ? v.keyerName : (v.verifierName ?? '') })}: </span>
                      {shown(side === 'first' ? d.first : d.second, d.variable)}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <button type="submit" className="primary" disabled={busy}>
            {t('resolve.save')}
          </button>
        </form>
      ) : null}
      {failure ? <p role="alert">{t('resolve.failed', { message: errorText(failure, lang) })}</p> : null}
    </ScreenFrame>
  );
}
