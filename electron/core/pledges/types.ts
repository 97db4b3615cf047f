// The pledges area's shapes, environment-free: the renderer imports them (as types) through the contract.
import type { IsoDate } from '../elections/types';
import type { Employment, PositionType, Staff } from '../staff/types';

export interface PledgeText {
  /** 0 = the default text, not stored yet */
  id: number;
  version: number;
  /** one point a line; `{election}` is replaced by the election's name when printed */
  points: string[];
  validFrom: IsoDate;
  /** false: signatures on the versions before this one no longer count */
  earlierCount: boolean;
  createdAt: string;
}

export interface PledgeCampaign {
  electionId: number;
  deadline: IsoDate | null;
  /** null = every active person */
  targetKinds: Employment[] | null;
}

export interface CoverageCount {
  /** people who must sign */
  target: number;
  signed: number;
  notSigned: number;
  /** signed / target × 100, one decimal; 0 when no one must sign */
  percent: number;
}

export interface HeadStatus {
  staffId: number;
  name: string;
  position: string | null;
  signed: boolean;
}

export interface UnitCoverage extends CoverageCount {
  /** null = people without a unit */
  unitId: number | null;
  unitName: string | null;
  /** the unit's head (heads.ts), when they are in the target */
  head: HeadStatus | null;
}

export interface PledgeCoverage {
  electionId: number;
  asOf: IsoDate;
  deadline: IsoDate | null;
  /** whole days from asOf to the deadline (negative: passed) */
  daysLeft: number | null;
  /** null = every active person */
  targetKinds: Employment[] | null;
  overall: CoverageCount;
  /** furthest behind first (lowest percent, then most not signed, then name) */
  units: UnitCoverage[];
  employment: (CoverageCount & { kind: Employment })[];
  positionTypes: (CoverageCount & { positionType: PositionType })[];
  /** the head of the OPD (the profile's NIP found on the roster), when in the target */
  headOfOpd: HeadStatus | null;
  /** berjenjang: heads (of the OPD and of units) who have not signed yet */
  headsNotSigned: HeadStatus[];
}

export interface NotSignedPerson {
  staff: Staff;
  /** heads the unit (or the OPD): berjenjang, they sign first */
  isHead: boolean;
}

export interface NotSignedUnit extends CoverageCount {
  unitId: number | null;
  unitName: string | null;
  people: NotSignedPerson[];
}

export interface NotSignedList {
  electionId: number;
  asOf: IsoDate;
  deadline: IsoDate | null;
  overall: CoverageCount;
  units: NotSignedUnit[];
}

export interface PledgesOverview {
  election: { id: number; name: string } | null;
  today: IsoDate;
  campaign: PledgeCampaign | null;
  coverage: PledgeCoverage | null;
  texts: PledgeText[];
  /** signatures of any election: a text change after them asks whether they still count */
  signatures: number;
}
