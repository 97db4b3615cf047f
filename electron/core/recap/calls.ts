/** The recap area's call names: the weekly recap and the Sekda's consolidation. No imports: the preload reads this. */
export const recapCalls = [
  'recap.defaults', 'recap.export',
  'recap.opdList', 'recap.opdImport', 'recap.opdRemove',
  'recap.consolidateStart', 'recap.consolidateStatus', 'recap.consolidateCancel', 'recap.consolidateSave',
] as const;
