// `satgas profile set [--db PATH] [--opd-name "…"] [--regency "…"]`: for scripted set-ups; the other profile
// fields are kept as they are. The same save as the Profil OPD screen (its checks, its audit). Exit status:
// 0 saved, 1 usage, 2 refused, 3 the database cannot be written.
import { getProfile, saveProfile } from '../core/profile/service';
import { storedText } from '../core/text/storedText';
import { fillTemplate, ui } from '../shared/messages';
import { withDatabase } from './database';
import { parseArgs } from './options';

const t = ui.cliRecap;

export async function profileSet(args: string[]): Promise<number> {
  const parsed = parseArgs(args, [], ['--db', '--opd-name', '--regency']);
  if ('error' in parsed || parsed.positional.length > 0 || (!parsed.values.has('--opd-name') && !parsed.values.has('--regency'))) {
    process.stderr.write(`${t.usage}\n`);
    return 1;
  }
  return withDatabase(parsed.values.get('--db'), { write: true, create: true }, (db, file) => {
    const profile = db.write('profile.save', (tx) => {
      const { emblem: _emblem, updatedAt: _updatedAt, ...fields } = getProfile(tx);
      const opdName = parsed.values.get('--opd-name');
      const regency = parsed.values.get('--regency');
      return saveProfile(tx, {
        ...fields,
        ...(opdName === undefined ? {} : { opdName: storedText(opdName) }),
        ...(regency === undefined ? {} : { regency: storedText(regency) }),
      });
    });
    process.stdout.write(`${fillTemplate(t.profileSaved, { opd: profile.opdName, regency: profile.regency || '-', db: file })}\n`);
    return 0;
  });
}
