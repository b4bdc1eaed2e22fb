import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { ResponseList, type ResponseListProps } from '../../../renderer/src/features/responses/ResponseList';
import { fakeLayout, makeSummaries } from './summaries-fixture';

const summaries = makeSummaries(10_000);
let restoreLayout: () => void;

beforeEach(async () => {
  await initI18n('da');
  restoreLayout = fakeLayout(400);
});
afterEach(() => restoreLayout());

function renderList(overrides: Partial<ResponseListProps> = {}) {
  const props: ResponseListProps = {
    summaries,
    lang: 'da',
    readOnly: false,
    onOpen: vi.fn(),
    onNew: vi.fn(),
    onDelete: vi.fn(() => Promise.resolve()),
    onRestore: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  render(<ResponseList {...props} />);
  return props;
}

const bodyRows = () => screen.getAllByRole('row').slice(1); // the first row is the header

describe('the response list with 10,000 responses', () => {
  it('renders only the rows in view and counts what it shows', () => {
    renderList();
    const grid = screen.getByRole('grid', { name: 'Besvarelser' });
    expect(grid.getAttribute('aria-rowcount')).toBe(String(9_800 + 1));
    expect(bodyRows().length).toBeGreaterThan(5);
    expect(bodyRows().length).toBeLessThan(40);
    expect(screen.getByText('Viser 9.800 af 9.800')).toBeTruthy();
    // Newest first: the last row keyed is on top.
    expect(within(bodyRows()[0]!).getByText('K09998')).toBeTruthy();
  });

  it('searches by key or workplace as the surveyor types', async () => {
    renderList();
    const search = screen.getByLabelText(/Søg efter nøgle/);
    await userEvent.type(search, 'wp10998');
    expect(screen.getByText('Viser 1 af 9.800')).toBeTruthy();
    expect(within(bodyRows()[0]!).getByText('K09998')).toBeTruthy();
    await userEvent.clear(search);
    await userEvent.type(search, 'k00042');
    expect(screen.getByText('Viser 1 af 9.800')).toBeTruthy();
    expect(within(bodyRows()[0]!).getByText('K00042')).toBeTruthy();
  });

  it('filters by status and shows deleted responses with a Restore button', async () => {
    const props = renderList();
    await userEvent.selectOptions(screen.getByLabelText('Vis'), 'deleted');
    expect(screen.getByText('Viser 200 af 200')).toBeTruthy();
    const first = bodyRows()[0]!;
    expect(within(first).getByText('Slettet')).toBeTruthy();
    await userEvent.click(within(first).getByRole('button', { name: /Gendan besvarelse K09999/ }));
    expect(props.onRestore).toHaveBeenCalledWith('id-9999');
    expect(await screen.findByText('Besvarelse K09999 er gendannet.')).toBeTruthy();

    // From the keyboard: R restores the highlighted deleted response; Enter still opens it.
    screen.getByRole('grid').focus();
    await userEvent.keyboard('{ArrowDown}r');
    expect(props.onRestore).toHaveBeenLastCalledWith('id-9949');
    await userEvent.keyboard('{Enter}');
    expect(props.onOpen).toHaveBeenCalledWith('id-9949');
  });

  it('sorts by a column when its header is clicked, and again the other way', async () => {
    renderList();
    const keyHeader = screen.getByRole('columnheader', { name: /Nøgle/ });
    await userEvent.click(within(keyHeader).getByRole('button'));
    expect(keyHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(within(bodyRows()[0]!).getByText('K00000')).toBeTruthy();
    await userEvent.click(within(keyHeader).getByRole('button'));
    expect(keyHeader.getAttribute('aria-sort')).toBe('descending');
    expect(within(bodyRows()[0]!).getByText('K09998')).toBeTruthy();
  });

  it('moves the highlight with the arrow keys and opens the row with Enter', async () => {
    const props = renderList();
    const grid = screen.getByRole('grid');
    grid.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const active = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
    expect(active && within(active).getByText('K09996')).toBeTruthy();
    expect(active?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(props.onOpen).toHaveBeenCalledWith('id-9996');
  });

  it('keeps the highlighted row rendered when End jumps to the bottom', async () => {
    renderList();
    const grid = screen.getByRole('grid');
    grid.focus();
    await userEvent.keyboard('{End}');
    await act(() => new Promise((r) => setTimeout(r, 20)));
    const active = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
    expect(active && within(active).getByText('K00000')).toBeTruthy();
    expect(bodyRows().length).toBeLessThan(40);
  });

  it('asks before deleting with the Delete key, and Escape cancels', async () => {
    const props = renderList();
    const grid = screen.getByRole('grid');
    grid.focus();
    await userEvent.keyboard('{Delete}');
    const dialog = screen.getByRole('alertdialog', { name: 'Slet besvarelse K09998?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuller' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(grid);
    expect(props.onDelete).not.toHaveBeenCalled();

    await userEvent.keyboard('{Delete}');
    await userEvent.click(screen.getByRole('button', { name: 'Slet besvarelsen' }));
    expect(props.onDelete).toHaveBeenCalledWith('id-9998');
    expect(await screen.findByText('Besvarelse K09998 er flyttet til «Slettede».')).toBeTruthy();
  });

  it('makes a new response with N, but not while typing in the search box', async () => {
    const props = renderList();
    await userEvent.type(screen.getByLabelText(/Søg efter nøgle/), 'n');
    expect(props.onNew).not.toHaveBeenCalled();
    screen.getByRole('grid').focus();
    await userEvent.keyboard('n');
    expect(props.onNew).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Control>}n{/Control}');
    expect(props.onNew).toHaveBeenCalledTimes(2);
  });

  it('offers no new, delete or N shortcut when the store is read-only', async () => {
    const props = renderList({ readOnly: true });
    expect((screen.getByRole('button', { name: 'Ny besvarelse' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /Slet svar/ })).toBeNull();
    screen.getByRole('grid').focus();
    await userEvent.keyboard('n{Delete}');
    expect(props.onNew).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('offers an auditor (who changes nothing) no new response, no delete and no N shortcut', async () => {
    const props = renderList({ canChange: false });
    expect(screen.queryByRole('button', { name: 'Ny besvarelse' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Slet svar/ })).toBeNull();
    expect(screen.queryByText(/Databasen er skrivebeskyttet/)).toBeNull();
    screen.getByRole('grid').focus();
    await userEvent.keyboard('n{Delete}');
    expect(props.onNew).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('labels and filters approved and rejected responses', async () => {
    const reviewed = makeSummaries(6).map((s, i) => ({ ...s, status: i === 1 ? ('approved' as const) : i === 2 ? ('rejected' as const) : s.status }));
    renderList({ summaries: reviewed });
    const filter = screen.getByRole('combobox', { name: 'Vis' });
    await userEvent.selectOptions(filter, 'Afviste');
    expect(bodyRows()).toHaveLength(1);
    expect(within(bodyRows()[0] as HTMLElement).getByText('Afvist')).toBeTruthy();
    await userEvent.selectOptions(filter, 'Godkendte');
    expect(bodyRows()).toHaveLength(1);
    expect(within(bodyRows()[0] as HTMLElement).getByText('Godkendt')).toBeTruthy();
  });
});
