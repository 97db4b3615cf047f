// The screens that exist. The navigation shows only these (DESIGN.md: each shown only once it works).
import type { ComponentType } from 'react';
import type { ChosenFile } from '../../electron/core/contract';
import { BackupScreen } from './features/backup/BackupScreen';
import { ElectionsScreen } from './features/elections/ElectionsScreen';
import { HomeScreen } from './features/home/HomeScreen';
import { PledgesScreen } from './features/pledges/PledgesScreen';
import { FindingsScreen } from './features/findings/FindingsScreen';
import { ReferenceScreen } from './features/findings/ReferenceScreen';
import { PrivacyScreen } from './features/privacy/PrivacyScreen';
import { withFindingsLock } from './features/privacy/FindingsGate';
import { ProfileScreen } from './features/profile/ProfileScreen';
import { RecapScreen } from './features/recap/RecapScreen';
import { SessionsScreen } from './features/sessions/SessionsScreen';
import { StaffScreen } from './features/staff/StaffScreen';

export interface ScreenProps {
  /** tells the shell that data shown in the header may have changed */
  onChanged: () => void;
  readOnly: boolean;
  /** a screen with unsaved changes sets a guard: the shell asks it before leaving (true = leave) */
  setLeaveGuard?: (guard: (() => Promise<boolean>) | null) => void;
  /** goes to another screen (Beranda's to-do items) */
  navigate?: (id: ScreenId) => void;
  /** a backup the app was opened with (double-click on a .satgasbak): the Cadangan screen shows it */
  openedBackup?: ChosenFile | null;
}

export type ScreenId = 'staff' | 'sessions' | 'profile' | 'elections' | 'privacy' | 'backup' | 'home' | 'pledges' | 'findings' | 'findingsReference' | 'recap';

export interface ScreenEntry {
  id: ScreenId;
  label: string;
  section: 'main' | 'settings';
  component: ComponentType<ScreenProps>;
}

import { ui } from './lib/messages';

export const screens: ScreenEntry[] = [
  { id: 'home', label: ui.home.title, section: 'main', component: HomeScreen },
  { id: 'staff', label: ui.nav.staff, section: 'main', component: StaffScreen },
  { id: 'sessions', label: ui.sessions.title, section: 'main', component: SessionsScreen },
  { id: 'pledges', label: ui.pledges.title, section: 'main', component: PledgesScreen },
  { id: 'findings', label: ui.findings.title, section: 'main', component: withFindingsLock(FindingsScreen) },
  { id: 'recap', label: ui.recap.title, section: 'main', component: RecapScreen },
  { id: 'profile', label: ui.nav.profile, section: 'settings', component: ProfileScreen },
  { id: 'elections', label: ui.elections.title, section: 'settings', component: ElectionsScreen },
  { id: 'findingsReference', label: ui.findings.reference.title, section: 'settings', component: ReferenceScreen },
  { id: 'privacy', label: ui.privacy.title, section: 'settings', component: PrivacyScreen },
  { id: 'backup', label: ui.backup.title, section: 'settings', component: BackupScreen },
];
