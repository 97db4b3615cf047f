import { none } from '../app/contract';
import { defineCalls, mutation, query } from '../calls';
import { fileRefInput } from '../files/schema';
import { profileCalls } from './calls';
import { emblemInput, profileInput } from './schema';
import type { Emblem, Profile } from './types';

export const profileContract = defineCalls(profileCalls, {
  'profile.get': query<Profile>()(none),
  'profile.save': mutation<Profile>()(profileInput),
  /** the image the user chose with files.choose({ kind: 'emblem' }) */
  'profile.setEmblem': mutation<Profile>()(fileRefInput),
  /** the undo of clearEmblem: the emblem as profile.get returned it (at most 2 MB, already shown in the window) */
  'profile.restoreEmblem': mutation<Profile>()(emblemInput),
  'profile.clearEmblem': mutation<Profile>()(none),
  /** the chosen image as it would be saved, to show before Simpan (nothing is written; refused as setEmblem would) */
  'profile.emblemPreview': query<Emblem>()(fileRefInput),
});
