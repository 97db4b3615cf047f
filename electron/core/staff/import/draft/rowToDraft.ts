// One table row → a StaffDraft, a refusal (code + Indonesian message) or nothing (not a person). Duplicates
// across rows are the caller's business. When a row has several problems the first of these is reported:
// precision lost, invalid identifier, missing name, a name longer than the edit form allows, employment
// contradicting the NIP, unreadable rank.
//
// Employment: from the employment column when it holds a known word, else from the sheet's name ("PNS",
// "PPPK", "Honorer", …) when it names one, else inferred from the identifier.
// A stated employment that contradicts the NIP's shape (employmentContradicts: NI PPPK for PNS/CPNS, NIP PNS
// for PPPK, any NIP for non-ASN) is refused as 'employment-mismatch', so that nobody is filed under the wrong
// kind of staff; kepala/perangkat desa may carry any identifier (a PNS can serve as acting kepala desa), and
// PNS/PPPK with only a NIK or no identifier at all are accepted.
import type { DetailsArg, ErrorCode } from '../../../../shared/messages';
import { errorMessage } from '../../../../shared/messages';
import type { Employment, Gender, PositionType } from '../../types';
import type { DecodedNik, DecodedNip, RankParse } from '../../identity';
import {
  employmentContradicts, inferEmployment, joinName, parseEmployment, parseGender, parseRank, positionTypeOf,
} from '../../identity';
import type { RawCell, RawRow } from '../../../spreadsheet/cells';
import { cellText } from '../../../spreadsheet/cells';
import { storedCellText, storedText } from '../../../text/storedText';
import { MAX_NAME_LENGTH } from '../../limits';
import { parseDateCell, splitPlaceDate } from './dates';
import type { Field } from '../table/headerFields';
import type { HeaderLayout } from '../table/headerRow';
import type { TableSheet } from '../table/rosterTable';
import type { IdentifierRead } from './identifierCell';
import { readIdentifierCell, splitNameAndIdentifier } from './identifierCell';
import type { RefusalCode, StaffDraft } from '../types';

export type RowOutcome =
  | { kind: 'draft'; draft: StaffDraft }
  | { kind: 'refused'; code: RefusalCode; message: string }
  | { kind: 'skip' };

const PLACEHOLDER_NAME = /^(lowong|kosong|formasi kosong|-+|\.+)$/i;
/** Fields that describe a person; two of them without a name make a row worth refusing rather than skipping. */
const PERSON_FIELDS: readonly Field[] = ['rank', 'position', 'unit', 'employment', 'gender', 'birthPlace', 'birthDate', 'birthPlaceDate'];

/** Identifiers found in a row, the first of each kind. */
interface Identifiers {
  lost: Extract<IdentifierRead, { kind: 'lost' }> | null;
  invalid: { text: string; code: 'invalid-nip' | 'invalid-nik'; reason: string } | null;
  oldNip: string | null;
  nip: DecodedNip | null;
  nik: DecodedNik | null;
}

/** Reads rows of one table; caches the parse of repeated texts (ranks, jabatan, status and gender words). */
export class RowReader {
  private readonly cols = {} as Record<Field, number[]>;
  private readonly rankCache = new Map<Employment, Map<string, RankParse | null>>();
  private readonly typeCache = new Map<string, PositionType>();
  private readonly employmentCache = new Map<string, Employment | null>();
  private readonly genderCache = new Map<string, Gender | null>();
  private readonly nameColumnLabel: string;
  private readonly titled: boolean;

  constructor(layout: HeaderLayout, private readonly today: Date, private readonly sheet: TableSheet = { name: null, employment: null }) {
    for (const { field, column } of layout.fields) (this.cols[field] ??= []).push(column);
    const nameColumn = layout.fields.find((f) => f.field === 'name' || f.field === 'nameNip');
    this.nameColumnLabel = nameColumn?.header ?? 'Nama';
    this.titled = this.has('titleFront') || this.has('titleBack');
  }

  has(field: Field): boolean {
    return this.cols[field] !== undefined;
  }

  columnsOf(field: Field): readonly number[] {
    return this.cols[field] ?? [];
  }

  private cell(row: RawRow, field: Field): RawCell {
    for (const c of this.columnsOf(field)) {
      const value = row.cells[c] ?? null;
      if (value !== null && cellText(value) !== '') return value;
    }
    return null;
  }

  private text(row: RawRow, field: Field): string {
    const columns = this.cols[field];
    if (!columns) return '';
    for (const c of columns) {
      const text = storedCellText(row.cells[c]);
      if (text !== '') return text;
    }
    return '';
  }

