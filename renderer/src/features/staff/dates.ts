// Dates in forms as id-ID writes them, dd/mm/yyyy, whatever the browser's locale (a native date input follows
// the operating system's: mm/dd/yyyy on an English Windows). The core keeps YYYY-MM-DD.

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-09-13` → `13/09/2024`; '' stays ''. */
export function isoToDmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function realDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * What a person types: `13/09/2024`, `13-9-2024`, `13.09.2024`, `13092024`, or a two-digit year (`13/09/24` =
 * 2024, `13/09/85` = 1985). Returns `YYYY-MM-DD`, '' for an empty field, or null when it is no real date.
 */
export function dmyToIso(text: string, now = new Date()): string | null {
  const t = text.trim();
  if (t === '') return '';
  let m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/.exec(t);
  if (!m) m = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  let y = Number(m[3]);
  if (m[3]!.length === 2) {
    const century = Math.floor(now.getFullYear() / 100) * 100;
    y = century + y > now.getFullYear() ? century - 100 + y : century + y;
  }
  return realDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}
