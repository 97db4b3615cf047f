import { readChosenFile } from '../files/io';
import type { AreaHandlers } from '../handlerTypes';
import type { profileContract } from './contract';
import { clearEmblem, emblemOf, emblemTooLarge, getProfile, MAX_EMBLEM_BYTES, saveProfile, setEmblem } from './service';

export const profileHandlers: AreaHandlers<typeof profileContract> = {
  'profile.get': (_input, { workspace }) => workspace.db().read(getProfile),
  'profile.save': async ({ emblem, ...fields }, ctx) => {
    const bytes = emblem ? (await readChosenFile(ctx, emblem.ref, MAX_EMBLEM_BYTES, emblemTooLarge)).bytes : null;
    // fields and emblem in one transaction: a refused field keeps the old emblem too
    return ctx.workspace.db().write('profile.save', (tx) => {
      if (bytes) setEmblem(tx, bytes);
      else if (emblem === null) clearEmblem(tx);
      return saveProfile(tx, fields);
    });
  },
  'profile.setEmblem': async ({ ref }, ctx) => {
    const { bytes } = await readChosenFile(ctx, ref, MAX_EMBLEM_BYTES, emblemTooLarge);
    return ctx.workspace.db().write('profile.setEmblem', (tx) => setEmblem(tx, bytes));
  },
  'profile.restoreEmblem': ({ dataBase64 }, { workspace }) => workspace.db().write('profile.restoreEmblem', (tx) => setEmblem(tx, Buffer.from(dataBase64, 'base64'))),
  'profile.clearEmblem': (_input, { workspace }) => workspace.db().write('profile.clearEmblem', clearEmblem),
  'profile.emblemPreview': async ({ ref }, ctx) => emblemOf((await readChosenFile(ctx, ref, MAX_EMBLEM_BYTES, emblemTooLarge)).bytes),
};
