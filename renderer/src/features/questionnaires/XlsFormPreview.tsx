/** What a coordinator sees before storing an edition: its shape, what differs from the edition in use, and the notes. */
import { useTranslation } from 'react-i18next';
import type { Lang, QuestionnaireDef } from '../../core/questionnaire/model';
import { compareDefinitions, previewDefinition, type ChangedQuestion } from '../../core/xlsform/compare-definitions';
import type { ImportedForm } from '../../core/xlsform/xlsform-types';
import { declaredRenames } from '../../core/editions/option-mapping';
import { formatCount } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';
import { XlsFormProblems } from './XlsFormProblems';

interface Props {
  file: string;
  form: ImportedForm;
  current: QuestionnaireDef;
  lang: Lang;
}

export function XlsFormPreview({ file, form, current, lang }: Props) {
  const { t } = useTranslation('questionnaires');
  const preview = previewDefinition(form.def);
  const diff = compareDefinitions(current, form.def);
  const changeText = (c: ChangedQuestion): string => {
    const parts = c.changes.map((change) => t(`change.${change}`));
    const options = [
      c.optionsAdded.length > 0 ? t('optionsAdded', { codes: c.optionsAdded.join(', ') }) : '',
      c.optionsRemoved.length > 0 ? t('optionsRemoved', { codes: c.optionsRemoved.join(', ') }) : '',
      c.optionsRelabelled.length > 0 ? t('optionsRelabelled', { codes: c.optionsRelabelled.join(', ') }) : '',
      c.optionsRenamed ? t('optionsRenamed', { codes: c.optionsRenamed.join(', ') }) : '',
    ].filter(Boolean);
    return `${c.name}: ${parts.join(', ')}${options.length > 0 ? ` (${options.join('; ')})` : ''}`;
  };
  const none = diff.added.length + diff.removed.length + diff.changed.length === 0;
  const renames = declaredRenames(form.def);
  return (
    <section aria-labelledby="xlsform-preview-title" className="xlsform-preview">
      <h3 id="xlsform-preview-title">{t('previewTitle', { file })}</h3>
      <p>
        {t('previewSummary', {
          title: preview.title[lang],
          id: preview.id,
          version: preview.version,
          questions: formatCount(preview.questions, lang),
          sections: formatCount(preview.sections.length, lang),
          conditional: formatCount(preview.conditionalQuestions, lang),
          derived: formatCount(preview.derived, lang),
        })}
      </p>
      <TableScroll label={t('section')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('section')}</th>
              <th scope="col" className="num">{t('sectionQuestions')}</th>
              <th scope="col">{t('conditional')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.sections.map((s) => (
              <tr key={s.id}>
                <td>{s.title[lang]}</td>
                <td className="num">{formatCount(s.questions, lang)}</td>
                <td>{s.conditional ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h4>{t('compareTitle', { version: `${current.id} ${current.version}` })}</h4>
      {none ? <p>{t('noDifferences')}</p> : null}
      {renames.length > 0 ? (
        <>
          <h5>{t('renamedTitle', { version: form.def.previousVersion ?? '', count: renames.length })}</h5>
          <p>{renames.map((r) => `${r.list}: ${r.previousCode} → ${r.code}`).join('; ')}</p>
        </>
      ) : null}
      {diff.added.length > 0 ? (
        <>
          <h5>{t('added', { count: diff.added.length })}</h5>
          <p>{diff.added.join(', ')}</p>
        </>
      ) : null}
      {diff.removed.length > 0 ? (
        <>
          <h5>{t('removed', { count: diff.removed.length })}</h5>
          <p>{diff.removed.join(', ')}</p>
        </>
      ) : null}
      {diff.changed.length > 0 ? (
        <>
          <h5>{t('changed', { count: diff.changed.length })}</h5>
          <ul>
            {diff.changed.map((c) => (
              <li key={c.name}>{changeText(c)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {form.notices.length > 0 ? (
        <>
          <h4>{t('noticesTitle', { count: form.notices.length })}</h4>
          <XlsFormProblems problems={form.notices} lang={lang} />
        </>
      ) : null}
    </section>
  );
}
