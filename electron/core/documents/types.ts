// Printed documents: what can be printed, on which paper, from which people.

export const PAPER_SIZES = ['A4', 'F4'] as const;
/** A4 210×297 mm; F4/Folio 215×330 mm (DOMAIN.md "Printed documents"). Remembered per PC. */
export type PaperSize = (typeof PAPER_SIZES)[number];

export const SHEET_ORDERS = ['unit', 'name'] as const;
/** unit: by unit, then rank (highest first), then name; name: alphabetically, front titles ignored. */
export type SheetOrder = (typeof SHEET_ORDERS)[number];

export const DOCUMENT_KINDS = ['attendance', 'pledge', 'ikrar'] as const;
/** attendance: the daftar hadir; pledge: the pledge text on one page; ikrar: the head of the OPD's signature page */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Whose rows: a session's audience, or (from the command line) the whole roster or chosen units. */
export type SheetSource = { kind: 'session'; sessionId: number } | { kind: 'allStaff' } | { kind: 'units'; unitIds: number[] };

export interface SheetOptions {
  paper: PaperSize;
  order: SheetOrder;
  /** one section per unit, each with its own heading and starting on a new page */
  sectionsPerUnit: boolean;
  /** numbered empty rows at the end, for walk-ins */
  blankRows: number;
}

export interface DocumentRequest extends SheetOptions {
  document: DocumentKind;
  source: SheetSource;
}

/** A document made for the preview: opened with files.open, never written where the user did not choose. */
export interface PreviewResult {
  ref: string;
  name: string;
  pages: number;
}
