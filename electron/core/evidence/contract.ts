import { defineCalls, query } from '../calls';
import { evidenceCalls } from './calls';
import { evidenceIdInput } from './schema';

export const evidenceContract = defineCalls(evidenceCalls, {
  /** opens a stored evidence file in the program the PC uses for it (a link in the browser) */
  'evidence.open': query<{ opened: boolean }>()(evidenceIdInput),
});
