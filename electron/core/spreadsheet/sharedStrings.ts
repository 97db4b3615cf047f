// The shared string table (xl/sharedStrings.xml) scanned as it arrives, a window at a time: one text per <si>,
// rich-text runs joined, phonetic runs left out, ST_Xstring escapes decoded.
import { decodeXml, expect, inlineText, nextTag } from './sheetScan';
import { Pieces } from './textPieces';

/**
 * The escapes of ECMA-376 ST_Xstring in the shared strings: `_x000D_` is a carriage return (text pasted from
 * Windows programs keeps one before each line break), `_x005F_` an underscore. Decoded as exceljs does
 * (upper-case hex); inline strings keep them, as openpyxl and exceljs read them.
 */
function unescapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The shared string table (xl/sharedStrings.xml) as it arrives: one text per <si>, rich-text runs joined. */
export class SharedStringScanner {
  readonly strings: string[] = [];
  private readonly pending = new Pieces();

  push(text: string): void {
    const cut = text.lastIndexOf('<si');
    if (cut < 0) { this.pending.add(text); return; }
    const xml = this.pending.take(text);
    const at = xml.length - text.length + cut;
    this.items(xml.slice(0, at));
    this.pending.add(xml.slice(at));
  }

  end(): string[] {
    this.items(this.pending.take(''));
    return this.strings;
  }

  private items(xml: string): void {
    for (let at = 0; ;) {
      const si = nextTag(xml, '<si', at);
      if (si < 0) break;
      const open = expect(xml, '>', si);
      if (xml[open - 1] === '/') { this.strings.push(''); at = open + 1; continue; }
      const close = expect(xml, '</si>', open);
      const body = xml.slice(open + 1, close);
      // The common case, one plain <t>: no search for runs needed.
      const simple = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/.exec(body);
      this.strings.push(unescapeXstring(simple ? decodeXml(simple[1] ?? '') : inlineText(body)));
      at = close + 5;
    }
  }
}

/** A whole shared string table at once. */
export function scanSharedStrings(xml: string): string[] {
  const scanner = new SharedStringScanner();
  scanner.push(xml);
  return scanner.end();
}
