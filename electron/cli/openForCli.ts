// Opening the database from the command line. When a passphrase protects it, the passphrase comes from the
// environment (SATGAS_PASSPHRASE, for scripts) or from a prompt that does not echo it; never from an argument,
// which would land in the shell's history and in the process list.
import type { DatabaseOptions, OpenResult } from '../core/db/open';
import { openDatabase } from '../core/db/open';
import { encryptedCodec } from '../core/db/codec';
import { unlockWithPassphrase } from '../core/crypto/keyFile';
import { readKeyFile } from '../core/privacy/keyStore';
import { UserError } from '../core/errors';
import { ui } from '../shared/messages';
import { cliLog } from './cliLog';

export const PASSPHRASE_ENV = 'SATGAS_PASSPHRASE';

/** Reads a line from the terminal without showing it. */
export function promptHidden(question: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question);
    let typed = '';
    input.setRawMode?.(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (fn: () => void) => {
      input.setRawMode?.(false);
      input.pause();
      input.removeListener('data', onData);
      output.write('\n');
      fn();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new UserError('cli-passphrase-needed', { env: PASSPHRASE_ENV })));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.on('data', onData);
  });
}

export interface CliOpenOptions extends Omit<DatabaseOptions, 'codec'> {
  env?: Record<string, string | undefined>;
  /** asks for the passphrase (a terminal prompt); absent when there is no terminal */
  ask?: (() => Promise<string>) | undefined;
}

/** openDatabase, with the passphrase asked for when the data is protected. Throws a UserError when it is needed
 * and cannot be had, or is wrong (nothing is touched). */
export async function openForCli(options: CliOpenOptions): Promise<OpenResult> {
  const { env = process.env, ask = process.stdin.isTTY ? () => promptHidden(ui.privacy.cliPrompt) : undefined, log = (line: string) => cliLog().line(line), ...more } = options;
  const rest = { ...more, log };
  const keyFile = readKeyFile(rest.file);
  if (!keyFile) return openDatabase(rest);
  const passphrase = env[PASSPHRASE_ENV] ?? (ask ? await ask() : undefined);
  if (passphrase === undefined) throw new UserError('cli-passphrase-needed', { env: PASSPHRASE_ENV });
  return openDatabase({ ...rest, codec: encryptedCodec(unlockWithPassphrase(keyFile, passphrase)) });
}
