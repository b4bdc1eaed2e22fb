/** After an import: the new duplicates counted, their workplace ids, and the way to the side-by-side view. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewDuplicatesNotice } from '../../../renderer/src/features/exchange/NewDuplicatesNotice';
import { initI18n } from '../../../renderer/src/i18n/i18n';

const group = (id: string, ...responseIds: string[]) => ({ workplaceIds: [id], responseIds });

describe('the import says what duplicates it brought', () => {
  it('none: one quiet line, no button', async () => {
    await initI18n('da');
    render(<NewDuplicatesNotice groups={[]} onOpen={vi.fn()} />);
    expect(screen.getByText('Ingen nye dubletter.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('two: counted with their ids, and Enter on the button opens the view', async () => {
    await initI18n('da');
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<NewDuplicatesNotice groups={[group('12345678', 'a', 'b'), group('1234567890', 'c', 'd', 'e')]} onOpen={onOpen} />);
    expect(screen.getByRole('status').textContent).toContain(
      'Indlæsningen bragte 2 nye dubletter: arbejdspladser, der nu er tastet i mere end én besvarelse. Arbejdsplads-id: 12345678, 1234567890.',
    );
    screen.getByRole('button', { name: 'Sammenlign dubletterne …' }).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('in English, the first five ids and how many more', async () => {
    await initI18n('en');
    const groups = ['11111111', '22222222', '33333333', '44444444', '55555555', '66666666'].map((id) => group(id, `${id}-a`, `${id}-b`));
    render(<NewDuplicatesNotice groups={groups} />);
    expect(screen.getByRole('status').textContent).toBe(
      'The import brought 6 new duplicates: workplaces now keyed in more than one response. Workplace id: 11111111, 22222222, 33333333, 44444444, 55555555 and 1 more.',
    );
  });
});
