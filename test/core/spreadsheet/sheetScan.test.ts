import { describe, expect, it } from 'vitest';
import { decodeXml, MalformedSheetError, scanSheetRows, SheetScanner } from '../../../electron/core/spreadsheet/sheetScan';
import { scanSharedStrings } from '../../../electron/core/spreadsheet/sharedStrings';
import type { ScanContext } from '../../../electron/core/spreadsheet/sheetScan';
import { isDateFormat } from '../../../electron/core/spreadsheet/workbookParts';
import type { RawRow } from '../../../electron/core/spreadsheet/cells';
import { PartText } from '../../../electron/core/spreadsheet/sheetStream';

const context = (shared: string[] = [], dateStyles: number[] = [], date1904 = false): ScanContext => ({
  sharedString: (i) => shared[i] ?? null,
  isDateStyle: (s) => dateStyles.includes(s),
  date1904,
});

function scan(sheetData: string, ctx = context()): RawRow[] {
  const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
  return [...scanSheetRows(xml, ctx)].flat();
}

describe('scanSheetRows', () => {
  it('reads shared strings, inline strings, formula strings, numbers, booleans and errors by their type', () => {
    const rows = scan(
      '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="inlineStr"><is><t>Sri &amp; Eko</t></is></c>'
      + '<c r="C3" t="str"><f>A3&amp;"x"</f><v>Budix</v></c><c r="D3"><v>196805231998031000</v></c>'
      + '<c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" t="n"><v>12.5</v></c></row>',
      context(['Ahmad', 'Budi']),
    );
    expect(rows).toEqual([{ number: 3, cells: ['Budi', 'Sri & Eko', 'Budix', 196805231998031000, 'TRUE', null, 12.5] }]);
  });

  it('places cells by their reference, leaving gaps empty, and numbers rows and cells without one in order', () => {
    const rows = scan('<row r="2"><c r="C2" t="inlineStr"><is><t>x</t></is></c></row><row><c><v>1</v></c><c><v>2</v></c></row><row r="9" spans="1:3"/>');
    expect(rows).toEqual([{ number: 2, cells: [null, null, 'x'] }, { number: 3, cells: [1, 2] }]);
  });

  it('joins rich-text runs of an inline string and leaves out phonetic runs', () => {
    const rows = scan('<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Drs. </t></r><r><t xml:space="preserve">Eko Permana</t></r><rPh sb="0" eb="1"><t>X</t></rPh></is></c></row>');
    expect(rows[0]?.cells).toEqual(['Drs. Eko Permana']);
  });

  it('turns numbers in date styles into UTC dates, with the 1904 system when the workbook says so', () => {
    const cell = '<row r="1"><c r="A1" s="3"><v>29477</v></c><c r="B1" s="4"><v>29477</v></c></row>';
    expect(scan(cell, context([], [3]))[0]?.cells).toEqual([new Date(Date.UTC(1980, 8, 13)), 29477]);
    expect(scan(cell, context([], [3], true))[0]?.cells[0]).toEqual(new Date(Date.UTC(1984, 8, 14)));
  });

  it('reads ISO dates of type d and keeps empty or self-closing cells empty', () => {
    expect(scan('<row r="1"><c r="A1" t="d"><v>1980-09-13</v></c><c r="B1" s="2"/><c r="C1"><v/></c></row>')[0]?.cells)
      .toEqual([new Date(Date.UTC(1980, 8, 13))]);
  });

  it('throws on XML cut off inside a row or cell instead of looping', () => {
    for (const cut of ['<row r="1"><c r="A1"><v>1</v>', '<row r="1"><c r="A1"><v>1', '<row r="1"><c r="A1" t="inlineStr"><is><t>x</is></c></row>', '<row r="1"']) {
      const xml = `<worksheet><sheetData>${cut}</sheetData></worksheet>`;
      expect(() => [...scanSheetRows(xml, context())]).toThrow(MalformedSheetError);
    }
    expect(() => scanSharedStrings('<sst><si><t>abc</t>')).toThrow(MalformedSheetError);
  });

  it('reads the same rows however the XML is cut into pieces (inside tags, values and multi-part names)', () => {
    const body = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}" spans="1:3"><c r="A${i + 1}" t="inlineStr"><is><t>Pegawai ${i} &amp; Ma&#8217;ruf</t></is></c>`
      + `<c r="B${i + 1}" s="3"><v>${29477 + i}</v></c><c r="C${i + 1}" t="s"><v>${i % 2}</v></c></row>${i % 7 === 0 ? `<row r="${i + 1000}"/>` : ''}`).join('');
    const xml = `<?xml version="1.0"?><worksheet><dimension ref="A1:C300"/><sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><rowBreaks count="0"/></worksheet>`;
    const ctx = context(['Ahmad', 'Budi'], [3]);
    const whole = scanSheetRows(xml, ctx);
    expect(whole).toHaveLength(300);
    expect(whole[299]).toEqual({ number: 300, cells: ['Pegawai 299 & Ma’ruf', new Date(Date.UTC(1980, 8, 13) + 299 * 86_400_000), 'Budi'] });
    let seed = 7;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let trial = 0; trial < 20; trial++) {
      const scanner = new SheetScanner(ctx);
      const rows: RawRow[] = [];
      let kept = 0;
      for (let at = 0; at < xml.length;) {
        const size = 1 + Math.floor(random() * (trial < 10 ? 40 : 3000));
        rows.push(...scanner.push(xml.slice(at, at + size)));
        kept = Math.max(kept, scanner.waiting);
        at += size;
      }
      rows.push(...scanner.end());
      expect(rows).toEqual(whole);
      // between pieces only the unfinished row is kept, never the sheet
      expect(kept).toBeLessThan(3000 + 400);
    }
  });
});

