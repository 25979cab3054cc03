import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TenantFile } from '../../src/sandbox/tenant/tenant-file';
import { BotHarness } from '../support/bot-harness';
import { cardMessage, textOf } from '../support/card-messages';
import { hasGrant, runShareCase } from '../support/share-scenario';
import { personalChat } from '../support/teams-people';

const jurgen = { aadObjectId: '0a1b2c3d-0000-4000-8000-000000000001', name: 'Jürgen Weiß' };
const zoe = { aadObjectId: '0a1b2c3d-0000-4000-8000-000000000002', name: 'Zoë Møller' };
const lina = { aadObjectId: '0a1b2c3d-0000-4000-8000-000000000003', name: '李娜' };

/** A tenant none of the code or other tests know: other domain, strict policy, non-English names. */
const fabrikam: TenantFile = {
  tenant: {
    id: '0a1b2c3d-0000-4000-8000-0000000000aa',
    displayName: 'Fabrikam',
    domains: ['fabrikam.example'],
    externalSharing: 'disabled',
  },
  users: [
    {
      id: jurgen.aadObjectId,
      displayName: jurgen.name,
      userPrincipalName: 'juergen@fabrikam.example',
      mail: 'juergen@fabrikam.example',
      jobTitle: 'Controller',
      department: 'Finanzen',
    },
    {
      id: zoe.aadObjectId,
      displayName: zoe.name,
      userPrincipalName: 'zoe@fabrikam.example',
      mail: 'zoe@fabrikam.example',
      jobTitle: 'Juristin',
      department: 'Recht',
    },
    {
      id: lina.aadObjectId,
      displayName: lina.name,
      userPrincipalName: 'li.na@fabrikam.example',
      mail: 'li.na@fabrikam.example',
    },
  ],
  drives: [
    {
      name: 'OneDrive',
      driveType: 'business',
      owner: { user: jurgen.aadObjectId },
      items: [
        {
          name: 'Q4 forecast.xlsx',
          size: 1000,
          lastModifiedDateTime: '2026-10-01T10:00:00Z',
          lastModifiedBy: jurgen.aadObjectId,
        },
        {
          name: 'Verträge',
          children: [{ name: 'Vertrag 2027.docx', size: 2000, lastModifiedBy: zoe.aadObjectId }],
        },
      ],
    },
  ],
};

describe('a tenant Sharebot has never seen', function () {
  this.timeout(60_000);
  let harness: BotHarness;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sharebot-fabrikam-'));
    const tenantFile = path.join(dir, 'fabrikam.json');
    await writeFile(tenantFile, JSON.stringify(fabrikam));
    harness = await BotHarness.start({ tenantFile });
  });
  after(async () => {
    await harness?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shares a file in a folder with an umlaut with a person typed without her diacritics', async () => {
    await runShareCase(harness, {
      says: 'give Zoe Moller edit access to Vertrag 2027.docx',
      from: jurgen,
      item: { path: '/Verträge/Vertrag 2027.docx' },
      grants: [{ to: zoe, role: 'write' }],
    });
  });

  it('finds a person whose name is written in Chinese characters', async () => {
    await runShareCase(harness, {
      says: 'share Q4 forecast.xlsx with 李娜',
      from: jurgen,
      item: { path: '/Q4 forecast.xlsx' },
      grants: [{ to: lina, role: 'read' }],
    });
  });

  it('marks an outside address and explains the refusal when the policy forbids external sharing', async () => {
    await harness.sandbox.reset();
    const conversation = personalChat(jurgen);
    const sent = await harness.teams.say('share Q4 forecast.xlsx with partner@contoso.example', {
      from: jurgen,
      conversation,
    });
    const card = cardMessage(sent.at(-1) as never, conversation);
    assert.match(textOf(sent.at(-1) as never), /External/);
    const answer = await harness.teams.click(card, 'share.confirm', { from: jurgen });
    assert.match(textOf(answer), /sharing policy/);
    const item = await harness.asUser.itemByPath(jurgen.aadObjectId, '/Q4 forecast.xlsx');
    const grants = await harness.asUser.permissionsAs(jurgen.aadObjectId, item.driveId, item.id);
    assert.equal(hasGrant(grants, { email: 'partner@contoso.example' }, 'read'), false);
  });

  it('tells a member of the demo tenant that they are not in this one', async () => {
    const sent = await harness.teams.say('share Q4 forecast.xlsx with Zoë Møller', {
      from: { aadObjectId: '8c7ca78a-2ea0-4c4b-b89b-2ba814bbd855', name: 'Alex Wilber' },
    });
    assert.match(textOf(sent.at(-1) as never), /don't appear to be a user/);
  });
});
