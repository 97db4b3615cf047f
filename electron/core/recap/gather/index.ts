// All the recap's figures from one read of the database: one gatherer per source (figures.ts).
import type { Query } from '../../db/database';
import { phaseOf } from '../../elections/phase';
import { findActiveElection } from '../../elections/service';
import { UserError } from '../../errors';
import { getProfile } from '../../profile/service';
import type { RecapFigures, RecapPeriod } from '../figures';
import { RECAP_FORMAT_VERSION } from '../figures';
import { opdCode } from '../opdCode';
import { checkPeriod } from '../period';
import { gatherFindings } from './findings';
import { gatherPledges, markPledgeStatus, markSessionAttendance } from './pledges';
import { gatherSessions } from './sessions';
import { gatherStaff } from './staff';

export interface GatherOptions {
  period: RecapPeriod;
  appVersion: string;
  now?: Date;
}

/** Refused (recap-no-opd-name) while the profile has no OPD name: the Sekda cannot tell whose recap it is. */
export function gatherRecapFigures(q: Query, { period, appVersion, now = new Date() }: GatherOptions): RecapFigures {
  checkPeriod(period);
  const profile = getProfile(q);
  const name = profile.opdName.trim();
  if (!name) throw new UserError('recap-no-opd-name');
  const election = findActiveElection(q);
  const staff = gatherStaff(q);
  const sessions = gatherSessions(q, period);
  markSessionAttendance(q, sessions.list);
  let pledges = null;
  if (election) {
    pledges = gatherPledges(q, election, period);
    markPledgeStatus(q, election, period, staff.people);
  }
  return {
    formatVersion: RECAP_FORMAT_VERSION,
    appVersion,
    madeAt: now.toISOString(),
    opd: { name, code: opdCode(name), regency: profile.regency.trim() },
    period,
    election: election ? { name: election.name, phase: phaseOf(election, period.to).phase } : null,
    staff,
    sessions,
    pledges,
    findings: gatherFindings(q, period),
  };
}
