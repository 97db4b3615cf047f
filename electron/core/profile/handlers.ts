import type { Handlers } from '../handlerTypes';
import { clearEmblem, getProfile, saveProfile, setEmblem } from './service';

export const profileHandlers: Pick<Handlers, 'profile.get' | 'profile.save' | 'profile.setEmblem' | 'profile.clearEmblem'> = {
  'profile.get': (_input, { session }) => session.db().read(getProfile),
  'profile.save': (input, { session }) => session.db().write('profile.save', (tx) => saveProfile(tx, input)),
  'profile.setEmblem': (input, { session }) => session.db().write('profile.setEmblem', (tx) => setEmblem(tx, input)),
  'profile.clearEmblem': (_input, { session }) => session.db().write('profile.clearEmblem', clearEmblem),
};
