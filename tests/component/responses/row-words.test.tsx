/**
 * The grid translates its rows' words once (ResponseRow's rowWords) instead of once per row and
 * cell; what a person reads and what a screen reader names must be what i18next itself says.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { ResponseList } from '../../../renderer/src/features/responses/ResponseList';
import { fakeLayout, makeSummaries } from './summaries-fixture';

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = fakeLayout(400);
});
afterEach(async () => {
  restoreLayout();
  await initI18n('da');
});

// 60 responses, newest first: K00059 (a draft) on top, K00057 completed, K00049 deleted.
const list = (lang: 'da' | 'en') =>
  render(
    <ResponseList
      summaries={makeSummaries(60)}
      lang={lang}
      readOnly={false}
      onOpen={vi.fn()}
      onNew={vi.fn()}
      onDelete={vi.fn(() => Promise.resolve())}
      onRestore={vi.fn(() => Promise.resolve())}
    />,
  );
const rowOf = (key: string) => screen.getAllByRole('row').find((r) => within(r).queryByText(key) !== null)!;

describe('the words of each row', () => {
  it('in Danish: statuses, and Delete and Restore buttons named for their response as i18next words them', async () => {
    await initI18n('da');
    list('da');
    expect(within(rowOf('K00059')).getByText('Kladde')).toBeTruthy();
    expect(within(rowOf('K00057')).getByText('Afsluttet')).toBeTruthy();
    const remove = within(rowOf('K00059')).getByRole('button', { name: 'Slet besvarelse K00059' });
    expect(remove.textContent).toBe('Slet');
    expect(remove.getAttribute('aria-label')).toBe(i18next.t('deleteLabel', { ns: 'responses', key: 'K00059' }));
    await userEvent.selectOptions(screen.getByLabelText('Vis'), 'deleted');
    const restore = within(rowOf('K00049')).getByRole('button', { name: 'Gendan besvarelse K00049' });
    expect(restore.textContent).toBe('Gendan');
    expect(within(rowOf('K00049')).getByText('Slettet')).toBeTruthy();
  });

  it('in English the same', async () => {
    await initI18n('en');
    list('en');
    expect(within(rowOf('K00059')).getByText('Draft')).toBeTruthy();
    expect(within(rowOf('K00057')).getByText('Completed')).toBeTruthy();
    expect(within(rowOf('K00059')).getByRole('button', { name: 'Delete response K00059' }).textContent).toBe('Delete');
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'deleted');
    expect(within(rowOf('K00049')).getByRole('button', { name: 'Restore response K00049' }).textContent).toBe('Restore');
  });
});
