import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type RunningPlayground, startPlayground } from '../../src/playground/launch-playground';
import { findFreePort } from '../../src/playground/ports';
import type { TenantDrive, TenantFile, TenantItem } from '../../src/sandbox/tenant/tenant-file';

const REPO_ROOT = resolve(__dirname, '..', '..');
const tenant = JSON.parse(readFileSync(join(REPO_ROOT, 'env', 'demo-tenant.json'), 'utf8')) as TenantFile;

// A random (version 4, RFC 4122 variant) GUID, as Entra issues them.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

type PlacedItem = { drive: TenantDrive; path: string; item: TenantItem; depth: number };

function walk(drive: TenantDrive, items: TenantItem[], parent = '', depth = 1): PlacedItem[] {
  return items.flatMap((item) => {
    const path = `${parent}/${item.name}`;
    const here: PlacedItem = { drive, path, item, depth };
    return item.children ? [here, ...walk(drive, item.children, path, depth + 1)] : [here];
  });
}

const everything = tenant.drives.flatMap((drive) => walk(drive, drive.items));
const files = everything.filter((placed) => placed.item.children === undefined);
const folders = everything.filter((placed) => placed.item.children !== undefined);
const userIds = new Set(tenant.users.map((user) => user.id));
const groups = tenant.groups ?? [];
const groupIds = new Set(groups.map((group) => group.id));
const userNamed = (name: string) => tenant.users.find((user) => user.displayName === name);
const ownerUser = (drive: TenantDrive) => ('user' in drive.owner ? drive.owner.user : undefined);
const ownerGroup = (drive: TenantDrive) => ('group' in drive.owner ? drive.owner.group : undefined);

