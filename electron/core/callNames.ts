// Every call name, from the areas' name lists. Dependency-free on purpose: the sandboxed preload bundles this
// file (and nothing of zod or the core) to expose one function per call. contract.test.ts checks it equals the
// contract's keys.
import { appCalls } from './app/calls';
import { backupCalls } from './backup/calls';
import { attendanceCalls } from './attendance/calls';
import { documentsCalls } from './documents/calls';
import { electionsCalls } from './elections/calls';
import { evidenceCalls } from './evidence/calls';
import { filesCalls } from './files/calls';
import { homeCalls } from './home/calls';
import { findingsCalls } from './findings/calls';
import { privacyCalls } from './privacy/calls';
import { sessionsCalls } from './sessions/calls';
import { pledgesCalls } from './pledges/calls';
import { profileCalls } from './profile/calls';
import { recapCalls } from './recap/calls';
import { staffCalls } from './staff/calls';

export const callNames = [...appCalls, ...filesCalls, ...profileCalls, ...staffCalls, ...electionsCalls, ...sessionsCalls, ...documentsCalls, ...evidenceCalls, ...privacyCalls, ...backupCalls, ...attendanceCalls, ...pledgesCalls, ...homeCalls, ...findingsCalls, ...recapCalls] as const;

export type CallName = (typeof callNames)[number];
