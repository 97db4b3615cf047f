/** The evidence area's call names: opening a stored file in the system viewer. No imports: the preload reads this. */
export const evidenceCalls = ['evidence.open'] as const;
