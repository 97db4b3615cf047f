// Dates as the user reads them (id-ID), and the same output in the time zones of Indonesia: the test command pins
// TZ=UTC for every other test; these run the formatter in child processes under WIB and WIT.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, formatDateTime } from '../../../electron/shared/format';

function inZone(tz: string, expression: string): string {
  const script = `import('./electron/shared/format.ts').then((f) => process.stdout.write(String(${expression})))`;
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
}

describe('date formats', () => {
  it('the test command runs in UTC, so no other test depends on the machine\'s zone', () => {
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(0);
  });

  it('shows stored dates in Indonesian, whatever the zone', () => {
    expect(formatDateLong('2024-09-13')).toBe('13 September 2024');
    expect(formatDateShort('2024-09-13')).toBe('13/09/2024');
    expect(formatDateLong('bukan tanggal')).toBe('bukan tanggal');
  });

  it('renders a moment in local time: WIB (Asia/Jakarta, UTC+7)', () => {
    expect(inZone('Asia/Jakarta', "f.formatDateTime('2026-12-01T23:30:00Z')")).toBe('2 Desember 2026 pukul 06.30');
    expect(inZone('Asia/Jakarta', "f.formatDateLong('2024-11-27')")).toBe('27 November 2024');
  });

  it('renders a moment in local time: WIT (Asia/Jayapura, UTC+9)', () => {
    expect(inZone('Asia/Jayapura', "f.formatDateTime('2026-12-01T14:59:00Z')")).toBe('1 Desember 2026 pukul 23.59');
    expect(inZone('Asia/Jayapura', "f.formatDateTime('2026-12-01T15:00:00Z')")).toBe('2 Desember 2026 pukul 00.00');
    expect(inZone('Asia/Jayapura', "f.formatDateShort('2024-11-27')")).toBe('27/11/2024');
  });

  it('in UTC (the pinned test zone) the same moment is the UTC wall time', () => {
    expect(formatDateTime('2026-12-01T23:30:00Z')).toBe('1 Desember 2026 pukul 23.30');
  });
});
