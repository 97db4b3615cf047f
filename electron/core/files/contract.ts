import { defineCalls, query } from '../calls';
import { filesCalls } from './calls';
import { chooseFolderInput, chooseInput, fileRefInput } from './schema';
import type { ChosenFile } from './types';

export const filesContract = defineCalls(filesCalls, {
  /** the platform's file chooser (a native dialog in Electron, an upload in the web harness); [] if cancelled */
  'files.choose': query<ChosenFile[]>()(chooseInput),
  /** a folder (a folder of OPD recaps); its reference names the folder, size 0; [] if cancelled */
  'files.chooseFolder': query<ChosenFile[]>()(chooseFolderInput),
  /** opens a file the app saved or the user chose, in the program Windows uses for it */
  'files.open': query<{ opened: boolean }>()(fileRefInput),
  'files.showInFolder': query<{ shown: boolean }>()(fileRefInput),
});
