// The Rekap screen with the typed fake API: the export states the privacy default and sends the box's choice and
// the period (this week by default, last week one click away); without an OPD name it says so and cannot save.
// Konsolidasi: files and a folder chosen, the job polled to its end, the table furthest behind first with the
// coverage chart, the problems and who has not sent.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, Toaster, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsolidationResult, RecapDefaults } from '../../../../electron/core/contract';
import { ToasterContext } from '../../../../renderer/src/components/toast';
import { RecapScreen } from '../../../../renderer/src/features/recap/RecapScreen';
import { ui } from '../../../../renderer/src/lib/messages';
import { installFakeApi } from '../../fakeApi';

const DEFAULTS: RecapDefaults = { period: { from: '2024-09-23', to: '2024-09-29' }, opdName: 'Dinas Sosial', paper: 'F4' };

const figures = (staff: number, target: number, signed: number) => ({
  'staff.active': { period: null, cumulative: staff }, 'pledges.target': { period: null, cumulative: target },
  'pledges.signed': { period: 1, cumulative: signed }, 'sessions.held': { period: 1, cumulative: 2 }, 'findings.total': { period: 0, cumulative: 1 },
});

const RESULT: ConsolidationResult = {
  period: DEFAULTS.period, files: 3, haveOpdList: true, keys: ['staff.active', 'pledges.target', 'pledges.signed'], labels: {},
  opds: [
    { file: 'a.xlsx', opdName: 'Dinas Kesehatan', opdCode: 'dinas kesehatan', regency: '', madeAt: '', appVersion: '', figures: figures(40, 40, 10), openFindings: [] },
    { file: 'b.xlsx', opdName: 'Dinas Sosial', opdCode: 'dinas sosial', regency: '', madeAt: '', appVersion: '', figures: figures(20, 20, 18), openFindings: [{ caseNo: '1', knownDate: '2024-09-26', violation: '1', stage: 'Dicatat', ageDays: 3 }] },
  ],
  totals: figures(60, 60, 28),
  missing: [{ name: 'Dinas Pertanian', code: 'dinas pertanian' }],
  problems: [{ file: 'c.xlsx', code: 'other-period', message: 'Rekap Dinas PU ini untuk periode lain.' }],
};

function renderScreen() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ToasterContext.Provider value="t">
        <Toaster toasterId="t" />
        <RecapScreen onChanged={() => {}} readOnly={false} />
      </ToasterContext.Provider>
    </FluentProvider>,
  );
}

afterEach(cleanup);

describe('Rekap OPD', () => {
  it('says what is left out by default, and sends the period and the box as chosen', async () => {
    const api = installFakeApi({
      'recap.defaults': () => ({ ok: true, value: DEFAULTS }),
      'recap.export': () => ({ ok: true, value: { saved: { ref: '00000000-0000-0000-0000-000000000000', name: 'Rekap.xlsx', folder: 'C:\\Rekap' } } }),
    });
    renderScreen();
    expect((await screen.findByTestId('recap-privacy')).textContent).toContain('tanpa nama dan NIP terlapor');
    expect(screen.getByTestId('recap-file-name').textContent).toBe('Rekap Satgas Netralitas - Dinas Sosial - 2024-09-29.xlsx');
    await userEvent.click(screen.getByRole('button', { name: ui.recap.export }));
    await waitFor(() => expect(api.calls.filter((c) => c.name === 'recap.export')).toHaveLength(1));
    expect(api.calls.find((c) => c.name === 'recap.export')!.input).toEqual({ from: '2024-09-23', to: '2024-09-29', includeIdentities: false });
    await userEvent.click(screen.getByRole('button', { name: ui.recap.lastWeek }));
    await userEvent.click(screen.getByRole('checkbox', { name: ui.recap.includeIdentities }));
    expect(screen.getByTestId('recap-file-name').textContent).toBe('Rekap Satgas Netralitas - Dinas Sosial - 2024-09-22.xlsx');
    await userEvent.click(screen.getByRole('button', { name: ui.recap.export }));
    await waitFor(() => expect(api.calls.filter((c) => c.name === 'recap.export')).toHaveLength(2));
    expect(api.calls.filter((c) => c.name === 'recap.export')[1]!.input).toEqual({ from: '2024-09-16', to: '2024-09-22', includeIdentities: true });
  });

  it('cannot save without an OPD name, and says where to fill it in', async () => {
    installFakeApi({ 'recap.defaults': () => ({ ok: true, value: { ...DEFAULTS, opdName: '' } }) });
    renderScreen();
    expect((await screen.findByTestId('recap-no-opd')).textContent).toContain('Profil OPD');
    expect((screen.getByRole('button', { name: ui.recap.export }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Konsolidasi', () => {
  it('reads the chosen files and folder as a job, then shows the table furthest behind first, the chart and the problems', async () => {
    let polls = 0;
    const ref = (n: number) => `0000000${n}-0000-0000-0000-000000000000`;
    const api = installFakeApi({
      'recap.defaults': () => ({ ok: true, value: DEFAULTS }),
      'files.choose': () => ({ ok: true, value: [{ ref: ref(1), name: 'a.xlsx', size: 10 }, { ref: ref(2), name: 'c.xlsx', size: 10 }] }),
      'recap.opdList': () => ({ ok: true, value: [{ id: 1, name: 'Dinas Pertanian', code: 'dinas pertanian' }] }),
      'files.chooseFolder': () => ({ ok: true, value: [{ ref: ref(3), name: 'Rekap Minggu 39', size: 0 }] }),
      'recap.consolidateStart': () => ({ ok: true, value: { jobId: 'job-00000001' } }),
      'recap.consolidateStatus': () => (++polls < 2
        ? { ok: true, value: { state: 'running', phase: 'reading', done: 1, total: 3 } }
        : { ok: true, value: { state: 'done', result: RESULT } }),
    });
    renderScreen();
    await userEvent.click(await screen.findByRole('tab', { name: ui.consolidation.tabConsolidate }));
    expect((await screen.findByTestId('konsolidasi-opd-list')).textContent).toContain('1 OPD');
    await userEvent.click(screen.getByRole('button', { name: ui.consolidation.choose }));
    await userEvent.click(screen.getByRole('button', { name: ui.consolidation.chooseFolder }));
    expect(screen.getByTestId('konsolidasi-chosen').textContent).toBe('Dipilih: a.xlsx, c.xlsx, Rekap Minggu 39');
    await userEvent.click(screen.getByRole('button', { name: ui.consolidation.start }));
    const table = await screen.findByTestId('kabupaten-table');
    expect(api.calls.find((c) => c.name === 'recap.consolidateStart')!.input).toEqual({ refs: [ref(1), ref(2), ref(3)], from: '2024-09-23', to: '2024-09-29' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['1', 'Dinas Kesehatan', '40', '40', '10', '25%', '2', '1', '0'],
      ['2', 'Dinas Sosial', '20', '20', '18', '90%', '2', '1', '1'],
      ['', ui.consolidation.total, '60', '60', '28', '46,7%', '2', '1', '1'],
    ]);
    expect(screen.getByTestId('konsolidasi-summary').textContent).toBe('2 OPD dikonsolidasi · 60 pegawai aktif · 28 sudah ikrar');
    const chart = screen.getByTestId('coverage-chart');
    expect([...chart.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Dinas Kesehatan', '25%', 'Dinas Sosial', '90%']);
    expect(screen.getByTestId('konsolidasi-problems').textContent).toContain('c.xlsx — Periode lain: Rekap Dinas PU ini untuk periode lain.');
    expect(screen.getByText('Dinas Pertanian')).toBeTruthy();
  });
});
