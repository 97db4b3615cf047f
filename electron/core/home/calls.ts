/** The home area's call names: Beranda. No imports: the preload reads this. */
export const homeCalls = ['home.overview'] as const;
