/** A file the user chose, as the renderer knows it: a reference the main process resolves, never its bytes. */
export interface ChosenFile {
  ref: string;
  name: string;
  size: number;
}

/** A file the app saved where the user chose. */
export interface SavedFile {
  ref: string;
  name: string;
  folder: string;
}

/** null when the user cancelled the save dialog. */
export interface SaveResult {
  saved: SavedFile | null;
}
