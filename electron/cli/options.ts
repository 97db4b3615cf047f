import { fillTemplate, ui } from '../shared/messages';

// A small, strict argument reader: known flags only, so a typo is an error rather than silently ignored.
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** The line that names what was wrong in the arguments, printed above the usage. */
export function argsProblem(parsed: ParsedArgs | { error: string }): string {
  return 'error' in parsed ? `${fillTemplate(ui.common.cliUnknownOption, { option: parsed.error })}\n` : '';
}

export function parseArgs(args: string[], booleans: string[], withValue: string[]): ParsedArgs | { error: string } {
  const out: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (booleans.includes(a)) out.flags.add(a);
    else if (withValue.includes(a)) {
      const v = args[++i];
      if (v === undefined) return { error: a };
      out.values.set(a, v);
    } else if (a.startsWith('--')) return { error: a };
    else out.positional.push(a);
  }
  return out;
}
