import { none } from '../app/contract';
import { defineCalls, query } from '../calls';
import { homeCalls } from './calls';
import type { HomeOverview } from './types';

export const homeContract = defineCalls(homeCalls, {
  /** Beranda at a glance: election and phase, pledge coverage and deadline, sessions, what needs doing */
  'home.overview': query<HomeOverview>()(none),
});
