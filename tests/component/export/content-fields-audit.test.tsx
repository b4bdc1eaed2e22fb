/**
 * The export dialog's "include the audit log" option: offered to whoever may export the log, explained
 * to others; and the format choice (the workbook, or the files for statistics packages).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ContentFields } from '../../../renderer/src/features/export/ContentFields';
import type { ExportChoice } from '../../../renderer/src/features/export/export-responses';
import { initI18n } from '../../../renderer/src/i18n/i18n';

const start: ExportChoice = { selection: { status: 'all', dateField: 'created' }, content: 'both', labelLanguage: 'da', includeAudit: false };

function Harness({ auditAvailable, seen }: { auditAvailable: boolean; seen: ExportChoice[] }) {
  const [choice, setChoice] = useState(start);
  return (
    <ContentFields
      choice={choice}
      auditAvailable={auditAvailable}
      onChange={(next) => {
        seen.push(next);
        setChoice(next);
      }}
    />
  );
}

describe('the audit option of the export dialog', () => {
  it('a coordinator or auditor can include the Audit sheet', async () => {
    await initI18n('da');
    const seen: ExportChoice[] = [];
    render(<Harness auditAvailable seen={seen} />);
    const box = screen.getByRole('checkbox', { name: 'Medtag revisionsloggen (i sit eget ark)' });
    expect(box).toHaveProperty('disabled', false);
    await userEvent.setup().click(box);
    expect(seen.at(-1)?.includeAudit).toBe(true);
    expect(screen.queryByText('Kun koordinatorer og revisorer må eksportere revisionsloggen.')).toBeNull();
  });

  it('anyone else sees it disabled, with the reason', async () => {
    await initI18n('da');
    render(<Harness auditAvailable={false} seen={[]} />);
    const box = screen.getByRole('checkbox', { name: 'Medtag revisionsloggen (i sit eget ark)' });
    expect(box).toHaveProperty('disabled', true);
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByText('Kun koordinatorer og revisorer må eksportere revisionsloggen.').id);
  });
});

describe('the format of the export', () => {
  it('offers the statistics-package files; the workbook-only choices step aside', async () => {
    await initI18n('da');
    const seen: ExportChoice[] = [];
    render(<Harness auditAvailable seen={seen} />);
    expect(screen.getByRole('radio', { name: 'Excel-projektmappe (.xlsx)' })).toHaveProperty('checked', true);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Til statistikprogrammer: CSV, SPSS-syntaks, Stata do-fil og Stata-datasæt (.zip)' }));
    expect(seen.at(-1)?.format).toBe('statistics');
    expect(screen.queryByRole('radio', { name: 'Kun koder (arket med data)' })).toBeNull(); // hidden
    expect(screen.getByRole('checkbox', { name: 'Medtag revisionsloggen (i sit eget ark)' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('combobox', { name: 'Sprog i svarteksterne' })).toHaveProperty('disabled', false);
    expect(screen.getByText(/^Zip-filen har data som CSV \(UTF-8\) med korte variabelnavne, SPSS-syntaks/)).toBeTruthy();
  });

  it('free text without -99 is offered for the workbook and the statistics files alike', async () => {
    await initI18n('da');
    const seen: ExportChoice[] = [];
    render(<Harness auditAvailable seen={seen} />);
    const name = 'Fritekst uden -99 (et ubesvaret tekstfelt står tomt)';
    const user = userEvent.setup();
    const box = screen.getByRole('checkbox', { name });
    expect(box).toHaveProperty('checked', false);
    await user.click(box);
    expect(seen.at(-1)).toMatchObject({ plainText: true });
    expect(seen.at(-1)?.format).toBeUndefined(); // the workbook
    await user.click(screen.getByRole('radio', { name: 'Til statistikprogrammer: CSV, SPSS-syntaks, Stata do-fil og Stata-datasæt (.zip)' }));
    expect(screen.getByRole('checkbox', { name })).toHaveProperty('checked', true);
    expect(seen.at(-1)).toMatchObject({ format: 'statistics', plainText: true });
  });
});
