// The election calendar (DOMAIN.md "Who and why"): an election is a record with the dates of its stages, and
// every session and finding falls into a phase computed from its date (phase.ts).

/** Dates are `YYYY-MM-DD` text everywhere in the core. */
export type IsoDate = string;

export const ELECTION_KINDS = ['PEMILU', 'PILKADA'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

/** The stages an election's calendar names, in the order they happen. A blank election has them all null. */
export const STAGE_FIELDS = [
  'registrationStart', 'registrationEnd', 'candidatesSet', 'numbersDrawn', 'campaignStart', 'campaignEnd',
  'quietStart', 'quietEnd', 'votingDay', 'recapEnd',
] as const;
export type StageField = (typeof STAGE_FIELDS)[number];

export type ElectionStages = Record<StageField, IsoDate | null>;

export interface ElectionFields extends ElectionStages {
  name: string;
  kind: ElectionKind;
}

export interface Election extends ElectionFields {
  id: number;
  /** exactly one election is the active one once any exists: the header shows it, new sessions belong to it */
  active: boolean;
  updatedAt: string;
}

/** The three phases the rules speak of (before, during, after the campaign), with the quiet period and the
 * voting day told apart because the risk and the wording differ. */
export const PHASES = ['BEFORE_CAMPAIGN', 'CAMPAIGN', 'QUIET', 'VOTING', 'AFTER'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseOfDate {
  /** null while the election lacks the dates the phase needs (campaign start and end, voting day) */
  phase: Phase | null;
  /** on or after the day KPU set the candidates: the acts then concern a *calon* (a discipline matter), before
   * it a *bakal calon* (a code-of-ethics matter). null while that date is not filled in. */
  candidatesSet: boolean | null;
}

/** The presets a new election starts from. */
export const ELECTION_PRESETS = ['PILKADA_2024', 'PEMILU_BLANK', 'PILKADA_BLANK'] as const;
export type ElectionPreset = (typeof ELECTION_PRESETS)[number];

/** The active election as the header shows it: its phase today. */
export interface ActiveElection {
  election: Election;
  today: IsoDate;
  phase: PhaseOfDate;
}
