/** The findings area's call names: temuan, their follow-up, the violation catalog and holidays. No imports: the preload reads this. */
export const findingsCalls = [
  'findings.list', 'findings.get', 'findings.save', 'findings.remove',
  'findings.chronologyAdd', 'findings.chronologyRemove', 'findings.stepAdd', 'findings.stepRemove',
  'findings.evidenceAdd', 'findings.evidenceLink', 'findings.evidenceRemove', 'findings.thumbnail',
  'findings.exportSummary', 'findings.exportSbt', 'findings.exportList',
  'findings.counts',
  'findings.catalog', 'findings.catalogSave', 'findings.catalogRetire', 'findings.catalogRemove',
  'findings.holidays', 'findings.holidaySave', 'findings.holidayRemove',
] as const;
