/** The sessions area's call names: planning socialization sessions. No imports: the preload reads this. */
export const sessionsCalls = ['sessions.list', 'sessions.get', 'sessions.save', 'sessions.setStatus', 'sessions.remove'] as const;
