/** The staff area's call names: the roster, its units, the import from Excel. No imports: the preload reads this. */
export const staffCalls = [
  'staff.list', 'staff.save', 'staff.markLeft', 'staff.reactivate', 'staff.remove', 'staff.exportXlsx',
  'staff.unitList', 'staff.unitCreate', 'staff.unitRename', 'staff.unitMerge',
  'staff.importStart', 'staff.importStatus', 'staff.importCancel', 'staff.importSheets', 'staff.importCommit', 'staff.importLast', 'staff.importUndo',
  'staff.saveRefusedRows', 'staff.saveTemplate',
] as const;
