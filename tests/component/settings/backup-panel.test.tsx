import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../../renderer/src/features/settings/BackupPanel';
import { BackupReminder } from '../../../renderer/src/features/settings/BackupReminder';
import type { BackupKeeper } from '../../../renderer/src/features/settings/use-backup-keeper';
import { initI18n } from '../../../renderer/src/i18n/i18n';

beforeEach(async () => {
  await initI18n('da');
});

function keeper(over: Partial<BackupKeeper> = {}): BackupKeeper {
  return {
    state: { markerAtBackup: '10', lastBackupAt: '2025-03-01T09:30:00.000Z' },
    changed: false,
    reminder: false,
    busy: false,
    problem: null,
    backupNow: vi.fn(async () => true),
    look: () => undefined,
    ...over,
  };
}

const backups = [
  { name: 'barometer-backup-20250301T093000000Z.barometer-backup', writtenAt: '2025-03-01T09:30:00.000Z', bytes: 48_213 },
  { name: 'barometer-backup-20250228T160000000Z.barometer-backup', writtenAt: '2025-02-28T16:00:00.000Z', bytes: 47_000 },
];

describe('the backups section of About / data safety', () => {
  it('shows the backups folder, the last backup and that every change is in it (Electron)', () => {
    render(<BackupPanel keeper={keeper()} lang="da" folder="/home/mh/.config/Barometer Entry/backups" backups={backups} />);
    expect(screen.getByText('/home/mh/.config/Barometer Entry/backups')).toBeTruthy();
    expect(screen.getByText('Alle ændringer er med i den seneste sikkerhedskopi.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Gemte sikkerhedskopier' }).querySelectorAll('li')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Gendan/ })).toBeNull(); // no restore offered without onRestore
  });

  it('backs up with one click and says so', async () => {
    const k = keeper({ changed: true });
    render(<BackupPanel keeper={k} lang="da" folder={null} backups={[]} />);
    expect(screen.getByText('Der er ændringer, som ingen sikkerhedskopi indeholder.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Tag en sikkerhedskopi nu' }));
    expect(k.backupNow).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Sikkerhedskopien er gemt.')).toBeTruthy();
  });

  it('restores only after confirmation, and Cancel restores nothing', async () => {
    const onRestore = vi.fn(async () => 'Sikkerhedskopien er indlæst: 3 nye, 0 opdaterede, 0 uændrede, 0 konflikter.');
    render(<BackupPanel keeper={keeper()} lang="da" folder="/b" backups={backups} onRestore={onRestore} />);
    const restoreButtons = screen.getAllByRole('button', { name: /^Gendan fra/ });
    await userEvent.click(restoreButtons[0] as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Annuller' }));
    expect(onRestore).not.toHaveBeenCalled();
    await userEvent.click(screen.getAllByRole('button', { name: /^Gendan fra/ })[0] as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, gendan' }));
    expect(onRestore).toHaveBeenCalledWith(backups[0]?.name);
    expect(await screen.findByText(/3 nye/)).toBeTruthy();
  });
});

describe('the browser reminder', () => {
  it('asks for a backup with a one-click button when due, and is silent otherwise', async () => {
    const k = keeper({ reminder: true });
    const { rerender } = render(<BackupReminder keeper={k} />);
    expect(screen.getByText(/Du har ændringer, som ikke er sikkerhedskopieret/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Tag en sikkerhedskopi nu' }));
    expect(k.backupNow).toHaveBeenCalled();
    rerender(<BackupReminder keeper={keeper()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says why a backup failed', () => {
    render(<BackupReminder keeper={keeper({ problem: 'the disk is full' })} />);
    expect(screen.getByText('Sikkerhedskopien blev ikke gemt: the disk is full')).toBeTruthy();
  });
});
