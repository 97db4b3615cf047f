/** The elections area's call names: the calendar of each election and which one is active. No imports: the
 * preload reads this. */
export const electionsCalls = [
  'elections.list', 'elections.active', 'elections.create', 'elections.save', 'elections.setActive', 'elections.remove',
] as const;
