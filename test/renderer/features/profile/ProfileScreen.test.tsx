import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, Toaster, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../../electron/core/contract';
import { ToasterContext } from '../../../../renderer/src/components/toast';
import { ProfileScreen } from '../../../../renderer/src/features/profile/ProfileScreen';
import { installFakeApi } from '../../fakeApi';

const EMPTY: Profile = {
  opdName: '', regency: '', address: '', postcode: '', phone: '', email: '', website: '', headName: '', headNip: '',
  headRank: '', headPosition: '', secretaryName: '', secretaryNip: '', emblem: null, updatedAt: null,
};

function renderScreen(readOnly = false) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ToasterContext.Provider value="t">
        <Toaster toasterId="t" />
        <ProfileScreen onChanged={() => {}} readOnly={readOnly} />
      </ToasterContext.Provider>
    </FluentProvider>,
  );
}

afterEach(cleanup);

describe('ProfileScreen', () => {
  it('updates the letterhead preview as the user types, before saving', async () => {
    installFakeApi({ 'profile.get': () => ({ ok: true, value: EMPTY }) });
    renderScreen();
    const name = await screen.findByRole('textbox', { name: 'Nama OPD' });
    await userEvent.type(name, 'Badan Kesatuan Bangsa dan Politik');
    await userEvent.type(screen.getByRole('textbox', { name: 'Kabupaten/Kota' }), 'Kota Malang');
    const letterhead = screen.getByTestId('letterhead');
    expect(within(letterhead).getByText('PEMERINTAH KOTA MALANG')).toBeTruthy();
    expect(within(letterhead).getByText('BADAN KESATUAN BANGSA DAN POLITIK')).toBeTruthy();
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy();
  });

  it('shows a refused NIP under its own field', async () => {
    const fake = installFakeApi({
      'profile.get': () => ({ ok: true, value: { ...EMPTY, opdName: 'Dinas Sosial' } }),
      'profile.save': () => ({ ok: false, error: { code: 'invalid-nip', field: 'headNip', message: 'NIP Kepala OPD: NIP "123" tidak sah' } }),
    });
    renderScreen();
    const nip = await screen.findByRole('textbox', { name: 'NIP Kepala OPD' });
    await userEvent.type(nip, '123');
    await userEvent.keyboard('{Control>}s{/Control}');
    const messages = await screen.findAllByText('NIP Kepala OPD: NIP "123" tidak sah');
    expect(messages.length).toBeGreaterThan(0);
    expect(nip.getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls.map((c) => c.name)).toEqual(['profile.get', 'profile.save']);
  });

  it('disables editing when the database is read-only', async () => {
    installFakeApi({ 'profile.get': () => ({ ok: true, value: EMPTY }) });
    renderScreen(true);
    const name = await screen.findByRole('textbox', { name: 'Nama OPD' });
    expect((name as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Simpan' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
