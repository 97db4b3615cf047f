// Rows inside a roster's table that are not people: blank rows, the column-number row under the header
// (1, 2, 3, … or (1), (2), …), total rows ("JUMLAH"), section rows ("A. SEKRETARIAT", "BIDANG PAUD"), the
// markers that start a signature block or notes below the table ("Pamekasan, 13 September 2024",
// "Mengetahui", "a.n. Kepala Dinas", "NIP. 19680523 …", "Keterangan:"), and the other lines of a signature
// block: the signer's title ("Kepala Dinas Pendidikan"), the region ("Kabupaten Pamekasan"), the pangkat
// ("Pembina Utama Muda", "IV/c").

const MONTH_WORD = '[A-Za-z]{3,9}';
const SIGNATURE = [
  // place and date of signing
  new RegExp(`^[A-Za-z][A-Za-z .'-]*,\\s*(\\d{1,2}\\s+${MONTH_WORD}\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|[._…\\s]{3,}.*|${MONTH_WORD}\\s+\\d{4})$`),
  /^(mengetahui|menyetujui|disetujui|disahkan|yang membuat|dibuat oleh|pembuat daftar|yang menyatakan|keterangan|catatan|ket)\b\s*[:,]?/i,
  /^a\s?\.\s?n\s?\.?\s/i,
  /^nip\s*[.:]?\s*\d[\d\s]{8,}$/i,
];

const SECTION = /^(([a-z]|[ivx]+|\d{1,2})\s*[.)]\s*)?(bidang|bagian|sub\s?bagian|subbag|seksi|sekretariat|upt|uptd|unit|kecamatan|kelurahan|desa|puskesmas|sekolah|cabang|kantor|inspektorat|kelompok jabatan fungsional|jabatan fungsional|pejabat fungsional|fungsional|pelaksana|staf)\b/i;
const ENUMERATOR = /^([a-z]|[ivx]+|\d{1,2})\s*[.)]\s+/i;

export function isColumnNumberRow(texts: readonly string[]): boolean {
  let filled = 0;
  let previous = 0;
  for (const t of texts) {
    if (t === '') continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= previous) return false;
    previous = n;
    filled++;
  }
  return filled >= 3;
}

/** A total row says JUMLAH/TOTAL at the left of the table, up to and including column `lastColumn`. */
export function isTotalRow(texts: readonly string[], lastColumn: number): boolean {
  for (let column = 0; column <= lastColumn && column < texts.length; column++) {
    const t = texts[column] as string;
    const first = t.charCodeAt(0) | 0x20; // j or t, any case
    if ((first === 0x6a || first === 0x74) && /^(jumlah|total|jml)\b/i.test(t)) return true;
  }
  return false;
}

/** A copy of the header (lists pasted page by page repeat it): two or more of its texts in the row. */
export function isHeaderCopy(texts: readonly string[], headerTexts: ReadonlySet<string>): boolean {
  let found = 0;
  for (const t of texts) if (t !== '' && headerTexts.has(t.toLowerCase()) && ++found >= 2) return true;
  return false;
}

export function isSignatureMarker(text: string): boolean {
  return SIGNATURE.some((pattern) => pattern.test(text));
}

const SIGNATURE_LINES = [
  // the signer's title, perhaps acting (Plt., Plh., Pj.) or on behalf (a.n., u.b.)
  /^((plt|plh|pj|pjs|a\s?\.?\s?n|u\s?\.?\s?b)\s*\.?\s*)?(kepala|sekretaris|kabid|kasubag|kasubbag|kasi|kasie|camat|lurah|bupati|wakil bupati|wali\s?kota|direktur|inspektur|bendahara|pejabat|pengelola kepegawaian|koordinator)\b/i,
  // the region or office under the title
  /^(pemerintah\s+)?(kabupaten|kab\s*\.|kota|provinsi|dinas|badan)\b/i,
  // the pangkat, with or without its golongan
  /^(juru|pengatur|penata|pembina)(\s+(muda|utama|madya|tk\.?|tingkat|i\b))*[\s,.()/]*((iv|iii|ii|i)\s*[/.-]?\s*[a-e])?\)?$/i,
  /^\(?(iv|iii|ii|i)\s*[/.-]\s*[a-e]\)?$/i,
];

/** A line of a signature block that is not a marker: a title, a region or office, a pangkat. */
export function isSignatureLine(text: string): boolean {
  return SIGNATURE_LINES.some((pattern) => pattern.test(text));
}

/** A cell that holds an identifier's worth of digits: a NIP or NIK, spaced or not ("NIP. …" lines are markers). */
export function looksLikeIdentifier(text: string): boolean {
  const digits = text.replace(/[\s.'-]/g, '');
  return digits.length >= 15 && /^\d+$/.test(digits);
}

/** A section label when `text` is the only thing in the row; null otherwise. `inNoColumn`: it sits in NO. */
export function sectionLabel(text: string, inNoColumn: boolean): string | null {
  if (!inNoColumn && !SECTION.test(text)) return null;
  if (inNoColumn && /^\d+$/.test(text)) return null;
  return text.replace(ENUMERATOR, '').trim() || null;
}
