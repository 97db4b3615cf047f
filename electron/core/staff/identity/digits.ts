// Turns an identifier as people type it into bare digits: `19680523 199803 1 005`, `'196805231998031005`,
// `1968.0523-1998`, `NIP. 1968…`. Full-width digits and non-breaking spaces are folded by NFKC.

const LABEL = /^(?:nip(?:\s*baru)?|ni\s*pppk|nik)\s*[.:]?\s*/i;

/** The digits of an identifier; '' when the text is blank; null when anything but digits and separators remain. */
export function identifierDigits(raw: string): string | null {
  if (/^\d+$/.test(raw)) return raw;
  // Fast path: ASCII digits with the usual separators, perhaps after an apostrophe.
  if (/^\s*'?[\d ._/-]*$/.test(raw)) return raw.replace(/[^\d]/g, '');
  let text = raw.normalize('NFKC').trim().replace(/^['‘’`]+/, '');
  text = text.replace(LABEL, '').replace(/[\s.\-_/]+/g, '');
  if (text === '') return '';
  return /^\d+$/.test(text) ? text : null;
}
