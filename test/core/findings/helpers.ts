// Shared setup for the findings tests: an OPD with a small roster and the Pilkada 2024 calendar (candidates set
// 22 September, campaign 25 September – 23 November, voting day 27 November).
import type { Election, FindingDetail, Staff, ViolationType } from '../../../electron/core/contract';
import { value } from '../../helpers/importFlow';
import type { TestWorkspace } from '../../helpers/session';

export const PEOPLE = {
  siti: { name: 'Siti Rahmawati, S.Sos.', identifier: '198507142010012003', position: 'Kepala Sub Bagian Umum' },
  budi: { name: 'Budi Santoso, S.E.', identifier: '197901012005011002', position: 'Pranata Komputer Ahli Muda' },
} as const;

export interface World {
  election: Election;
  staff: Record<keyof typeof PEOPLE, Staff>;
  types: Record<string, ViolationType>;
}

export async function world(t: TestWorkspace): Promise<World> {
  const election = await value<Election>(t.dispatch('elections.create', { preset: 'PILKADA_2024' }));
  const unit = await value<{ id: number }>(t.dispatch('staff.unitCreate', { name: 'Sekretariat' }));
  const staff = {} as Record<keyof typeof PEOPLE, Staff>;
  for (const [key, p] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, (typeof PEOPLE)[keyof typeof PEOPLE]][]) {
    staff[key] = await value<Staff>(t.dispatch('staff.save', {
      name: p.name, identifier: p.identifier, employment: 'PNS', rank: 'III/b', position: p.position, positionType: null, unitId: unit.id,
      gender: null, birthDate: null, birthPlace: '',
    }));
  }
  const types = Object.fromEntries((await value<ViolationType[]>(t.dispatch('findings.catalog', {}))).map((v) => [v.code, v]));
  return { election, staff, types };
}

export const FINDING = {
  knownDate: '2024-10-02', actDate: '2024-10-01', actTime: '19:30', actPlace: 'Facebook (akun pribadi)', source: 'SOCIAL_MEDIA',
  sourceLink: 'https://www.facebook.com/permalink/123', sbtNumber: null, description: 'Membagikan unggahan kampanye pasangan calon nomor urut 2.',
} as const;

export async function record(t: TestWorkspace, w: World, over: Record<string, unknown> = {}): Promise<FindingDetail> {
  return value<FindingDetail>(t.dispatch('findings.save', {
    ...FINDING, person: { kind: 'STAFF', staffId: w.staff.siti.id }, violationTypeId: w.types.A04!.id, ...over,
  }));
}
