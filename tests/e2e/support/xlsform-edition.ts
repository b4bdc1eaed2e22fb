/**
 * A new questionnaire edition as a coordinator makes one: on «Spørgeskemaer» export the edition in
 * use as an XLSForm, change it as a methodologist would in Excel, choose the file, save the edition
 * and use it for new responses. Each step by role and accessible name, as a person does it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { goTo } from './navigation';
import { PATIENCE } from './surveyor';

/** A sheet as rows of cell texts (the first row is the header). */
export type Rows = string[][];
/** An XLSForm's sheets by name: survey, choices, settings. */
export type Sheets = Record<string, Rows>;

/** Every sheet of an xlsx file as rows of text, empty cells as ''. */
export function sheetsOf(bytes: Buffer): Sheets {
  const book = XLSX.read(bytes, { type: 'buffer' });
  return Object.fromEntries(book.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json<string[]>(book.Sheets[n]!, { header: 1, raw: false, defval: '' })]));
}

/** An xlsx file of `sheets`, in their order. */
export function workbookOf(sheets: Sheets): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
}

/** The settings sheet with `version` (and, when given, `previous_version`) set. */
export function withVersion(sheets: Sheets, version: string, previousVersion?: string): Rows {
  const [header, values] = [sheets.settings![0]!, sheets.settings![1]!];
  return [header, values.map((c, j) => (header[j] === 'version' ? version : previousVersion !== undefined && header[j] === 'previous_version' ? previousVersion : c))];
}

export interface EditionChange {
  /** The edition to export from (the one in use), e.g. '2024.1'. */
  from: string;
  /** The new edition's version, e.g. '2027.1': the texts waited for name it. */
  version: string;
  /** The new edition's file, made from the exported edition's sheets. */
  edit(current: Sheets): Buffer;
  fileName?: string;
  /** Checks on the import preview before the edition is saved. */
  preview?(page: Page): Promise<void>;
}

/** Exports edition `from`, loads the edited file as edition `version`, saves it and uses it for new responses. */
export async function loadEditionFromXlsForm(page: Page, change: EditionChange): Promise<void> {
  await goTo(page, 'Spørgeskemaer');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: `Eksportér ${change.from} som XLSForm` }).click();
  const current = sheetsOf(readFileSync(await (await exported).path()));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Vælg XLSForm-fil …' }).click();
  await (await chooser).setFiles({
    name: change.fileName ?? `barometer-${change.version}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: change.edit(current),
  });
  if (change.preview) await change.preview(page);
  await page.getByRole('button', { name: 'Gem udgaven' }).click();
  await page.getByText(`Udgave ${change.version} af innovation-barometer er gemt.`).waitFor(PATIENCE);
  await page.getByRole('button', { name: `Brug ${change.version} til nye besvarelser` }).click();
  await page.getByText(`Nye besvarelser tastes nu i udgave ${change.version}.`, { exact: false }).waitFor(PATIENCE);
}
