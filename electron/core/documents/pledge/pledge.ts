// The neutrality pledge (ikrar): its text on one page with the kop, to read aloud and post; and the head of the
// OPD's own signature page, who signs first before the pledge goes down the line (DOMAIN.md "Who and why").
// The text is the pledge's current version (pledges/texts.ts; DOMAIN.md's four points until the OPD edits it).
import type { Query } from '../../db/database';
import { findActiveElection, getElection } from '../../elections/service';
import { currentPledgeText } from '../../pledges/texts';
import { getProfile } from '../../profile/service';
import { getSession, headOfOpd } from '../../sessions/service';
import type { Signer } from '../../sessions/types';
import { formatDateLong } from '../../../shared/format';
import { fillTemplate, ui } from '../../../shared/messages';
import type { ClosingBlock } from '../attendance/sheet';
import { closingOf } from '../attendance/sheet';
import { cityOf } from '../format';
import type { LetterheadData } from '../letterhead';
import { letterheadOf } from '../letterhead';
import type { PaperSize, SheetSource } from '../types';

export interface PledgeDocument {
  paper: PaperSize;
  letterhead: LetterheadData;
  title: string;
  intro: string;
  points: string[];
  sanction: string;
  /** the head of the OPD, for the ikrar page */
  head: Signer;
  /** "Dinas Pendidikan dan Kebudayaan Kabupaten Pamekasan" */
  agency: string;
  closing: ClosingBlock;
}

export function buildPledge(q: Query, source: SheetSource, paper: PaperSize): PledgeDocument {
  const profile = getProfile(q);
  const p = ui.documents.pledge;
  let electionName: string | null = findActiveElection(q)?.name ?? null;
  let date: string | null = null;
  let city = cityOf(profile.regency);
  if (source.kind === 'session') {
    const s = getSession(q, source.sessionId);
    electionName = s.electionId === null ? null : getElection(q, s.electionId).name;
    date = s.date;
    city = s.signCity ?? city;
  }
  const agency = [profile.opdName, profile.regency].map((v) => v.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
  const election = electionName ?? p.electionFallback;
  const head = headOfOpd(q);
  return {
    paper,
    letterhead: letterheadOf(profile),
    title: p.title,
    intro: agency ? fillTemplate(p.intro, { opd: agency }) : p.introNoOpd,
    points: currentPledgeText(q).points.map((point) => point.replace('{election}', election)),
    sanction: p.sanction,
    head,
    agency,
    closing: closingOf(head, `${city || ui.documents.blankShort}, ${date ? formatDateLong(date) : ui.documents.blankLong}`),
  };
}
