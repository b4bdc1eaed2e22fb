import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AboutPanel, type AboutInfo } from '../../../renderer/src/features/settings/AboutPanel';
import { initI18n } from '../../../renderer/src/i18n/i18n';

beforeEach(async () => {
  await initI18n('da');
});

const info: AboutInfo = {
  dataLocation: null,
  origin: 'http://127.0.0.1:5199',
  appVersion: '0.1.0',
  questionnaireId: 'innovation-barometer',
  questionnaireVersion: '2024.1',
  readOnlyReason: null,
  responseCount: 10_000,
  deletedCount: 200,
  auditCount: 123_456,
  persisted: false,
  usage: 12_345_678,
  quota: 2_000_000_000,
};

describe('about / data safety', () => {
  it('describes the keys for keying: arrows move, codes choose', () => {
    render(<AboutPanel info={info} lang="da" />);
    const keys = screen.getByRole('region', { name: 'Tastatur ved indtastning' });
    expect(keys.textContent).toMatch(/← \/ → flytter kun markeringen og ændrer aldrig et svar/);
    expect(keys.textContent).toMatch(/tocifrede koder/);
  });

  it('says where the data lives in a browser, and that storage is not yet persistent', async () => {
    const onRequestPersist = vi.fn();
    render(<AboutPanel info={info} lang="da" onRequestPersist={onRequestPersist} />);
    expect(screen.getByText('denne browsers lager for http://127.0.0.1:5199')).toBeTruthy();
    expect(screen.getByText(/Nej – browseren kan slette data/)).toBeTruthy();
    expect(screen.getByText('12,3 MB af 2 GB')).toBeTruthy();
    expect(screen.getByText('10.000 (heraf 200 slettede)')).toBeTruthy();
    expect(screen.getByText('123.456')).toBeTruthy();
    expect(screen.getByText('innovation-barometer, version 2024.1')).toBeTruthy();
    expect(screen.getByText('Skrivbar')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Bed om varigt lager' }));
    expect(onRequestPersist).toHaveBeenCalled();
  });

  it('shows the Electron data folder, granted persistence and a read-only store', () => {
    render(
      <AboutPanel
        info={{ ...info, dataLocation: 'C:\\Users\\mh\\AppData\\Roaming\\Barometer Entry', persisted: true, readOnlyReason: 'newer version' }}
        lang="da"
       
       
      />,
    );
    expect(screen.getByText('C:\\Users\\mh\\AppData\\Roaming\\Barometer Entry')).toBeTruthy();
    expect(screen.getByText(/Ja – browseren sletter ikke/)).toBeTruthy();
    expect(screen.getByText('Skrivebeskyttet: newer version')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bed om varigt lager' })).toBeNull();
  });

  it('shows the version and the date the build was made, in each language', async () => {
    const { unmount } = render(<AboutPanel info={{ ...info, appVersion: '1.4.2', buildDate: '2026-12-02T12:00:00.000Z' }} lang="da" />);
    const app = screen.getByRole('region', { name: 'Program' });
    expect(app.textContent).toContain('Version1.4.2');
    expect(app.textContent).toContain('Bygget02.12.2026');
    unmount();
    await initI18n('en');
    render(<AboutPanel info={{ ...info, appVersion: '1.4.2', buildDate: '2026-12-02T12:00:00.000Z' }} lang="en" />);
    expect(screen.getByRole('region', { name: 'Application' }).textContent).toContain('Built02/12/2026');
  });

  it('says the build date is unknown for a copy that was not built', () => {
    render(<AboutPanel info={{ ...info, buildDate: null }} lang="da" />);
    expect(screen.getByRole('region', { name: 'Program' }).textContent).toContain('Byggetukendt');
  });
});