  read(row: RawRow, section: string | null): RowOutcome {
    const ids: Identifiers = { lost: null, invalid: null, oldNip: null, nip: null, nik: null };
    let name = this.titled ? joinName(this.text(row, 'titleFront'), this.text(row, 'name'), this.text(row, 'titleBack')) : this.text(row, 'name');
    for (const c of this.columnsOf('nip')) this.note(ids, readIdentifierCell(row.cells[c] ?? null, 'nip', this.today));
    for (const c of this.columnsOf('ident')) this.note(ids, readIdentifierCell(row.cells[c] ?? null, 'nip', this.today));
    for (const c of this.columnsOf('nameNip')) {
      const value = row.cells[c] ?? null;
      if (typeof value === 'number') { this.note(ids, readIdentifierCell(value, 'nip', this.today)); continue; }
      const split = splitNameAndIdentifier(cellText(value));
      if (name === '') name = storedText(split.name);
      this.note(ids, readIdentifierCell(split.identifier, 'nip', this.today));
    }
    for (const c of this.columnsOf('nik')) this.note(ids, readIdentifierCell(row.cells[c] ?? null, 'nik', this.today));

    const { lost, invalid, nip, nik } = ids;
    if (lost) return refuse(lost.code, `roster-row-${lost.code}`, { value: lost.shown });
    if (invalid) {
      return refuse(invalid.code, `roster-row-${invalid.code}`, { value: invalid.text, reason: invalid.reason });
    }
    if (!nip && ids.oldNip) return refuse('invalid-nip', 'roster-row-invalid-nip', { value: ids.oldNip, reason: errorMessage('id-reason-old-nip') });

    if (name === '' || PLACEHOLDER_NAME.test(name)) {
      const described = PERSON_FIELDS.filter((f) => this.text(row, f) !== '').length;
      if (!nip && !nik && (PLACEHOLDER_NAME.test(name) || described < 2)) return { kind: 'skip' };
      return refuse('missing-name', 'roster-row-missing-name', { column: this.nameColumnLabel });
    }

    if (name.length > MAX_NAME_LENGTH) {
      return refuse('name-too-long', 'roster-row-name-too-long', { count: name.length, limit: MAX_NAME_LENGTH, column: this.nameColumnLabel });
    }

    const statedText = this.text(row, 'employment');
    const inColumn = this.employment(statedText);
    const stated = inColumn ?? this.sheet.employment;
    const employment = stated ?? inferEmployment(nip ? { type: 'nip', nip } : { type: 'none' });
    if (nip && stated && employmentContradicts(stated, nip)) {
      const shape = nip.kind === 'PNS' ? 'NIP PNS' : 'NI PPPK';
      return inColumn
        ? refuse('employment-mismatch', 'roster-row-employment-mismatch', { value: nip.digits, shape, stated: statedText })
        : refuse('employment-mismatch', 'roster-row-employment-mismatch-sheet', { value: nip.digits, shape, sheet: this.sheet.name ?? '' });
    }

    const rankText = this.text(row, 'rank');
    const rank = rankText === '' ? null : this.rank(rankText, employment);
    if (rank?.unreadable) return refuse('invalid-rank', 'roster-row-invalid-rank', { value: rankText });

    const position = this.text(row, 'position') || null;
    const placeDate = this.text(row, 'birthPlaceDate');
    const split = placeDate ? splitPlaceDate(placeDate, this.today) : null;
    const draft: StaffDraft = {
      sheet: this.sheet.name,
      excelRow: row.number,
      name,
      nip: nip?.digits ?? null,
      nik: nik?.digits ?? null,
      employment,
      rank: rank?.rank ?? null,
      rankName: rank?.rankName ?? null,
      position,
      positionType: employment === 'KEPALA_DESA' ? 'KEPALA_DESA' : this.positionType(position),
      unit: this.text(row, 'unit') || (section === null ? null : storedText(section)),
      gender: this.gender(row) ?? nip?.gender ?? nik?.gender ?? null,
      birthDate: nip?.birthDate ?? nik?.birthDate ?? this.birthDate(row) ?? split?.date ?? null,
      birthPlace: this.text(row, 'birthPlace') || split?.place || null,
    };
    return { kind: 'draft', draft };
  }

  private note(ids: Identifiers, read: IdentifierRead | null): void {
    if (!read) return;
    if (read.kind === 'lost') { ids.lost ??= read; return; }
    const found = read.identifier;
    if (found.type === 'nip') ids.nip ??= found.nip;
    else if (found.type === 'nik') ids.nik ??= found.nik;
    else if (found.type === 'old-nip') ids.oldNip ??= read.text;
    else if (found.type === 'invalid') ids.invalid ??= { text: read.text, code: found.code, reason: found.reason };
  }

  private birthDate(row: RawRow): string | null {
    return this.has('birthDate') ? parseDateCell(this.cell(row, 'birthDate'), this.today) : null;
  }

  private gender(row: RawRow): Gender | null {
    const stated = this.has('gender') ? this.statedGender(this.text(row, 'gender')) : null;
    if (stated || (!this.has('genderMale') && !this.has('genderFemale'))) return stated;
    const male = this.text(row, 'genderMale') !== '';
    const female = this.text(row, 'genderFemale') !== '';
    return male === female ? null : male ? 'L' : 'P';
  }

  private statedGender(text: string): Gender | null {
    let gender = this.genderCache.get(text);
    if (gender === undefined) {
      gender = parseGender(text);
      this.genderCache.set(text, gender);
    }
    return gender;
  }

  private employment(text: string): Employment | null {
    if (text === '') return null;
    let employment = this.employmentCache.get(text);
    if (employment === undefined) {
      employment = parseEmployment(text);
      this.employmentCache.set(text, employment);
    }
    return employment;
  }

  private rank(text: string, employment: Employment): RankParse | null {
    let cache = this.rankCache.get(employment);
    if (!cache) this.rankCache.set(employment, (cache = new Map()));
    let rank = cache.get(text);
    if (rank === undefined) {
      rank = parseRank(text, employment);
      cache.set(text, rank);
    }
    return rank;
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

function refuse<C extends ErrorCode>(code: RefusalCode, message: C, ...details: DetailsArg<C>): RowOutcome {
  return { kind: 'refused', code, message: errorMessage(message, ...details) };
}
