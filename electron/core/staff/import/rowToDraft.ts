// One table row → a StaffDraft, a refusal (code + Indonesian message) or nothing (not a person). Duplicates
// across rows are the caller's business. When a row has several problems the first of these is reported:
// precision lost, invalid identifier, missing name, employment contradicting the NIP, unreadable rank.
//
// Employment: from the employment column when it holds a known word, else inferred from the identifier.
// A stated employment that contradicts the NIP's shape (employmentContradicts: NI PPPK for PNS/CPNS, NIP PNS
// for PPPK, any NIP for non-ASN) is refused as 'employment-mismatch', so that nobody is filed under the wrong
// kind of staff; kepala/perangkat desa may carry any identifier (a PNS can serve as acting kepala desa), and
// PNS/PPPK with only a NIK or no identifier at all are accepted.
import type { ErrorCode } from '../../../shared/messages';
import { errorMessage } from '../../../shared/messages';
import type { Employment, Gender, PositionType } from '../types';
import type { DecodedNik, DecodedNip, RankParse } from '../identity';
import { cleanText, employmentContradicts, inferEmployment, joinName, parseEmployment, parseGender, parseRank, positionTypeOf } from '../identity';
import type { RawCell, RawRow } from './cells';
import { cellText } from './cells';
import { parseDateCell, splitPlaceDate } from './dates';
import type { Field } from './headerFields';
import type { HeaderLayout } from './headerRow';
import type { IdentifierRead } from './identifierCell';
import { readIdentifierCell, splitNameAndIdentifier } from './identifierCell';
import type { RefusalCode, StaffDraft } from './types';

export type RowOutcome =
  | { kind: 'draft'; draft: StaffDraft }
  | { kind: 'refused'; code: RefusalCode; message: string }
  | { kind: 'skip' };

const PLACEHOLDER_NAME = /^(lowong|kosong|formasi kosong|-+|\.+)$/i;
/** Fields that describe a person; two of them without a name make a row worth refusing rather than skipping. */
const PERSON_FIELDS: readonly Field[] = ['rank', 'position', 'unit', 'employment', 'gender', 'birthPlace', 'birthDate', 'birthPlaceDate'];

/** Reads rows of one table; caches the parse of repeated texts (ranks, jabatan, status words). */
export class RowReader {
  private readonly columns = new Map<Field, number[]>();
  private readonly rankCache = new Map<string, RankParse | null>();
  private readonly typeCache = new Map<string, PositionType>();
  private readonly employmentCache = new Map<string, Employment | null>();
  private readonly nameColumnLabel: string;

  constructor(private readonly layout: HeaderLayout, private readonly today: Date) {
    for (const { field, column } of layout.fields) {
      const list = this.columns.get(field);
      if (list) list.push(column);
      else this.columns.set(field, [column]);
    }
    const nameColumn = layout.fields.find((f) => f.field === 'name' || f.field === 'nameNip');
    this.nameColumnLabel = nameColumn?.header ?? 'Nama';
  }

  has(field: Field): boolean {
    return this.columns.has(field);
  }

  columnsOf(field: Field): readonly number[] {
    return this.columns.get(field) ?? [];
  }

  private cell(row: RawRow, field: Field): RawCell {
    for (const c of this.columnsOf(field)) {
      const value = row.cells[c] ?? null;
      if (value !== null && cellText(value) !== '') return value;
    }
    return null;
  }

  private text(row: RawRow, field: Field): string {
    const columns = this.columns.get(field);
    if (!columns) return '';
    for (const c of columns) {
      const text = cleanText(cellText(row.cells[c] ?? null));
      if (text !== '') return text;
    }
    return '';
  }

