// Indonesian words for a finding: its classification, its deadlines, its person.
import type { Classification, Deadline, FindingSummary } from '../../../../electron/core/contract';
import { fill, formatDateLong, ui } from '../../lib/messages';

const f = ui.findings;

/** "Kode etik", "Disiplin tingkat berat", or the note that the candidates-set date is missing */
export function classificationLabel(c: Classification): string {
  if (c.kind === null) return f.kindUnknown;
  if (c.kind === 'ETHICS') return f.kinds.ETHICS;
  return c.level ? fill(f.disciplineWithLevel, { level: f.levels[c.level] }) : f.kinds.DISCIPLINE;
}

/** The sanction range that applies: the PP 94/2021 scale for the level, or the kode-etik sanction. */
export function sanctionScale(c: Classification): string | null {
  if (c.kind === 'ETHICS') return f.sanctionScale.ETHICS;
  if (c.kind === 'DISCIPLINE' && c.level) return f.sanctionScale[c.level];
  return null;
}

export function deadlineLabel(d: Deadline): string {
  const date = formatDateLong(d.state === 'DONE' ? d.metOn ?? d.due : d.due);
  return fill(f.deadlines.states[d.state], { date });
}

export function deadlineColor(d: Deadline | null): 'success' | 'informative' | 'warning' | 'danger' | 'subtle' {
  if (!d) return 'subtle';
  return ({ DONE: 'success', DUE: 'informative', DUE_TODAY: 'warning', OVERDUE: 'danger' } as const)[d.state];
}

/** "NIP 19850714 201001 2 003", "NIK …", or nothing */
export function identifierLabel(p: FindingSummary['person']): string {
  if (p.nip) return `NIP ${p.nip.slice(0, 8)} ${p.nip.slice(8, 14)} ${p.nip.slice(14, 15)} ${p.nip.slice(15)}`;
  if (p.nik) return `NIK ${p.nik}`;
  return '';
}
