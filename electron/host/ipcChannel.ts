/** The one IPC channel every contract call travels on. */
export const IPC_CHANNEL = 'satgas:call';
