// Text waiting for the rest of an element while a part is scanned a window at a time (sheetScan.ts,
// sharedStrings.ts): the pieces are joined once, when the element is complete, so a long element costs no rescans.

/** Text pieces waiting for the rest of an element: joined once, when the element is complete. */
export class Pieces {
  private parts: string[] = [];

  get length(): number {
    return this.parts.reduce((n, p) => n + p.length, 0);
  }

  add(text: string): void {
    if (text !== '') this.parts.push(text);
  }

  /** Everything waiting, followed by `text`; nothing is left waiting. */
  take(text: string): string {
    if (this.parts.length === 0) return text;
    this.parts.push(text);
    const joined = this.parts.join('');
    this.parts = [];
    return joined;
  }
}
