// A small OPD for the attendance and pledge tests: a profile whose head is on the roster, three units each with a
// head, people of several kinds, the Pilkada 2024 calendar active, and a held session for the whole OPD.
import type { Election, SessionDetail, Staff, Unit } from '../../../electron/core/contract';
import { value } from '../../helpers/importFlow';
import type { TestWorkspace } from '../../helpers/session';

export const HEAD_NIP = '196805231998031005';

const PROFILE = {
  opdName: 'Dinas Pendidikan dan Kebudayaan', regency: 'Kabupaten Pamekasan', address: 'Jalan Jokotole No. 5', postcode: '69317',
  phone: '', email: '', website: '', headName: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', headNip: HEAD_NIP,
  headRank: 'Pembina Utama Muda (IV/c)', headPosition: 'Kepala Dinas Pendidikan dan Kebudayaan', secretaryName: '', secretaryNip: '',
};

/** name, identifier, employment, rank, position, unit */
const PEOPLE: [string, string, string, string, string, string][] = [
  ['Dr. H. Akhmad Zaini, S.Pd., M.Pd.', HEAD_NIP, 'PNS', 'IV/c', 'Kepala Dinas Pendidikan dan Kebudayaan', 'Sekretariat'],
  ['Siti Rahmawati, S.Sos.', '198507142010012003', 'PNS', 'IV/a', 'Sekretaris', 'Sekretariat'],
  ['Budi Santoso, S.E.', '197901012005011002', 'PNS', 'III/b', 'Pengelola Keuangan', 'Sekretariat'],
  ['Drs. Eko Permana, M.Si.', '196912121994031004', 'PNS', 'IV/a', 'Kepala Bidang Pembinaan SD', 'Bidang Pembinaan SD'],
  ['Ani Wulandari', '199001152019022001', 'PNS', 'III/a', 'Pengawas Sekolah Ahli Muda', 'Bidang Pembinaan SD'],
  ['Rudi Hartono', '199203102021211005', 'PPPK', 'IX', 'Guru Ahli Pertama', 'Bidang Pembinaan SD'],
  ['Hj. Nur Aini, S.Pd.', '197505052000122002', 'PNS', 'IV/a', 'Kepala Bidang Kebudayaan', 'Bidang Kebudayaan'],
  ['Joko Susilo', '', 'NON_ASN', '', 'Tenaga Kebersihan', 'Bidang Kebudayaan'],
];

export interface Opd {
  units: Record<string, Unit>;
  staff: Record<string, Staff>;
  election: Election;
  session: SessionDetail;
}

export const SESSION = {
  date: '2024-09-23', startTime: '08:00', endTime: '12:00', timeZone: 'WIB', place: 'Aula Dinas', topic: 'Sosialisasi Netralitas ASN',
  speakers: [], signer: null, sheetTitle: null, signCity: null,
} as const;

export async function smallOpd(t: TestWorkspace): Promise<Opd> {
  const { dispatch } = t;
  await value(dispatch('profile.save', PROFILE));
  const units: Record<string, Unit> = {};
  for (const name of ['Sekretariat', 'Bidang Pembinaan SD', 'Bidang Kebudayaan']) units[name] = await value<Unit>(dispatch('staff.unitCreate', { name }));
  const staff: Record<string, Staff> = {};
  for (const [name, identifier, employment, rank, position, unit] of PEOPLE) {
    staff[name] = await value<Staff>(dispatch('staff.save', {
      name, identifier, employment, rank, position, positionType: null, unitId: units[unit]!.id, gender: null, birthDate: null, birthPlace: '',
    }));
  }
  const election = await value<Election>(dispatch('elections.create', { preset: 'PILKADA_2024' }));
  const planned = await value<SessionDetail>(dispatch('sessions.save', { ...SESSION, audience: { kind: 'ALL' } }));
  const session = await value<SessionDetail>(dispatch('sessions.setStatus', { id: planned.id, status: 'HELD' }));
  return { units, staff, election, session };
}
