// Roster test data and a render helper for the roster components (Fluent provider and a toaster).
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { FluentProvider, Toaster, webLightTheme } from '@fluentui/react-components';
import type { Staff, Unit } from '../../../../electron/core/staff/types';
import { ToasterContext } from '../../../../renderer/src/components/toast';

let nextId = 1;

export function makeStaff(over: Partial<Staff> = {}): Staff {
  const id = over.id ?? nextId++;
  return {
    id, name: `Pegawai ${id}`, nip: null, nik: null, employment: 'PNS', rank: null, rankName: null, position: null,
    positionType: 'PELAKSANA', positionTypeManual: false, unitId: null, unitName: null, gender: null, birthDate: null,
    birthPlace: null, status: 'ACTIVE', leftReason: null, leftDate: null, updatedAt: '2026-01-05T08:00:00.000Z',
    ...over,
  };
}

export const UNITS: Unit[] = [
  { id: 1, name: 'Sekretariat', activeStaff: 2, totalStaff: 2, aliases: [] },
  { id: 2, name: 'Bidang Pembinaan SMP', activeStaff: 1, totalStaff: 2, aliases: ['BID. PEMBINAAN SMP'] },
];

export const ROSTER: Staff[] = [
  makeStaff({ id: 101, name: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', nip: '196805231998031005', rank: 'IV/c', position: 'Kepala Dinas', positionType: 'JPT', unitId: 1, unitName: 'Sekretariat' }),
  makeStaff({ id: 102, name: 'Siti Rahmawati, S.Sos.', nip: '198507142010012003', rank: 'III/c', position: 'Kepala Sub Bagian Umum', unitId: 1, unitName: 'Sekretariat' }),
  makeStaff({ id: 103, name: 'Andréa Putri', nik: '3528014507950002', employment: 'NON_ASN', unitId: 2, unitName: 'Bidang Pembinaan SMP' }),
  makeStaff({ id: 104, name: "Moh. Ma'ruf", nip: '199001012019031004', employment: 'PPPK', rank: 'IX', status: 'LEFT', leftReason: 'MUTASI', leftDate: '2025-12-01', unitId: 2, unitName: 'Bidang Pembinaan SMP' }),
];

export function renderWithToaster(ui: ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ToasterContext.Provider value="t">
        <Toaster toasterId="t" />
        {ui}
      </ToasterContext.Provider>
    </FluentProvider>,
  );
}

/**
 * jsdom has no layout: give every element a size so the virtualizer renders rows, and an offsetParent so that
 * Fluent's focus manager sees elements as displayed (it then moves focus into an opened dialog, as a browser does).
 */
export function fakeLayout(width = 1100, height = 600): () => void {
  const proto = HTMLElement.prototype;
  const keys = ['clientWidth', 'clientHeight', 'offsetParent'] as const;
  const saved = keys.map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)] as const);
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(proto, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hidden || this.closest('[hidden]') ? null : this.parentElement;
    },
  });
  const bodyRect = Object.getOwnPropertyDescriptor(HTMLBodyElement.prototype, 'getBoundingClientRect');
  HTMLBodyElement.prototype.getBoundingClientRect = () => DOMRect.fromRect({ width, height });
  return () => {
    for (const [k, d] of saved) if (d) Object.defineProperty(proto, k, d);
    if (bodyRect) Object.defineProperty(HTMLBodyElement.prototype, 'getBoundingClientRect', bodyRect);
    else delete (HTMLBodyElement.prototype as Partial<HTMLBodyElement>).getBoundingClientRect;
  };
}
