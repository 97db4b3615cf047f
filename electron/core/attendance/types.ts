// Tick-off: what the screen shows of a held session's sheet and what a mark changed.
import type { EvidenceItem } from '../evidence/types';

export const MARKS = ['attended', 'signed'] as const;
/** attended: came; signed: came and signed the pledge on the sheet (someone can come without signing) */
export type Mark = (typeof MARKS)[number];

export interface MarkState {
  staffId: number;
  attended: boolean;
  signed: boolean;
  walkIn: boolean;
}

export interface TickOffRow extends MarkState {
  /** the number printed on the sheet; null for a walk-in */
  no: number | null;
  name: string;
  /** NIP or NIK, digits */
  identifier: string;
  unitName: string | null;
}

export interface TickOffCounts {
  /** people on the sheet plus walk-ins */
  total: number;
  attended: number;
  signed: number;
}

/** The last action that can be undone, for the visible undo button. */
export interface UndoableAction {
  id: number;
  kind: ActionKind;
  count: number;
}

export type ActionKind = 'attended' | 'signed' | 'unattended' | 'unsigned' | 'walkIn';

export interface TickOff {
  sessionId: number;
  date: string;
  topic: string;
  /** null = the app never printed this sheet: the numbers follow today's order and are kept at the first mark */
  version: number | null;
  versions: SheetVersion[];
  rows: TickOffRow[];
  blankRows: number;
  walkIns: TickOffRow[];
  counts: TickOffCounts;
  undo: UndoableAction | null;
  /** the scan of the signed sheet, photos of the event */
  proof: EvidenceItem[];
}

export interface MarkResult {
  version: number;
  changed: MarkState[];
  counts: TickOffCounts;
  undo: UndoableAction | null;
}

export interface SheetVersion {
  version: number;
  printedAt: string;
  /** people printed, numbered 1…rows */
  rows: number;
  blankRows: number;
}

export interface SheetCheck {
  latest: SheetVersion | null;
  /** printing now would make a new version (the people or their order differ from the latest one) */
  changed: boolean;
  /** on the latest version, not on the sheet as it would print now */
  removed: number;
  /** on the sheet as it would print now, not on the latest version */
  added: number;
}
