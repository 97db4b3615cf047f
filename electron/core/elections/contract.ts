import { none } from '../app/contract';
import { defineCalls, mutation, query } from '../calls';
import { electionsCalls } from './calls';
import { electionCreate, electionId, electionSave } from './schema';
import type { ActiveElection, Election } from './types';

export const electionsContract = defineCalls(electionsCalls, {
  'elections.list': query<Election[]>()(none),
  /** the active election and its phase today (the header); null when there is none yet */
  'elections.active': query<ActiveElection | null>()(none),
  /** a new election from a preset (Pilkada serentak 2024, or a blank Pemilu/Pilkada); the first becomes active */
  'elections.create': mutation<Election>()(electionCreate),
  'elections.save': mutation<Election>()(electionSave),
  'elections.setActive': mutation<Election>()(electionId),
  /** refused while sessions belong to it; answers the remaining elections */
  'elections.remove': mutation<Election[]>()(electionId),
});
