// A finding in the words the exports print: the same lines for the PDF case summary, the SBT sheet and the list,
// so that they never disagree.
import { formatNip } from '../../documents/format';
import { formatDateLong } from '../../../shared/format';
import { fillTemplate, ui } from '../../../shared/messages';
import type { EvidenceItem } from '../../evidence/types';
import type { Classification, Deadline, FindingSummary } from '../types';

const f = ui.findings;

export function identifierText(p: FindingSummary['person']): string {
  if (p.nip) return formatNip(p.nip);
  return p.nik ?? '';
}

export function classificationText(c: Classification): string {
  if (c.kind === null) return f.kindUnknown;
  if (c.kind === 'ETHICS') return f.kinds.ETHICS;
  return c.level ? fillTemplate(f.disciplineWithLevel, { level: f.levels[c.level] }) : f.kinds.DISCIPLINE;
}

export function phaseText(c: Classification): string {
  const phase = c.phase.phase === null ? ui.elections.phaseUnknown : ui.elections.phases[c.phase.phase];
  const when = c.phase.candidatesSet === null ? '' : ` (${c.phase.candidatesSet ? ui.elections.candidatesAfter : ui.elections.candidatesBefore})`;
  return `${phase}${when}`;
}

export function sanctionText(c: Classification): string {
  if (c.kind === 'ETHICS') return f.sanctionScale.ETHICS;
  if (c.kind === 'DISCIPLINE' && c.level) return f.sanctionScale[c.level];
  return '';
}

export function actTimeText(x: Pick<FindingSummary, 'actDate' | 'actTime'>): string {
  return `${formatDateLong(x.actDate)}${x.actTime ? `, pukul ${x.actTime.replace(':', '.')}` : ''}`;
}

export function deadlineText(d: Deadline | null): string {
  if (!d) return '';
  return `${f.deadlines.short[d.kind]}: ${fillTemplate(f.deadlines.states[d.state], { date: formatDateLong(d.state === 'DONE' ? d.metOn ?? d.due : d.due) })}`;
}

/** "tangkapan layar.png (Foto) — Unggahan di Facebook" or the link */
export function evidenceText(e: EvidenceItem): string {
  const kind = f.evidenceKinds[e.kind === 'link' ? 'link' : e.fileKind ?? 'document'];
  const what = e.kind === 'link' ? e.url ?? '' : e.originalName;
  return `${what} (${kind})${e.caption ? ` — ${e.caption}` : ''}`;
}

export function agencyText(opdName: string, regency: string): string {
  return [opdName.trim(), regency.trim()].filter(Boolean).join(', ');
}
