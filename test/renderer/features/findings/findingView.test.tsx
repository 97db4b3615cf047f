// The finding screen: the derived classification and the sanction range shown, the next deadline first, a step
// added with the stage the core answers, a deletion only after the question; and the list's filters sent to the
// core as chosen.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { FindingCounts, FindingDetail, FindingSummary } from '../../../../electron/core/contract';
import { FindingView } from '../../../../renderer/src/features/findings/FindingView';
import { FindingsScreen } from '../../../../renderer/src/features/findings/FindingsScreen';
import { installFakeApi } from '../../fakeApi';
import { renderWithToaster } from '../staff/fixtures';

afterEach(cleanup);

const TYPE = {
  id: 4, code: 'A04', act: 'Membuat posting, komentar, membagikan (share), menyukai (like), atau mengikuti (follow) akun atau grup pemenangan bakal calon/calon',
  ethicsForm: 'Membuat posting', disciplineLevelBefore: null, disciplineLevelAfter: 'BERAT', nonAsnNote: '', villageNote: '', sortOrder: 40, seeded: true, retired: false, usedBy: 1,
} as const;

const SUMMARY: FindingSummary = {
  id: 9, electionId: 1,
  person: { staffId: 3, name: 'Siti Rahmawati, S.Sos.', nip: '198507142010012003', nik: null, position: 'Kepala Sub Bagian Umum', positionType: 'PENGAWAS', unit: 'Sekretariat', employment: 'PNS' },
  violationTypeId: 4, violationCode: 'A04', violationAct: TYPE.act, violationRetired: false,
  knownDate: '2024-10-02', actDate: '2024-10-01', actTime: '19:30', actPlace: 'Facebook', source: 'SOCIAL_MEDIA', sourceLink: 'https://facebook.com/p/1', sbtNumber: null, description: '',
  classification: { phase: { phase: 'CAMPAIGN', candidatesSet: true }, kind: 'DISCIPLINE', level: 'BERAT', sanctionRule: 'PNS' },
  stage: 'REPORTED_BAWASLU', closed: false,
  nextDeadline: { kind: 'BAWASLU_REVIEW', from: '2024-10-03', due: '2024-10-08', state: 'OVERDUE', metOn: null },
  evidenceCount: 0, updatedAt: '2024-10-03T00:00:00.000Z',
};

const DETAIL: FindingDetail = {
  ...SUMMARY, violationType: TYPE, chronology: [], evidence: [],
  steps: [{ id: 1, kind: 'REPORTED_BAWASLU', date: '2024-10-03', actor: 'Bawaslu Kabupaten Pamekasan', note: '', stageAfter: 'REPORTED_BAWASLU' }],
  deadlines: [
    { kind: 'REPORT_BAWASLU', from: '2024-10-02', due: '2024-10-09', state: 'DONE', metOn: '2024-10-03' },
    { kind: 'BAWASLU_REVIEW', from: '2024-10-03', due: '2024-10-08', state: 'OVERDUE', metOn: null },
  ],
  audit: [{ at: '2024-10-03T02:00:00.000Z', osUser: 'sekretaris', call: 'findings.get', detail: 'dibuka' }],
};

const ok = <T,>(value: T) => ({ ok: true as const, value });

