import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../renderer/src/core/questionnaire/model';
import { LanguageToggle } from '../../../renderer/src/features/settings/LanguageToggle';
import { initI18n } from '../../../renderer/src/i18n/i18n';

beforeEach(async () => {
  await initI18n('da');
});

function Harness() {
  const [lang, setLang] = useState<Lang>('da');
  const { t } = useTranslation('responses');
  return (
    <>
      <LanguageToggle lang={lang} onChange={(l) => void initI18n(l).then(() => setLang(l))} />
      <button type="button">{t('newResponse')}</button>
    </>
  );
}

describe('switching the language', () => {
  it('switches every string at once and updates <html lang>', async () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: 'Sprog' });
    expect(group).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Ny besvarelse' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'New response' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'Dansk' }));
    expect(await screen.findByRole('button', { name: 'Ny besvarelse' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');
  });
});