  read(row: RawRow, section: string | null): RowOutcome {
    const { name, reads } = this.nameAndIdentifiers(row);
    const lost = reads.find((r) => r.kind === 'lost');
    if (lost?.kind === 'lost') return refuse(lost.code, `roster-row-${lost.code}`, { value: lost.shown });
    const known = reads.flatMap((r) => (r.kind === 'read' ? [r] : []));
    const invalid = known.find((r) => r.identifier.type === 'invalid');
    if (invalid && invalid.identifier.type === 'invalid') {
      const { code, reason } = invalid.identifier;
      return refuse(code, code === 'invalid-nip' ? 'invalid-nip' : 'roster-row-invalid-nik', { value: invalid.text, reason });
    }
    let nip: DecodedNip | null = null;
    let nik: DecodedNik | null = null;
    for (const r of known) {
      if (r.identifier.type === 'nip') nip ??= r.identifier.nip;
      if (r.identifier.type === 'nik') nik ??= r.identifier.nik;
    }
    const oldNip = known.find((r) => r.identifier.type === 'old-nip');
    if (!nip && oldNip) {
      return refuse('invalid-nip', 'invalid-nip', { value: oldNip.text, reason: errorMessage('id-reason-old-nip') });
    }

    if (name === '' || PLACEHOLDER_NAME.test(name)) {
      const described = PERSON_FIELDS.filter((f) => this.text(row, f) !== '').length;
      if (!nip && !nik && (PLACEHOLDER_NAME.test(name) || described < 2)) return { kind: 'skip' };
      return refuse('missing-name', 'roster-row-missing-name', { column: this.nameColumnLabel });
    }

    const statedText = this.text(row, 'employment');
    const stated = this.employment(statedText);
    const employment = stated ?? inferEmployment(nip ? { type: 'nip', nip } : { type: 'none' });
    if (nip && stated && employmentContradicts(stated, nip)) {
      return refuse('employment-mismatch', 'roster-row-employment-mismatch', {
        value: nip.digits, shape: nip.kind === 'PNS' ? 'NIP PNS' : 'NI PPPK', stated: statedText,
      });
    }

    const rankText = this.text(row, 'rank');
    const rank = this.rank(rankText, employment);
    if (rank?.unreadable) return refuse('invalid-rank', 'roster-row-invalid-rank', { value: rankText });

    const position = this.text(row, 'position') || null;
    const placeDate = this.text(row, 'birthPlaceDate');
    const split = placeDate ? splitPlaceDate(placeDate, this.today) : { place: null, date: null };
    const draft: StaffDraft = {
      excelRow: row.number,
      name,
      nip: nip?.digits ?? null,
      nik: nik?.digits ?? null,
      employment,
      rank: rank?.rank ?? null,
      rankName: rank?.rankName ?? null,
      position,
      positionType: employment === 'KEPALA_DESA' ? 'KEPALA_DESA' : this.positionType(position),
      unit: this.text(row, 'unit') || section,
      gender: this.gender(row) ?? nip?.gender ?? nik?.gender ?? null,
      birthDate: nip?.birthDate ?? nik?.birthDate ?? parseDateCell(this.cell(row, 'birthDate'), this.today) ?? split.date,
      birthPlace: this.text(row, 'birthPlace') || split.place,
    };
    return { kind: 'draft', draft };
  }

  private nameAndIdentifiers(row: RawRow): { name: string; reads: IdentifierRead[] } {
    const reads: IdentifierRead[] = [];
    const add = (read: IdentifierRead | null): void => { if (read) reads.push(read); };
    let name = this.has('titleFront') || this.has('titleBack')
      ? joinName(this.text(row, 'titleFront'), this.text(row, 'name'), this.text(row, 'titleBack'))
      : this.text(row, 'name');
    for (const field of ['nip', 'ident'] as const) {
      for (const c of this.columnsOf(field)) add(readIdentifierCell(row.cells[c] ?? null, 'nip', this.today));
    }
    for (const c of this.columnsOf('nameNip')) {
      const value = row.cells[c] ?? null;
      if (typeof value === 'number') { add(readIdentifierCell(value, 'nip', this.today)); continue; }
      const split = splitNameAndIdentifier(cellText(value));
      if (name === '') name = cleanText(split.name);
      add(readIdentifierCell(split.identifier, 'nip', this.today));
    }
    for (const c of this.columnsOf('nik')) add(readIdentifierCell(row.cells[c] ?? null, 'nik', this.today));
    return { name, reads };
  }

  private gender(row: RawRow): Gender | null {
    const stated = parseGender(this.text(row, 'gender'));
    if (stated) return stated;
    const male = this.text(row, 'genderMale') !== '';
    const female = this.text(row, 'genderFemale') !== '';
    return male === female ? null : male ? 'L' : 'P';
  }

  private employment(text: string): Employment | null {
    if (!this.employmentCache.has(text)) this.employmentCache.set(text, parseEmployment(text));
    return this.employmentCache.get(text) ?? null;
  }

  private rank(text: string, employment: Employment): RankParse | null {
    const key = `${employment}\u0000${text}`;
    if (!this.rankCache.has(key)) this.rankCache.set(key, parseRank(text, employment));
    return this.rankCache.get(key) ?? null;
  }

  private positionType(position: string | null): PositionType {
    const key = position ?? '';
    let type = this.typeCache.get(key);
    if (type === undefined) {
      type = positionTypeOf(position);
      this.typeCache.set(key, type);
    }
    return type;
  }
}

function refuse(code: RefusalCode, message: ErrorCode, details: Record<string, string | number>): RowOutcome {
  return { kind: 'refused', code, message: errorMessage(message, details) };
}
