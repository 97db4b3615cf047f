import { notSignedPdf, buildNotSignedDocument } from '../documents/notSigned/pdf';
import { localToday } from '../elections/dates';
import { getElection } from '../elections/service';
import { saveChosenFile } from '../files/io';
import type { AreaHandlers } from '../handlerTypes';
import { getProfile } from '../profile/service';
import { fillTemplate, ui } from '../../shared/messages';
import { saveCampaign } from './campaign';
import type { pledgesContract } from './contract';
import { notSignedList } from './notSigned';
import type { NotSignedList } from './types';
import { notSignedWorkbook } from './notSignedWorkbook';
import { pledgesOverview, staffPledgeStatus } from './overview';
import { signOutside } from './service';
import { savePledgeText } from './texts';

export const pledgesHandlers: AreaHandlers<typeof pledgesContract> = {
  'pledges.overview': ({ electionId }, { workspace }) => workspace.db().read((q) => pledgesOverview(q, electionId, localToday())),
  'pledges.saveCampaign': (input, { workspace }) => workspace.db().write('pledges.saveCampaign', (tx) => saveCampaign(tx, input)),
  'pledges.saveText': ({ points, earlierCount }, { workspace }) => workspace.db().write('pledges.saveText', (tx) => savePledgeText(tx, points, earlierCount, localToday())),
  'pledges.notSigned': ({ electionId, unitId }, { workspace }) => workspace.db().read((q) => notSignedList(q, electionId, localToday(), unitId)),
  'pledges.signOutside': (input, { workspace }) => workspace.db().write('pledges.signOutside', (tx) => signOutside(tx, input, localToday())),
  'pledges.exportNotSigned': async ({ electionId, format, paper }, ctx) => {
    const today = localToday();
    const name = `${fillTemplate(ui.pledges.notSignedDoc.file, { date: today })}.${format}`;
    const identities = (list: NotSignedList) => ({ call: 'pledges.exportNotSigned', what: 'not-signed', people: list.units.reduce((n, u) => n + u.people.length, 0) } as const);
    if (format === 'pdf') {
      const { doc, list } = ctx.workspace.db().read((q) => {
        const l = notSignedList(q, electionId, today);
        return { doc: buildNotSignedDocument(q, l, paper), list: l };
      });
      return saveChosenFile(ctx, { kind: 'pdf', suggestedName: name }, await notSignedPdf(doc), identities(list));
    }
    const { list, opdName, electionName } = ctx.workspace.db().read((q) => ({
      list: notSignedList(q, electionId, today), opdName: getProfile(q).opdName, electionName: getElection(q, electionId).name,
    }));
    return saveChosenFile(ctx, { kind: 'xlsx', suggestedName: name }, await notSignedWorkbook(list, opdName, electionName, paper), identities(list));
  },
  'pledges.staffStatus': ({ electionId }, { workspace }) => workspace.db().read((q) => staffPledgeStatus(q, electionId, localToday())),
};
