// The staff area: the roster screen and units (staffRoster.ts), identifier reasons (staffIdentity.ts), the import
// and the `satgas roster` command line (staffImport.ts), the files it writes (staffFiles.ts).
import { staffFilesUi } from './staffFiles';
import { staffIdentityErrors } from './staffIdentity';
import { rosterImportUi, staffImportErrors, staffImportUi } from './staffImport';
import { rosterScreenUi, staffRosterErrors } from './staffRoster';

export const staffErrors = { ...staffRosterErrors, ...staffImportErrors, ...staffIdentityErrors } as const;

export const staffUi = { roster: { ...rosterScreenUi, ...rosterImportUi }, ...staffImportUi, ...staffFilesUi } as const;
