// How the recap's bytes are written: exceljs's streaming writer (stream.xlsx.WorkbookWriter), which renders each
// row as it is committed and deflates in zlib (native, off the main thread) instead of building every sheet's XML
// whole and deflating it in JavaScript. The big Pegawai sheet is written straight into it, row by row; the small
// sheets are built with the full worksheet API (random access, fitColumns, merges) in a scratch workbook and then
// copied in whole: cells (values, formulas with their results, styles), row heights, columns, merges, views,
// filter, print setup, header and footer, state and protection. Shared strings and styles as the ordinary writer.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/** What exceljs's streaming worksheet has beyond the ordinary one's type. */
interface StreamedSheet extends ExcelJS.Worksheet {
  commit(): void;
  sheetProtection: unknown;
  _write(text: string): void;
  _writePageMargins(): void;
}

/** The sheet's own print options (the streaming writer leaves <printOptions> out): before the page margins. */
function keepPrintOptions(ws: StreamedSheet): void {
  const writeMargins = ws._writePageMargins.bind(ws);
  ws._writePageMargins = () => {
    const { horizontalCentered, verticalCentered } = ws.pageSetup;
    if (horizontalCentered || verticalCentered) {
      ws._write(`<printOptions${horizontalCentered ? ' horizontalCentered="1"' : ''}${verticalCentered ? ' verticalCentered="1"' : ''}/>`);
    }
    writeMargins();
  };
}

/** Everything of a sheet that must be known before its first row is written. */
export interface SheetSettings {
  pageSetup: Partial<ExcelJS.PageSetup>;
  headerFooter: Partial<ExcelJS.HeaderFooter>;
  views?: Partial<ExcelJS.WorksheetView>[];
  autoFilter?: ExcelJS.AutoFilter;
  state?: ExcelJS.WorksheetState;
}

export class RecapWriter {
  private readonly chunks: Buffer[] = [];
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor(meta: { creator: string; created: Date }, deflateLevel: number) {
    const stream = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.chunks.push(chunk);
        done();
      },
    });
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, zip: { zlib: { level: deflateLevel } } });
    this.book.creator = meta.creator;
    this.book.created = meta.created;
  }

  /** A new sheet to write row by row (row.commit()); its columns must be set before the first row is committed. */
  addSheet(name: string, s: SheetSettings): StreamedSheet {
    const ws = this.book.addWorksheet(name, s as Partial<ExcelJS.AddWorksheetOptions>) as StreamedSheet;
    // as the ordinary worksheet writes it: the settings alone, not merged into the streaming writer's defaults
    // (only what the sheet's start tag needed — fitToPage — was read already)
    ws.pageSetup = s.pageSetup;
    keepPrintOptions(ws);
    return ws;
  }

  /** A sheet built whole (in a scratch ExcelJS.Workbook), written as it is. */
  copySheet(src: ExcelJS.Worksheet): void {
    // the worksheet model as exceljs keeps it (its type leaves these out)
    const model = src.model as unknown as { rows: (ExcelJS.Row['model'] & { number: number })[]; merges: string[] };
    const protection = (src as unknown as { sheetProtection: unknown }).sheetProtection;
    const ws = this.addSheet(src.name, { pageSetup: src.pageSetup, headerFooter: src.headerFooter, views: src.views, autoFilter: src.autoFilter ?? undefined, state: src.state });
    src.columns?.forEach((column, i) => {
      ws.getColumn(i + 1).defn = column.defn;
    });
    for (const row of model.rows) ws.getRow(row.number).model = row;
    for (const range of model.merges) ws.mergeCells(range);
    if (protection) ws.sheetProtection = protection;
    ws.commit();
  }

  async bytes(): Promise<Buffer> {
    await this.book.commit();
    return Buffer.concat(this.chunks);
  }
}
