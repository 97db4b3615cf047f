// Per-PC preferences only (electron-store): window bounds, last folders, paper size, idle minutes, where the database is.
// Nothing that a backup must carry lives here — that is all in the database.
import Store from 'electron-store';
import type { WindowBounds } from '../host/windowOptions';

export interface Preferences {
  windowBounds?: WindowBounds;
  lastFolders: Record<string, string>;
  paperSize: 'A4' | 'F4';
  /** minutes without use before the window locks (Pengaturan > Privasi) */
  idleMinutes: number;
  /** absolute path of the database file; unset = the default in the user-data folder */
  databasePath?: string;
}

export type PreferenceStore = Store<Preferences>;

export function openPreferences(): PreferenceStore {
  return new Store<Preferences>({
    name: 'preferensi',
    defaults: { lastFolders: {}, paperSize: 'A4', idleMinutes: 10 },
    schema: {
      windowBounds: {
        type: 'object',
        properties: { x: { type: 'number' }, y: { type: 'number' }, width: { type: 'number', minimum: 400 }, height: { type: 'number', minimum: 300 } },
        required: ['width', 'height'],
      },
      lastFolders: { type: 'object', additionalProperties: { type: 'string' } },
      paperSize: { type: 'string', enum: ['A4', 'F4'] },
      idleMinutes: { type: 'number', enum: [5, 10, 15, 30] },
      databasePath: { type: 'string' },
    },
    clearInvalidConfig: true,
  });
}
