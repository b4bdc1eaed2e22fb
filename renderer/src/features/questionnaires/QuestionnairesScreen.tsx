/**
 * Questionnaire editions (coordinator): the editions stored on this computer, each exportable as an
 * XLSForm, and the import of a new edition from an XLSForm — read and checked whole, shown with its
 * differences from the edition in use, stored only when the coordinator says so.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { previewDefinition } from '../../core/xlsform/compare-definitions';
import type { ImportedForm } from '../../core/xlsform/xlsform-types';
import { errorText } from '../../ui/error-text';
import { formatCount, formatDateTime } from '../../ui/format';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { TableScroll } from '../../ui/TableScroll';
import { MAX_XLSFORM_FILE_BYTES, readXlsFormFile, type XlsFormRefusal } from './read-xlsform';
import { useQuestionnaires } from './use-questionnaires';
import { XlsFormPreview } from './XlsFormPreview';
import { XlsFormProblems } from './XlsFormProblems';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'refused'; file: string; refusal: XlsFormRefusal }
  | { kind: 'preview'; file: string; form: ImportedForm }
  | { kind: 'failed'; message: string };

export function QuestionnairesScreen() {
  const { t } = useTranslation('questionnaires');
  const { host, lang, questionnaire, readOnlyReason } = useServices();
  const { stored, loadError, active, store, exportForm, makeActive } = useQuestionnaires();
  // The edition new responses are keyed in: the coordinator's choice, else the built-in one.
  const activeDef = stored?.find((r) => r.id === active?.id && r.version === active.version)?.def ?? questionnaire.def;
  const isActive = (row: { id: string; version: string }) => row.id === activeDef.id && row.version === activeDef.version;
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const readOnly = readOnlyReason !== null;

  async function chooseFile() {
    setStatus('');
    setAlert('');
    const opened = await host.openFile('spreadsheet', MAX_XLSFORM_FILE_BYTES);
    if (!opened.ok) return setState({ kind: 'failed', message: t('openFailed', { message: opened.error }) });
    if (opened.value === null) return;
    const file = opened.value;
    setState({ kind: 'reading', file: file.name });
    const result = await readXlsFormFile(file);
    setState(result.ok ? { kind: 'preview', file: file.name, form: result.value } : { kind: 'refused', file: file.name, refusal: result.error });
  }

  async function storeEdition(file: string, form: ImportedForm) {
    try {
      const outcome = await store(form.def, file);
      setState({ kind: 'idle' });
      setStatus(t(outcome === 'added' ? 'storedDone' : 'unchanged', { id: form.def.id, version: form.def.version }));
    } catch (e) {
      setAlert(t('storeFailed', { message: errorText(e, lang) }));
    }
  }

  async function activate(index: number) {
    const row = stored?.[index];
    if (!row) return;
    setStatus('');
    setAlert('');
    try {
      await makeActive(row.def);
      setStatus(t('activeDone', { version: row.version }));
    } catch (e) {
      setAlert(t('activeFailed', { message: errorText(e, lang) }));
    }
  }

  async function exportEdition(index: number) {
    const row = stored?.[index];
    if (!row) return;
    setStatus('');
    setAlert('');
    const saved = await exportForm(row.def);
    if (saved.kind === 'saved') {
      if (saved.notRecorded) setAlert(t('exportedNotRecorded', { file: saved.fileName, message: saved.notRecorded }));
      else setStatus(t('exported', { file: saved.fileName }));
    } else if (saved.kind === 'failed') setAlert(t('exportFailed', { message: saved.message }));
  }

  return (
    <ScreenFrame title={t('title')}>
      <p>{t('intro')}</p>
      <p>{t('activeLine', { version: activeDef.version, title: activeDef.title[lang] })}</p>
      {readOnly ? <p className="notice warning">{t('readOnly')}</p> : null}
      {loadError ? <p className="notice failure" role="alert">{loadError}</p> : null}

      <section aria-labelledby="q-stored-title">
        <h2 id="q-stored-title">{t('stored')}</h2>
        {stored === null ? (
          <p>{t('loading')}</p>
        ) : (
          <TableScroll label={t('storedTable')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('version')}</th>
                  <th scope="col" className="num">{t('questions')}</th>
                  <th scope="col">{t('storedAt')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {stored.map((row, i) => (
                  <tr key={`${row.id} ${row.version}`}>
                    <td>
                      {row.def.title[lang]}
                      {isActive(row) ? <strong> ({t('inUse')})</strong> : null}
                      <div className="muted">{t('idLine', { id: row.id })}</div>
                    </td>
                    <td>{row.version}</td>
                    <td className="num">{formatCount(previewDefinition(row.def).questions, lang)}</td>
                    <td>{formatDateTime(row.storedAt, lang)}</td>
                    <td>
                      <div className="button-row">
                        {isActive(row) ? null : (
                          <button type="button" disabled={readOnly} onClick={() => void activate(i)}>
                            {t('activateButton', { version: row.version })}
                          </button>
                        )}
                        <button type="button" onClick={() => void exportEdition(i)}>
                          {t('exportButton', { version: row.version })}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="q-import-title">
        <h2 id="q-import-title">{t('importTitle')}</h2>
        <p className="hint">{t('importHint')}</p>
        <button type="button" onClick={() => void chooseFile()} disabled={readOnly || state.kind === 'reading'}>
          {t('importButton')}
        </button>
        <div role="status" aria-live="polite">
          {state.kind === 'reading' ? <p>{t('reading', { file: state.file })}</p> : null}
          {status ? <p>{status}</p> : null}
        </div>
        <div role="alert">
          {alert ? <p className="notice failure">{alert}</p> : null}
          {state.kind === 'failed' ? <p className="notice failure">{state.message}</p> : null}
          {state.kind === 'refused' && state.refusal.kind === 'unreadable' ? (
            <p className="notice failure">{t('unreadable', { file: state.file, message: state.refusal.message[lang] })}</p>
          ) : null}
          {state.kind === 'refused' && state.refusal.kind === 'problems' ? (
            <div className="notice failure">
              <p>{t('refused', { file: state.file, count: state.refusal.problems.length })}</p>
              <XlsFormProblems problems={state.refusal.problems} lang={lang} />
            </div>
          ) : null}
        </div>
        {state.kind === 'preview' ? (
          <>
            <XlsFormPreview file={state.file} form={state.form} current={activeDef} lang={lang} />
            <div className="button-row">
              <button type="button" className="primary" disabled={readOnly} onClick={() => void storeEdition(state.file, state.form)}>
                {t('store')}
              </button>
              <button type="button" onClick={() => setState({ kind: 'idle' })}>
                {t('cancel')}
              </button>
            </div>
          </>
        ) : null}
      </section>
    </ScreenFrame>
  );
}
