/** The files area's call names: choosing files through the platform, opening what was saved. No imports. */
export const filesCalls = ['files.choose', 'files.chooseFolder', 'files.open', 'files.showInFolder'] as const;
