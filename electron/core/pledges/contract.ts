import { defineCalls, mutation, query } from '../calls';
import type { SaveResult } from '../files/types';
import { pledgesCalls } from './calls';
import { campaignInput, electionRef, exportNotSignedInput, notSignedInput, signOutsideInput, textInput } from './schema';
import type { NotSignedList, PledgeCampaign, PledgesOverview, PledgeText } from './types';

export const pledgesContract = defineCalls(pledgesCalls, {
  /** the election (default the active one), its deadline and target, coverage today, the text versions */
  'pledges.overview': query<PledgesOverview>()(electionRef),
  'pledges.saveCampaign': mutation<PledgeCampaign>()(campaignInput),
  /** a new version of the text, from today */
  'pledges.saveText': mutation<PledgeText>()(textInput),
  /** who has not signed yet today, per unit, heads first */
  'pledges.notSigned': query<NotSignedList>()(notSignedInput),
  /** "ditandatangani di luar sesi": these people signed on this date */
  'pledges.signOutside': mutation<{ signed: number }>()(signOutsideInput),
  /** the not-signed list as .xlsx or as a PDF with the kop, saved where the user chooses */
  'pledges.exportNotSigned': query<SaveResult>()(exportNotSignedInput),
  /** for the Pegawai screen's column and filter: who signed (the date), for the election (default the active one) */
  'pledges.staffStatus': query<{ electionId: number | null; signedOn: Record<number, string> }>()(electionRef),
});
