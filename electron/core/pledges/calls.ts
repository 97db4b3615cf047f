/** The pledges area's call names: the pledge text, signatures, deadline and target, coverage, the not-signed
 * list. No imports: the preload reads this. */
export const pledgesCalls = [
  'pledges.overview', 'pledges.saveCampaign', 'pledges.saveText', 'pledges.notSigned', 'pledges.signOutside', 'pledges.exportNotSigned', 'pledges.staffStatus',
] as const;
