// Progress, cancelling, and the large roster of the speed bench written by exceljs and by LibreOffice.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRosterFile } from '../../../../electron/core/staff/import';
import { makeTempDir } from '../../../helpers/tempDir';
import { largeRosterRow, writeLargeRoster } from '../../../fixtures/roster/large';

const ROWS = 2_000;
const TODAY = new Date('2025-06-01T00:00:00Z');
let byExcelJs: Uint8Array;
let byLibreOffice: Uint8Array;

const dir = makeTempDir('roster-large');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const [a, b] = await Promise.all([writeLargeRoster(dir, ROWS, 'exceljs'), writeLargeRoster(dir, ROWS, 'libreoffice')]);
  byExcelJs = readFileSync(a);
  byLibreOffice = readFileSync(b);
});

describe('large roster', () => {
  it('imports every row, the same from both writers', async () => {
    const a = await parseRosterFile(byExcelJs, 'a.xlsx', { today: TODAY });
    const b = await parseRosterFile(byLibreOffice, 'b.xlsx', { today: TODAY });
    expect(a.refused).toEqual([]);
    expect(a.rows).toHaveLength(ROWS);
    // the same people; the sheets are named differently (LibreOffice names its sheet after the CSV it read)
    expect(a.rows.every((r) => r.sheet === 'Pegawai')).toBe(true);
    expect(b.rows.map((r) => ({ ...r, sheet: 'Pegawai' }))).toEqual(a.rows);
    expect(a.headerRow).toBe(4);
    expect(a.rows[0]).toMatchObject({ excelRow: 5, nip: largeRosterRow(0)[2]?.replace(/ /g, ''), employment: 'PNS' });
    expect(new Set(a.rows.map((r) => r.employment))).toEqual(new Set(['PNS', 'PPPK', 'NON_ASN']));
  });

  it('reports progress in rows of the file after every batch read, advancing, with a total close to the truth from the first report', async () => {
    const lastRow = ROWS + 4; // two title rows, a blank row and the header above the people
    for (const bytes of [byLibreOffice, byExcelJs]) {
      const calls: [number, number][] = [];
      await parseRosterFile(bytes, 'b.xlsx', { today: TODAY, onProgress: (done, total) => calls.push([done, total]) });
      expect(calls.length).toBeGreaterThan(3);
      expect(calls.at(-1)).toEqual([lastRow, lastRow]);
      const reading = calls.slice(0, -1);
      reading.forEach(([done, total], i) => {
        if (i > 0) expect(done).toBeGreaterThan(reading[i - 1]![0]);
        expect(total).toBeGreaterThanOrEqual(done);
        expect(Math.abs(total - lastRow)).toBeLessThan(lastRow * 0.1);
      });
      expect(reading[0]![0]).toBeLessThan(lastRow / 2);
    }
  });

  it('stops at the first pause after the signal aborts, with the signal\'s reason', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const parsing = parseRosterFile(byExcelJs, 'a.xlsx', {
      today: TODAY,
      signal: controller.signal,
      onProgress: (done) => { seen.push(done); controller.abort(); },
    });
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeLessThan(ROWS);
  });

  it('refuses to start with a signal already aborted', async () => {
    await expect(parseRosterFile(byExcelJs, 'a.xlsx', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports progress for a CSV too', async () => {
    const lines = ['Nama;NIP', ...Array.from({ length: 1200 }, (_, i) => `Pegawai ${i};`)];
    const calls: [number, number][] = [];
    await parseRosterFile(Buffer.from(lines.join('\n')), 'x.csv', { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([[500, 1201], [1000, 1201], [1201, 1201], [1201, 1201]]);
  });
});