describe('the demo tenant (env/demo-tenant.json)', () => {
  describe('tenant and ids', () => {
    it('is Contoso on contoso.com with external sharing enabled', () => {
      assert.equal(tenant.tenant.displayName, 'Contoso');
      assert.ok(tenant.tenant.domains.includes('contoso.com'));
      assert.equal(tenant.tenant.externalSharing, 'enabled');
    });

    it('uses random GUIDs for the tenant, every user and every group, each unique', () => {
      const ids = [
        tenant.tenant.id,
        ...tenant.users.map((user) => user.id),
        ...groups.map((group) => group.id),
      ];
      for (const id of ids) assert.match(id, GUID);
      assert.equal(new Set(ids.map((id) => id.toLowerCase())).size, ids.length);
    });

    it('gives every drive a unique id in the form Graph uses for its kind', () => {
      const ids = tenant.drives.map((drive) => drive.id ?? '');
      assert.equal(new Set(ids).size, ids.length);
      for (const drive of tenant.drives) {
        const form = drive.driveType === 'personal' ? /^[0-9a-f]{16}$/ : /^b![A-Za-z0-9_-]{64}$/;
        assert.match(drive.id ?? '', form, `${drive.driveType} drive ${drive.id}`);
      }
    });
  });

  describe('people', () => {
    it('has at least 14 users, each with a unique UPN, a job title and a department', () => {
      assert.ok(tenant.users.length >= 14, `${tenant.users.length} users`);
      const upns = tenant.users.map((user) => user.userPrincipalName.toLowerCase());
      assert.equal(new Set(upns).size, upns.length);
      for (const user of tenant.users) {
        assert.ok(user.jobTitle?.trim(), `${user.displayName} has no job title`);
        assert.ok(user.department?.trim(), `${user.displayName} has no department`);
      }
    });

    it('has two members called Ana, so a bare first name is ambiguous', () => {
      const anas = tenant.users.filter((user) => user.givenName === 'Ana').map((user) => user.displayName);
      assert.deepEqual(anas.sort(), ['Ana Lopez', 'Ana Silva']);
    });

    it('has names with accents and apostrophes', () => {
      for (const name of [
        'Chloé Dubois',
        "Seán O'Brien",
        'Mateo Rossi',
        'Priya Natarajan',
        'Tom Baker',
        'Lee Chen',
      ]) {
        assert.ok(userNamed(name), `${name} is missing`);
      }
    });

    it('has a guest with an #EXT# UPN and a mail outside the tenant domains', () => {
      const robin = userNamed('Robin Ext');
      assert.equal(robin?.userType, 'Guest');
      assert.equal(robin?.userPrincipalName, 'robin_fabrikam.com#EXT#@contoso.onmicrosoft.com');
      assert.equal(robin?.mail, 'robin@fabrikam.com');
      assert.ok(!tenant.tenant.domains.includes('fabrikam.com'));
    });

    it('has exactly one user whose mailbox is unavailable', () => {
      assert.equal(tenant.users.filter((user) => user.mailboxUnavailable === true).length, 1);
    });

    it('has groups with mail addresses whose members all exist', () => {
      const named = groups.map((group) => group.displayName);
      assert.ok(named.includes('Finance Team') && named.includes('Design Team'), named.join(', '));
      for (const group of groups) {
        assert.match(group.mail ?? '', /@contoso\.com$/);
        assert.ok(group.members.length > 0);
        for (const member of group.members) assert.ok(userIds.has(member), `${group.displayName}: ${member}`);
      }
    });
  });

  describe('drives', () => {
    it('gives most users a business OneDrive named "OneDrive", each owned by an existing user', () => {
      const business = tenant.drives.filter((drive) => drive.driveType === 'business');
      for (const drive of business) {
        assert.equal(drive.name, 'OneDrive');
        assert.ok(userIds.has(ownerUser(drive) ?? ''), `owner of ${drive.id}`);
      }
      assert.ok(business.length > tenant.users.length / 2, `${business.length} business drives`);
    });

    it('has personal drives, one of them premium', () => {
      const personal = tenant.drives.filter((drive) => drive.driveType === 'personal');
      assert.ok(personal.length >= 1);
      assert.ok(personal.some((drive) => drive.premium === true));
      assert.ok(personal.some((drive) => drive.premium !== true));
    });

    it('has a SharePoint library owned by the Design Team group', () => {
      const design = groups.find((group) => group.displayName === 'Design Team');
      const library = tenant.drives.find(
        (drive) => drive.driveType === 'documentLibrary' && ownerGroup(drive) === design?.id,
      );
      assert.ok(library);
      assert.match(library.siteId ?? '', /^contoso\.sharepoint\.com,/);
    });

    it('gives each user at most one drive of each kind, so /users/{id}/drive is unambiguous', () => {
      const seen = new Set<string>();
      for (const drive of tenant.drives.filter((d) => ownerUser(d))) {
        const key = `${ownerUser(drive)}:${drive.driveType}`;
        assert.ok(!seen.has(key), key);
        seen.add(key);
      }
    });
  });

  describe('items', () => {
    it('nests folders at least three deep (Reports/2026/Q3)', () => {
      assert.ok(folders.some((placed) => placed.path === '/Reports/2026/Q3' && placed.depth === 3));
    });

    it('has two files with the same name in different folders of one drive', () => {
      const budgets = files.filter((placed) => placed.item.name === 'budget.xlsx');
      assert.ok(budgets.some((placed) => placed.path === '/Finance/2026/budget.xlsx'));
      assert.ok(budgets.some((placed) => placed.path === '/Finance/2027/budget.xlsx'));
      assert.equal(new Set(budgets.map((placed) => placed.drive.id)).size, 1);
    });

    const specialNames: Array<[string, RegExp]> = [
      ['spaces', / /],
      ['an apostrophe', /'/],
      ['round brackets', /\(.*\)/],
      ['square brackets', /\[.*\]/],
      ['accents', /[À-ÿ]/],
      ['emoji', /\p{Extended_Pictographic}/u],
    ];
    for (const [kind, pattern] of specialNames) {
      it(`has a file name with ${kind}`, () => {
        assert.ok(files.some((placed) => pattern.test(placed.item.name)));
      });
    }

    it('has the Onboarding folder and a documents special folder', () => {
      assert.ok(folders.some((placed) => placed.item.name === 'Onboarding'));
      assert.ok(folders.some((placed) => placed.item.specialFolder === 'documents'));
    });

    it('never repeats a name inside one folder', () => {
      for (const drive of tenant.drives) {
        const paths = walk(drive, drive.items).map((placed) => placed.path.toLowerCase());
        assert.equal(new Set(paths).size, paths.length, `duplicate path in ${drive.id}`);
      }
    });

    it('gives every file a realistic size and a past modification date by an existing user', () => {
      for (const { item, path } of files) {
        assert.ok(Number.isInteger(item.size) && (item.size ?? 0) > 0, `${path} size`);
        const modified = Date.parse(item.lastModifiedDateTime ?? '');
        assert.ok(modified > Date.parse('2025-01-01T00:00:00Z') && modified <= Date.now(), `${path} date`);
        assert.ok(userIds.has(item.lastModifiedBy ?? ''), `${path} lastModifiedBy`);
      }
      assert.ok(new Set(files.map((placed) => placed.item.lastModifiedBy)).size >= 8);
    });

    it('has existing read and write grants, each to an existing user or group', () => {
      const permissions = everything.flatMap((placed) => placed.item.permissions ?? []);
      assert.ok(permissions.some((permission) => permission.grantedTo && permission.roles.includes('read')));
      assert.ok(permissions.some((permission) => permission.grantedTo && permission.roles.includes('write')));
      for (const permission of permissions.filter((p) => p.grantedTo)) {
        const target = permission.grantedTo ?? '';
        assert.ok(userIds.has(target) || groupIds.has(target), target);
      }
    });

    it('follows only items that exist, for users that exist', () => {
      const entries = Object.entries(tenant.following ?? {});
      assert.ok(entries.length > 0);
      for (const [userId, refs] of entries) {
        assert.ok(userIds.has(userId), userId);
        for (const ref of refs) {
          const split = ref.indexOf(':/');
          const [driveId, path] = [ref.slice(0, split), ref.slice(split + 1)];
          assert.ok(
            everything.some((placed) => placed.drive.id === driveId && placed.path === path),
            `missing ${ref}`,
          );
        }
      }
    });
  });

  describe('the playground sentence "share report.xlsx with Ana Lopez as editor"', () => {
    it("finds exactly one report.xlsx, in Alex Wilber's OneDrive under /Reports", () => {
      const alex = userNamed('Alex Wilber');
      const reports = files.filter((placed) => placed.item.name === 'report.xlsx');
      assert.equal(reports.length, 1);
      assert.equal(reports[0].path, '/Reports/report.xlsx');
      assert.equal(ownerUser(reports[0].drive), alex?.id);
      assert.equal(reports[0].drive.driveType, 'business');
    });

    it('finds exactly one Ana Lopez, a member who has no access to it yet', () => {
      const matches = tenant.users.filter((user) => user.displayName === 'Ana Lopez');
      assert.equal(matches.length, 1);
      assert.equal(matches[0].userType, 'Member');
      const report = files.find((placed) => placed.item.name === 'report.xlsx');
      assert.ok(
        !(report?.item.permissions ?? []).some((permission) => permission.grantedTo === matches[0].id),
      );
    });
  });
});

type PlaygroundUser = {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
};
type Conversation = { id: string; name: string };
// The playground serves its config with the single group chat and team as lists.
type PlaygroundConfig = {
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  groupChats: Conversation[];
  teams: Array<Conversation & { aadGroupId: string; channels: Conversation[] }>;
};
type TeamsMember = {
  id: string;
  objectId: string;
  name: string;
  userPrincipalName: string;
  tenantId: string;
};

describe('the shipped playground config (.m365agentsplayground.yml), as the playground reads it', () => {
  let bot: Server;
  let playground: RunningPlayground;
  let logDir: string;
  let config: PlaygroundConfig;

  before(async () => {
    logDir = await mkdtemp(join(tmpdir(), 'sharebot-demo-tenant-'));
    // A loopback stand-in for the bot, so the playground finds its endpoint and answers at once.
    // Not chained: restify (loaded by other suites in this process) patches writeHead to return nothing.
    bot = createServer((_request, response) => {
      response.writeHead(200);
      response.end();
    });
    await new Promise<void>((done) => bot.listen(0, '127.0.0.1', done));
    const botPort = (bot.address() as AddressInfo).port;
    playground = await startPlayground({
      botEndpoint: `http://127.0.0.1:${botPort}/api/messages`,
      port: await findFreePort(),
      logDir,
      configPath: join(REPO_ROOT, '.m365agentsplayground.yml'),
    });
    const answer = (await getJson(`${playground.url}/_internal/v1/config`)) as { config: PlaygroundConfig };
    config = answer.config;
  });

  after(async () => {
    await playground?.close();
    await new Promise<void>((done) => (bot ? bot.close(() => done()) : done()));
    await rm(logDir, { recursive: true, force: true });
  });

  it('uses the demo tenant id and calls the bot Sharebot', () => {
    assert.equal(config.tenantId, tenant.tenant.id);
    assert.equal(config.bot.name, 'Sharebot');
  });

  it('has Alex Wilber as current user, with his tenant id, UPN and mail', () => {
    assert.equal(config.currentUser.name, 'Alex Wilber');
    assertMatchesTenantUser(config.currentUser);
  });

  it('has exactly five other users, all members of the demo tenant with the same ids', () => {
    assert.equal(config.users.length, 5);
    for (const user of config.users) assertMatchesTenantUser(user);
    const ids = [config.currentUser, ...config.users].map((user) => user.aadObjectId);
    assert.equal(new Set(ids).size, 6);
  });

  it('maps the team to the tenant group whose members are exactly the playground people', () => {
    assert.equal(config.teams.length, 1);
    const group = groups.find((candidate) => candidate.id === config.teams[0].aadGroupId);
    assert.ok(group, `no tenant group ${config.teams[0].aadGroupId}`);
    const people = [config.currentUser, ...config.users].map((user) => user.aadObjectId).sort();
    assert.deepEqual([...group.members].sort(), people);
  });

  it('has a group chat and a team channel besides General', () => {
    assert.equal(config.groupChats.length, 1);
    assert.ok(config.teams[0].channels.some((channel) => channel.name !== 'General'));
  });

  const conversations: Array<[string, () => string]> = [
    ['the group chat', () => config.groupChats[0].id],
    ["the team's General channel", () => config.teams[0].id],
    ["the team's other channel", () => config.teams[0].channels.find((c) => c.name !== 'General')?.id ?? ''],
  ];
  for (const [where, conversationId] of conversations) {
    it(`lists the members of ${where} to the bot with object ids and UPNs from the demo tenant`, async () => {
      const url = `${playground.url}/_connector/v3/conversations/${encodeURIComponent(conversationId())}/members`;
      const members = (await getJson(url)) as TeamsMember[];
      assert.equal(members.length, 6);
      for (const member of members) {
        const user = tenant.users.find((candidate) => candidate.id === member.objectId);
        assert.ok(user, `member ${member.name} (${member.objectId}) is not in the tenant`);
        assert.equal(member.userPrincipalName, user.userPrincipalName);
        assert.equal(member.tenantId, tenant.tenant.id);
      }
    });
  }
});

function assertMatchesTenantUser(user: PlaygroundUser): void {
  assert.match(user.aadObjectId, GUID);
  const inTenant = tenant.users.find((candidate) => candidate.id === user.aadObjectId);
  assert.ok(inTenant, `${user.name} (${user.aadObjectId}) is not in the demo tenant`);
  assert.equal(user.name, inTenant.displayName);
  assert.equal(user.userPrincipleName, inTenant.userPrincipalName);
  assert.equal(user.email, inTenant.mail);
  assert.equal(user.givenName, inTenant.givenName);
  assert.equal(user.surname, inTenant.surname);
  assert.equal(inTenant.userType, 'Member');
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  assert.equal(response.status, 200, `GET ${url}`);
  return await response.json();
}
