// The boundary between the file's reader and the roster: a failure of the library reading the file means the
// file is damaged, not the program (SourceError); a cancel and a limit passed go through as they are.
import { isLimitError } from '../../../spreadsheet/limits';

export class SourceError extends Error {
  override readonly name = 'SourceError';
}

/** Runs a step of the file's reader, turning its failures into SourceError. */
export async function fromSource<T>(step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if ((e instanceof Error && e.name === 'AbortError') || isLimitError(e)) throw e;
    throw new SourceError(e instanceof Error ? e.message : String(e), { cause: e });
  }
}

export function next<T>(it: AsyncIterator<T> | Iterator<T>): Promise<IteratorResult<T>> {
  return fromSource(() => it.next());
}
