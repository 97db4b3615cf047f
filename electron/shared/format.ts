// Indonesian date formats (DESIGN.md: stored `YYYY-MM-DD`, shown `13 September 2024` or `13/09/2024`).
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2024-09-13` → `13 September 2024`; anything unreadable is returned as it is. */
export function formatDateLong(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** `2024-09-13` → `13/09/2024` */
export function formatDateShort(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An ISO timestamp in local time: `24 November 2026 pukul 10.15` */
export function formatDateTime(isoTimestamp: string): string {
  const d = new Date(isoTimestamp);
  if (Number.isNaN(d.getTime())) return isoTimestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} pukul ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

/** 37.5 → "37,5" (Indonesian decimal comma), 50 → "50". */
export function formatPercent(value: number): string {
  return value.toLocaleString('id-ID', { maximumFractionDigits: 1 });
}

/** A file size as people read it here: "2,5 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`;
}
