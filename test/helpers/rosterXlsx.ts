// Small roster workbooks made with exceljs for service and flow tests (the parser's own fixtures, of every
// real-world shape and from independent writers, live in test/fixtures/roster).
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

/** A title row, a blank row, then the header and the rows: how agencies' lists usually start. */
export async function rosterXlsx(header: string[], rows: Cell[][], title = 'DAFTAR PEGAWAI DINAS KESEHATAN'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, header.length);
  ws.addRow([]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
