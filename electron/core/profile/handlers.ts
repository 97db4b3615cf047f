import { readChosenFile } from '../files/io';
import type { AreaHandlers } from '../handlerTypes';
import type { profileContract } from './contract';
import { clearEmblem, emblemTooLarge, getProfile, MAX_EMBLEM_BYTES, saveProfile, setEmblem } from './service';

export const profileHandlers: AreaHandlers<typeof profileContract> = {
  'profile.get': (_input, { workspace }) => workspace.db().read(getProfile),
  'profile.save': (input, { workspace }) => workspace.db().write('profile.save', (tx) => saveProfile(tx, input)),
  'profile.setEmblem': async ({ ref }, ctx) => {
    const { bytes } = await readChosenFile(ctx, ref, MAX_EMBLEM_BYTES, emblemTooLarge);
    return ctx.workspace.db().write('profile.setEmblem', (tx) => setEmblem(tx, bytes));
  },
  'profile.restoreEmblem': ({ dataBase64 }, { workspace }) => workspace.db().write('profile.restoreEmblem', (tx) => setEmblem(tx, Buffer.from(dataBase64, 'base64'))),
  'profile.clearEmblem': (_input, { workspace }) => workspace.db().write('profile.clearEmblem', clearEmblem),
};
