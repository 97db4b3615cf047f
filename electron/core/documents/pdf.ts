// Document descriptions → PDF bytes, in plain Node, with pdfmake 0.3 (on pdfkit): the same bytes for the app
// (Electron and the web harness), the command line and the tests. pdfmake is told to read no file outside the
// font folder and to fetch nothing.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, fontFiles, fontFolder } from './fonts';

interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setLocalAccessPolicy(policy: (file: string) => boolean): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | null = null;

/** Inside the font folder: the only local files pdfmake may open (the fonts themselves come from memory). */
export function allowedLocalFile(file: string, folder = fontFolder(), p: typeof path.posix = path): boolean {
  const relative = p.relative(folder, p.resolve(folder, file));
  return relative !== '' && !relative.startsWith('..') && !p.isAbsolute(relative);
}

function engine(): PdfMake {
  if (!pdfmake) {
    const m = createRequire(import.meta.url)('pdfmake') as PdfMake;
    const files = fontFiles();
    const names: Record<string, string> = {};
    for (const [style, bytes] of Object.entries(files)) {
      names[style] = `${FONT_FAMILY}-${style}.ttf`;
      m.virtualfs.writeFileSync(names[style], bytes);
    }
    m.setFonts({ [FONT_FAMILY]: names });
    m.setLocalAccessPolicy((file) => allowedLocalFile(file));
    m.setUrlAccessPolicy(() => false);
    pdfmake = m;
  }
  return pdfmake;
}

export interface PdfOptions {
  /** the PDF's creation date: fixed for reproducible bytes (SOURCE_DATE_EPOCH, tests), now otherwise */
  createdAt?: Date;
  title?: string;
}

/** The creation date documents carry: SOURCE_DATE_EPOCH when set (reproducible output), else now. */
export function documentDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
}

export async function renderPdf(def: TDocumentDefinitions, options: PdfOptions = {}): Promise<Buffer> {
  const createdAt = options.createdAt ?? documentDate();
  const full: TDocumentDefinitions = {
    ...def,
    defaultStyle: { font: FONT_FAMILY, ...def.defaultStyle },
    info: { title: options.title, creator: 'Satgas Netralitas ASN', producer: 'Satgas Netralitas ASN', creationDate: createdAt, modDate: createdAt, ...def.info },
  };
  return engine().createPdf(full).getBuffer();
}

let warming: Promise<void> | null = null;

/** Loads pdfmake, converts the fonts and lays out a small sheet-like table, once: the print panel asks for it
 * when it opens, so that the first real document finds the engine loaded and its code warm. Failures surface on
 * the real document. */
export function warmUpPdf(): Promise<void> {
  const row = (i: number): TableCell[] => [String(i), `Nama Pegawai Contoh ${i}, S.Pd.`, '19680523 199803 1 005', { text: ['Penata ', { text: '(III/c)', noWrap: true }] }, 'Kepala Sub Bagian Umum dan Kepegawaian', 'Sekretariat', { text: `${i}.`, border: [true, true, false, true] as [boolean, boolean, boolean, boolean] }, { text: '', border: [false, true, true, true] as [boolean, boolean, boolean, boolean] }];
  warming ??= renderPdf({
    footer: (page: number, pages: number) => ({ text: `Halaman ${page} dari ${pages}` }),
    content: [{ text: 'DAFTAR HADIR', bold: true }, { table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', 66, 62, 88, 62, 38, 38], body: [['NO', 'NAMA', 'NIP', 'PANGKAT/GOL', 'JABATAN', 'UNIT KERJA', { text: 'TANDA TANGAN', colSpan: 2 }, {}], ...Array.from({ length: 150 }, (_, i) => row(i + 1))] }, fontSize: 8 }],
  }, { createdAt: new Date(0) }).then(() => undefined, () => undefined);
  return warming;
}
