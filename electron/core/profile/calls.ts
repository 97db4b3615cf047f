/** The Profil OPD area's call names. No imports: the preload reads this. */
export const profileCalls = ['profile.get', 'profile.save', 'profile.setEmblem', 'profile.restoreEmblem', 'profile.clearEmblem', 'profile.emblemPreview'] as const;
