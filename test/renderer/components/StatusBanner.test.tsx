import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, Toaster, webLightTheme } from '@fluentui/react-components';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppStatus } from '../../../electron/core/contract';
import { StatusBanner } from '../../../renderer/src/components/StatusBanner';
import { ToasterContext } from '../../../renderer/src/components/toast';
import { formatDateTime } from '../../../renderer/src/lib/messages';
import { installFakeApi } from '../fakeApi';
import { fakeLayout } from '../features/staff/fixtures';

const holder = { host: 'PC-SEKRETARIAT-02', user: 'sri', pid: 4242, since: '2026-11-24T01:15:00.000Z', beat: '2026-11-24T03:40:00.000Z' };
const held: AppStatus['database'] = {
  state: 'read-only', file: 'C:\\data\\satgas.db', holder,
  message: 'Basis data sedang dipakai oleh sri di komputer PC-SEKRETARIAT-02 sejak 24 November 2026 pukul 08.15.',
};
const ready: AppStatus = { appVersion: '1', schemaVersion: 2, database: { state: 'ready', file: 'C:\\data\\satgas.db' }, opdName: '', protected: false, warnings: [] };

function renderBanner(props: Parameters<typeof StatusBanner>[0]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ToasterContext.Provider value="t">
        <Toaster toasterId="t" />
        <StatusBanner {...props} />
      </ToasterContext.Provider>
    </FluentProvider>,
  );
}

// Fluent's focus manager makes a dialog accessible once focus has moved into it: elements need a layout for that.
let restoreLayout: () => void;
beforeAll(() => { restoreLayout = fakeLayout(); });
afterAll(() => restoreLayout());
afterEach(cleanup);

describe('StatusBanner', () => {
  it('offers "Ambil alih…" for a database another PC holds, names holder, PC and since, and takes over on confirmation', async () => {
    const fake = installFakeApi({ 'app.takeOverLock': () => ({ ok: true, value: ready }) });
    const onChanged = vi.fn(async () => {});
    renderBanner({ status: held, onChanged });
    expect(screen.getByTestId('db-banner').textContent).toContain('dipakai oleh sri di komputer PC-SEKRETARIAT-02');
    await userEvent.click(screen.getByRole('button', { name: 'Ambil alih…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ambil alih basis data?' });
    expect(within(dialog).getByText('Ambil alih basis data?')).toBeTruthy();
    expect(dialog.textContent).toContain(`dipakai oleh sri di komputer PC-SEKRETARIAT-02 sejak ${formatDateTime(holder.since)}`);
    expect(dialog.textContent).toContain(`Tanda aktif terakhir dari aplikasi itu: ${formatDateTime(holder.beat)}`);
    expect(dialog.textContent).toContain('perubahan yang disimpan di sana setelah ini akan ditolak');
    expect(fake.calls).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ambil alih' }));
    expect((await screen.findAllByText('Basis data kini dapat diubah dari komputer ini.')).length).toBeGreaterThan(0);
    expect(fake.calls).toEqual([{ name: 'app.takeOverLock', input: { holder: { host: holder.host, pid: holder.pid, since: holder.since } } }]);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the user cancels', async () => {
    const fake = installFakeApi({});
    const onChanged = vi.fn(async () => {});
    renderBanner({ status: held, onChanged });
    await userEvent.click(screen.getByRole('button', { name: 'Ambil alih…' }));
    await userEvent.click(within(await screen.findByRole('alertdialog', { name: 'Ambil alih basis data?' })).getByRole('button', { name: 'Batal' }));
    expect(fake.calls).toEqual([]);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('says so when the holder changed meanwhile, and refreshes the status', async () => {
    installFakeApi({ 'app.takeOverLock': () => ({ ok: false, error: { code: 'db-lock-changed', message: 'Basis data kini dipakai oleh andi di komputer PC-KEPALA.' } }) });
    const onChanged = vi.fn(async () => {});
    renderBanner({ status: held, onChanged });
    await userEvent.click(screen.getByRole('button', { name: 'Ambil alih…' }));
    await userEvent.click(within(await screen.findByRole('alertdialog', { name: 'Ambil alih basis data?' })).getByRole('button', { name: 'Ambil alih' }));
    expect((await screen.findAllByText('Basis data kini dipakai oleh andi di komputer PC-KEPALA.')).length).toBeGreaterThan(0);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('offers no take-over when the folder itself cannot be written', () => {
    installFakeApi({});
    renderBanner({ status: { ...held, holder: null, message: 'Folder basis data tidak dapat ditulis (C:\\data).' }, onChanged: async () => {} });
    expect(screen.getByTestId('db-banner').textContent).toContain('Folder basis data tidak dapat ditulis');
    expect(screen.queryByRole('button', { name: 'Ambil alih…' })).toBeNull();
  });

  it('shows start-up warnings while the database is usable', () => {
    installFakeApi({});
    renderBanner({ status: ready.database, warnings: ['Cadangan harian basis data tidak dapat dibuat (ruang disk habis).'] });
    expect(screen.queryByTestId('db-banner')).toBeNull();
    expect(screen.getByTestId('db-warning').textContent).toContain('Cadangan harian basis data tidak dapat dibuat (ruang disk habis)');
  });
});
