/** The attendance area's call names: tick-off of a held session from its paper. No imports: the preload reads this. */
export const attendanceCalls = ['attendance.get', 'attendance.mark', 'attendance.addWalkIn', 'attendance.undo', 'attendance.sheetCheck',
  'attendance.proofAdd', 'attendance.proofRemove'] as const;