describe('scanSharedStrings', () => {
  it('reads plain, preserved, rich and empty items, decoding entities', () => {
    const xml = '<sst count="4" uniqueCount="4"><si><t>NAMA</t></si><si><t xml:space="preserve"> Sri  </t></si>'
      + '<si><r><t>Ma</t></r><r><rPr><i/></rPr><t>&#8217;ruf &lt;x&gt;</t></r></si><si/><si><t/></si></sst>';
    expect(scanSharedStrings(xml)).toEqual(['NAMA', ' Sri  ', 'Ma’ruf <x>', '', '']);
  });

  it('decodes the ST_Xstring escapes of shared strings (_x000D_, and _x005F_ for a literal underscore), as exceljs does', () => {
    expect(scanSharedStrings('<sst><si><t>Drs. Eko_x000D_\nNIP. 1968</t></si><si><t>a_x005F_x000D_b</t></si><si><t>_x00zz_</t></si></sst>'))
      .toEqual(['Drs. Eko\r\nNIP. 1968', 'a_x000D_b', '_x00zz_']);
  });
});

describe('decodeXml and isDateFormat', () => {
  it('decodes the XML entities', () => {
    expect(decodeXml('a &amp; b &quot;c&quot; &apos;d&apos; &#233; &#xE9;')).toBe('a & b "c" \'d\' é é');
  });

  it('knows date formats as exceljs does', () => {
    expect(isDateFormat('dd-mm-yyyy')).toBe(true);
    expect(isDateFormat('[$-421]dd mmmm yyyy;@')).toBe(true);
    expect(isDateFormat('0')).toBe(false);
    expect(isDateFormat('@')).toBe(false);
    expect(isDateFormat('"Rp"#,##0')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });
});

describe('PartText', () => {
  it('drops an element prefix (<x:row>) however the chunks cut it, and decodes UTF-8 split between chunks', () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Ma’ruf</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const bytes = Buffer.from(xml, 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const text = new PartText('x:');
      const out = text.chunk(bytes.subarray(0, cut)) + text.chunk(bytes.subarray(cut)) + text.end();
      expect(out).toBe('<worksheet xmlns:x="m"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ma’ruf</t></is></c></row></sheetData></worksheet>');
    }
  });
});
