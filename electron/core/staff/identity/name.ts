// Names as rosters write them. A name that already carries its titles is kept exactly as written, only trimmed
// with inner whitespace collapsed ("Drs. Eko Permana, S.IP., M.Si." stays). Separate title columns are joined:
// front titles + name + ", " + back titles → "Dr. Ir. Sri Lestari, M.Si.".

/** Trimmed, inner whitespace collapsed to one space, Unicode composed (NFC). */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  // Fast path for the common case: plain ASCII with single spaces only.
  if (/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(text)) return text;
  return text.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function joinName(front: string | null | undefined, name: string | null | undefined, back: string | null | undefined): string {
  const core = cleanText(name);
  const before = cleanText(front);
  const after = cleanText(back).replace(/^,\s*/, '');
  let full = before && core ? `${before} ${core}` : before || core;
  if (after) full = full ? `${full.replace(/,$/, '')}, ${after}` : after;
  return full;
}