describe('FindingView', () => {
  it('shows the classification, the sanction range and the overdue deadline, and adds a step', async () => {
    const changed: (FindingDetail | null)[] = [];
    const { calls } = installFakeApi({
      'documents.preferences': () => ok({ paper: 'A4' as const }),
      'findings.stepAdd': (input) => ok({ ...DETAIL, stage: 'WAITING_PPK', steps: [...DETAIL.steps, { id: 2, kind: input.kind, date: input.date, actor: input.actor, note: input.note, stageAfter: 'WAITING_PPK' }] }),
    });
    renderWithToaster(<FindingView finding={DETAIL} readOnly={false} onBack={() => undefined} onEdit={() => undefined} onChanged={(f) => changed.push(f)} />);
    expect(screen.getByTestId('finding-classification').textContent).toBe('Disiplin tingkat berat');
    expect(screen.getByText(/Hukuman disiplin berat: penurunan jabatan/)).toBeTruthy();
    const deadlines = within(screen.getByRole('list', { name: 'Batas waktu' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(deadlines).toEqual([
      'Lapor ke Bawaslu (7 hari sejak diketahui)Terpenuhi 3 Oktober 2024',
      'Kajian Bawaslu (3 hari kerja sejak dilaporkan)Lewat batas waktu sejak 8 Oktober 2024',
    ]);
    // the next step offered is the first kind not taken yet
    const steps = screen.getByRole('region', { name: 'Tindak lanjut' });
    expect((within(steps).getByLabelText('Langkah') as HTMLSelectElement).value).toBe('FORWARDED_BKN');
    await userEvent.selectOptions(within(steps).getByLabelText('Langkah'), 'RECOMMENDATION');
    expect(within(steps).getByRole('option', { name: 'Sesuai langkah (Menunggu tindak lanjut PPK)' })).toBeTruthy();
    const date = within(steps).getByLabelText('Tanggal langkah');
    await userEvent.clear(date);
    await userEvent.type(date, '2024-10-09');
    await userEvent.type(within(steps).getByLabelText('Oleh / kepada'), 'Bawaslu');
    await userEvent.click(within(steps).getByRole('button', { name: 'Tambah langkah' }));
    await waitFor(() => expect(changed).toHaveLength(1));
    expect(calls.find((c) => c.name === 'findings.stepAdd')?.input).toEqual({ findingId: 9, kind: 'RECOMMENDATION', date: '2024-10-09', actor: 'Bawaslu', note: '', stageAfter: null });
    expect(changed[0]?.stage).toBe('WAITING_PPK');
  });

  // asking and answering in separate renders (a second question in one render flakes on the dialog's closing motion)
  const asked = async (answer: 'Batal' | 'Hapus') => {
    const changed: (FindingDetail | null)[] = [];
    const { calls } = installFakeApi({ 'documents.preferences': () => ok({ paper: 'A4' as const }), 'findings.remove': ({ id }) => ok({ removed: id }) });
    renderWithToaster(<FindingView finding={DETAIL} readOnly={false} onBack={() => undefined} onEdit={() => undefined} onChanged={(f) => changed.push(f)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hapus temuan…' }));
    const question = await screen.findByText(/Berkas bukti tetap disimpan selama masih dipakai temuan lain/, {}, { timeout: 5000 });
    const dialog = question.closest('[role="dialog"]') as HTMLElement;
    expect(within(dialog).getByText('Hapus temuan')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: answer, hidden: true }));
    return { changed, removes: () => calls.filter((c) => c.name === 'findings.remove').map((c) => c.input) };
  };

  it('does not delete when the question is cancelled', async () => {
    const { changed, removes } = await asked('Batal');
    expect(removes()).toEqual([]);
    expect(changed).toEqual([]);
  });

  it('deletes once the question is answered', async () => {
    const { changed, removes } = await asked('Hapus');
    await waitFor(() => expect(changed).toEqual([null]));
    expect(removes()).toEqual([{ id: 9 }]);
  });
});

const COUNTS: FindingCounts = {
  total: 1, byViolationType: [{ code: 'A04', act: TYPE.act, count: 1 }],
  byPositionType: { JPT: 0, ADMINISTRATOR: 0, PENGAWAS: 1, FUNGSIONAL: 0, PELAKSANA: 0, CAMAT_LURAH: 0, KEPALA_DESA: 0 },
  byPhase: { BEFORE_CAMPAIGN: 0, CAMPAIGN: 1, QUIET: 0, VOTING: 0, AFTER: 0, NONE: 0 },
  byStage: { RECORDED: 0, REPORTED_BAWASLU: 1, FORWARDED_BKN: 0, WAITING_VERIFICATION: 0, WAITING_PPK: 0, SANCTIONED: 0, NOT_PROVEN: 0, CANCELLED: 0, REJECTED: 0, LEFT_SERVICE: 0 },
  byKind: { ETHICS: 0, DISCIPLINE: 1, UNKNOWN: 0 }, recommendations: 0, sanctions: 0,
};

describe('FindingsScreen', () => {
  it('sends the chosen filters to the core and shows the next deadline of each finding', async () => {
    const { calls } = installFakeApi({
      'findings.list': (filter) => ok(filter.kind === 'ETHICS' ? [] : [SUMMARY]),
      'findings.counts': () => ok(COUNTS),
    });
    renderWithToaster(<FindingsScreen readOnly={false} onChanged={() => undefined} />);
    const table = await screen.findByRole('table', { name: 'Daftar temuan' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toMatch(/Siti Rahmawati[\s\S]*Disiplin tingkat berat[\s\S]*Kajian Bawaslu: Lewat batas waktu sejak 8 Oktober 2024/);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kode etik / disiplin' }), 'ETHICS');
    await screen.findByText('Tidak ada temuan yang cocok dengan saringan ini.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hanya yang lewat batas waktu' }));
    // (each load also reads the whole list, for the unit filter's choices)
    await waitFor(() => expect(calls.filter((c) => c.name === 'findings.list').map((c) => c.input)).toContainEqual({ kind: 'ETHICS', overdue: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Hapus saringan' }));
    await screen.findByRole('table', { name: 'Daftar temuan' });
  });
});
