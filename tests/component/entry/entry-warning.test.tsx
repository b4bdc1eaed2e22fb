import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AnswerValue } from '../../../renderer/src/core/questionnaire/model';
import { EntryForm } from '../../../renderer/src/features/entry/EntryForm';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { compile, integer, section } from '../../unit/core/form-builder';

const q = compile({
  lists: {},
  sections: [
    section('A', [
      integer('visits', { constraint: '. <= 1000', constraintWarning: true, constraintMessage: { da: 'Usædvanligt mange besøg', en: 'Unusually many visits' } }),
      integer('staff', { constraint: '. <= 500', constraintMessage: { da: 'Højst 500', en: 'At most 500' } }),
    ]),
  ],
});

describe('a constraint marked as a warning is a soft check', () => {
  it('the answer is stored and the warning shown; a hard constraint refuses', async () => {
    await initI18n('da');
    const stored: Record<string, AnswerValue | undefined> = {};
    render(
      <EntryForm
        questionnaire={q}
        answers={{}}
        lang="da"
        readOnly={false}
        onCommit={async (field, value) => {
          stored[field] = value;
        }}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'visits' }));
    await user.keyboard('5000{Enter}');
    expect(stored.visits).toBe(5000);
    expect(await screen.findByText('Advarsel: Usædvanligt mange besøg (svaret er gemt; ret det, hvis det er en fejl)')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'staff' }));

    await user.keyboard('900{Enter}');
    expect(stored.staff).toBeUndefined();
    expect(screen.getByText('Ikke gemt: Højst 500')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'staff' }));
  });
});
