import assert from 'node:assert/strict';
import type { Client } from '@microsoft/microsoft-graph-client';
import { startTestSandbox, type TestSandbox, users } from './helpers/sandbox-fixture';
import { graphError } from './helpers/sdk-client';

type Item = Record<string, unknown> & {
  id: string;
  name: string;
  webUrl: string;
  parentReference: Record<string, unknown>;
};

const anaDrive = 'b!anaFixtureDrive';

function shareToken(url: string): string {
  return `u!${Buffer.from(url, 'utf8').toString('base64url')}`;
}

describe('sandbox drives and items', () => {
  let t: TestSandbox;
  let ana: Client;
  let ben: Client;
  before(async () => {
    t = await startTestSandbox();
    ana = await t.client('ana@contoso.com');
    ben = await t.client('ben@contoso.com');
  });
  after(async () => t.stop());

  it('serves the same drive through /me/drive, /drives/{id} and /users/{id}/drive', async () => {
    const me = await ana.api('/me/drive').get();
    assert.equal(me.id, anaDrive);
    assert.equal(me.driveType, 'business');
    assert.equal(me.webUrl, 'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents');
    assert.equal((await ana.api(`/drives/${anaDrive}`).get()).id, anaDrive);
    assert.equal((await ana.api(`/users/${users.ana}/drive`).get()).id, anaDrive);
  });

  it('serves a group library through /groups/{id}/drive and /sites/{id}/drive with SharePoint webUrls', async () => {
    const henry = await t.client('henry@contoso.com');
    const drive = await henry.api('/groups/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/drive').get();
    assert.equal(drive.driveType, 'documentLibrary');
    assert.equal(drive.webUrl, 'https://contoso.sharepoint.com/sites/finance/Shared%20Documents');
    const item = await henry.api(`/drives/${drive.id}/root:/Budget/FY25 forecast.xlsx`).get();
    assert.equal(
      item.webUrl,
      'https://contoso.sharepoint.com/sites/finance/Shared%20Documents/Budget/FY25%20forecast.xlsx',
    );
    assert.equal((await henry.api(`/sites/${item.parentReference.siteId}/drive`).get()).id, drive.id);
  });

  it('gives personal drives onedrive.live.com webUrls and CID!n item ids', async () => {
    const erin = await t.client('erin@contoso.com');
    const drive = await erin.api('/me/drive').get();
    assert.match(drive.id, /^[0-9a-f]{16}$/);
    const item = await erin.api("/me/drive/root:/Erin's notes.txt").get();
    assert.match(item.id, /^[0-9A-F]{16}!\d+$/);
    assert.match(item.webUrl, /^https:\/\/onedrive\.live\.com\//);
  });

  const paths: Array<[string, string]> = [
    ['/me/drive/root:/Reports/Q1%20plan%20%5Bdraft%5D.docx', 'Q1 plan [draft].docx'],
    ['/me/drive/root:/Reports/Q1 plan [draft].docx:', 'Q1 plan [draft].docx'],
    ['/me/drive/root:/Reports/Caf%C3%A9%20menu%20%F0%9F%8D%95.pdf', 'Café menu 🍕.pdf'],
    ["/me/drive/root:/Dan's%20notes.txt", "Dan's notes.txt"],
    ['/me/drive/root:/reports/REPORT.xlsx', 'report.xlsx'],
    [`/drives/${anaDrive}/root:/Projects/Alpha/Design%20notes.docx:`, 'Design notes.docx'],
  ];
  for (const [path, name] of paths) {
    it(`addresses ${name} by path ${path}`, async () => {
      const token = await t.token('ana@contoso.com');
      const res = await fetch(`${t.sandbox.graphBaseUrl}${path}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(res.status, 200);
      assert.equal((await res.json()).name, name);
    });
  }

  it('addresses a path relative to a folder id', async () => {
    const projects = await ana.api('/me/drive/root:/Projects').get();
    const item = await ana.api(`/me/drive/items/${projects.id}:/Alpha/report.xlsx:`).get();
    assert.equal(item.parentReference.path, '/drive/root:/Projects/Alpha');
  });

  it('answers 404 itemNotFound for a missing path and a missing id', async () => {
    for (const path of ['/me/drive/root:/Reports/missing.xlsx', '/me/drive/items/01NOPE']) {
      const err = await graphError(ana.api(path).get());
      assert.equal(err.statusCode, 404);
      assert.equal(err.code, 'itemNotFound');
    }
  });

  it('returns item facets: file, folder childCount, root, specialFolder, eTag and parentReference', async () => {
    const root = await ana.api('/me/drive/root').get();
    assert.deepEqual(root.root, {});
    assert.equal('path' in root.parentReference, false);
    const reports = await ana.api('/me/drive/special/documents').get();
    assert.equal(reports.name, 'Reports');
    assert.deepEqual(reports.specialFolder, { name: 'documents' });
    assert.equal(reports.folder.childCount, 3);
    const file = await ana.api('/me/drive/root:/Reports/report.xlsx').get();
    assert.equal(file.file.mimeType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(file.eTag, /^"\{[0-9A-F-]{36}\},1"$/);
    assert.equal(file.size, 24576);
    assert.equal(file.lastModifiedBy.user.id, users.ana);
    assert.equal(
      file.webUrl,
      'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Reports/report.xlsx',
    );
  });

  it('uses ids given in the tenant file as they are', async () => {
    const item = await ana.api('/me/drive/items/01ANAFIXTUREBUDGET2024').get();
    assert.equal(item.name, 'Budget 2024.xlsx');
  });

  it('lists children with $top paging and $select', async () => {
    const first = await ana.api('/me/drive/root/children').top(2).select('id,name').get();
    assert.equal(first.value.length, 2);
    assert.deepEqual(Object.keys(first.value[0]).sort(), ['id', 'name']);
    const second = await ana.api(first['@odata.nextLink']).get();
    const third = await ana.api(second['@odata.nextLink']).get();
    assert.equal(third['@odata.nextLink'], undefined);
    assert.equal(first.value.length + second.value.length + third.value.length, 5);
  });

  it('refuses to expand permissions and expands children', async () => {
    const err = await graphError(ana.api('/me/drive/root:/Reports').expand('permissions').get());
    assert.equal(err.statusCode, 400);
    const withChildren = await ana.api('/me/drive/root:/Reports').expand('children').get();
    assert.equal(withChildren.children.length, 3);
  });

  it('lets a user with a grant read the item and refuses other items of the drive with 403', async () => {
    assert.equal((await ben.api(`/drives/${anaDrive}/root:/Reports/report.xlsx`).get()).name, 'report.xlsx');
    const err = await graphError(ben.api(`/drives/${anaDrive}/root:/Reports/Q1 plan [draft].docx`).get());
    assert.equal(err.statusCode, 403);
    assert.equal(err.code, 'accessDenied');
  });

  it('grants read through a permission given to a group the user is in', async () => {
    const anaSilva = await t.client('ana.silva@contoso.com');
    const item = await anaSilva.api(`/drives/${anaDrive}/root:/Design/Logo ideas.pptx`).get();
    assert.equal(item.name, 'Logo ideas.pptx');
  });

  it('lists followed items, other drives as remoteItem', async () => {
    const own = await ana.api('/me/drive/following').get();
    assert.deepEqual(own.value.map((i: Item) => i.name).sort(), ['Budget 2024.xlsx', 'Reports']);
    const shared = await ben.api('/me/drive/following').get();
    assert.equal(shared.value[0].remoteItem.parentReference.driveId, anaDrive);
    const followed = await ben.api(`/me/drive/following/${shared.value[0].id}`).get();
    assert.equal(followed.name, 'report.xlsx');
  });

  describe('search', () => {
    it('finds own items case- and accent-insensitively, words in any order', async () => {
      const names = async (q: string) =>
        (await ana.api(`/me/drive/root/search(q='${q}')`).get()).value.map((i: Item) => i.name).sort();
      assert.deepEqual(await names('CAFE'), ['Café menu 🍕.pdf']);
      assert.deepEqual(await names('notes design'), ['Design notes.docx']);
      assert.deepEqual(await names('report'), ['Reports', 'report.xlsx', 'report.xlsx']);
    });

    it('omits parentReference.path on business hits and adds searchResult', async () => {
      const res = await ana.api("/me/drive/root/search(q='report')").get();
      for (const hit of res.value as Item[]) {
        assert.equal('path' in hit.parentReference, false);
        assert.deepEqual(hit.searchResult, {});
        assert.equal(hit.parentReference.driveId, anaDrive);
      }
    });

    it('keeps parentReference.path on personal drive hits', async () => {
      const erin = await t.client('erin@contoso.com');
      const res = await erin.api("/me/drive/root/search(q='beach')").get();
      assert.equal(res.value[0].parentReference.path, '/drive/root:/Pictures');
    });

    it('escapes quotes by doubling them and rejects a lone quote with 400', async () => {
      const res = await ana.api(`/me/drive/root/search(q='${encodeURIComponent("Dan''s")}')`).get();
      assert.deepEqual(
        res.value.map((i: Item) => i.name),
        ["Dan's notes.txt"],
      );
      const err = await graphError(
        ana.api(`/me/drive/root/search(q='${encodeURIComponent("Dan's")}')`).get(),
      );
      assert.equal(err.statusCode, 400);
      assert.equal(err.code, 'invalidRequest');
    });

    it('answers an empty search with 200 and an empty value', async () => {
      const res = await ana.api("/me/drive/root/search(q='zzzz')").get();
      assert.deepEqual(res.value, []);
    });

    it('returns hits from other drives the user can reach as remoteItem on /me/drive/search only', async () => {
      const henry = await t.client('henry@contoso.com');
      const all = await henry.api("/me/drive/search(q='report')").get();
      const remote = (all.value as Item[]).map((i) => i.remoteItem as Item);
      assert.equal(remote.length, 1);
      assert.equal(
        remote[0].webUrl,
        'https://contoso.sharepoint.com/sites/finance/Shared%20Documents/Budget/report.xlsx',
      );
      const benHits = await ben.api("/me/drive/search(q='report')").get();
      assert.deepEqual(
        (benHits.value as Item[]).map((i) => (i.remoteItem as Item).webUrl),
        ['https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Reports/report.xlsx'],
      );
      const err = await graphError(ben.api("/me/drive/root/search(q='report')").get());
      assert.equal(err.statusCode, 404);
    });

    it('pages search results with $top', async () => {
      const first = await ana.api("/me/drive/root/search(q='e')").top(3).get();
      assert.equal(first.value.length, 3);
      const next = await ana.api(first['@odata.nextLink']).get();
      assert.ok(next.value.length > 0);
      assert.notEqual(next.value[0].id, first.value[0].id);
    });
  });

  describe('shares', () => {
    it("resolves an item's webUrl pasted in chat through /shares/u!…", async () => {
      const url = 'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Reports/report.xlsx';
      const item = await ben.api(`/shares/${shareToken(url)}/driveItem`).get();
      assert.equal(item.name, 'report.xlsx');
      assert.equal(item.parentReference.driveId, anaDrive);
      const shared = await ben.api(`/shares/${shareToken(url)}`).get();
      assert.equal(shared.name, 'report.xlsx');
    });

    it('resolves a URL with spaces left unencoded or a trailing slash', async () => {
      const url =
        'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Reports/Q1 plan [draft].docx';
      assert.equal(
        (await ana.api(`/shares/${shareToken(url)}/driveItem`).get()).name,
        'Q1 plan [draft].docx',
      );
      const folder = 'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Reports/';
      assert.equal((await ana.api(`/shares/${shareToken(folder)}/root`).get()).name, 'Reports');
    });

    it('refuses a share the caller cannot open and 404s an unknown URL', async () => {
      const url = 'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Budget%202024.xlsx';
      const denied = await graphError(ben.api(`/shares/${shareToken(url)}/driveItem`).get());
      assert.equal(denied.statusCode, 403);
      const missing = await graphError(
        ben.api(`/shares/${shareToken('https://contoso.sharepoint.com/nope')}/driveItem`).get(),
      );
      assert.equal(missing.statusCode, 404);
    });

    it("resolves a permission's sharing link and its shareId", async () => {
      const link = await ana
        .api('/me/drive/root:/Budget 2024.xlsx:/createLink')
        .post({ type: 'view', scope: 'organization' });
      assert.match(
        link.link.webUrl,
        /^https:\/\/contoso-my\.sharepoint\.com\/:x:\/g\/personal\/ana_contoso_com\//,
      );
      const viaUrl = await ben.api(`/shares/${shareToken(link.link.webUrl)}/driveItem`).get();
      assert.equal(viaUrl.name, 'Budget 2024.xlsx');
      const viaShareId = await ben.api(`/shares/${link.shareId}/driveItem`).get();
      assert.equal(viaShareId.id, viaUrl.id);
      const guest = await t.client('gina_fabrikam.com#EXT#@contoso.onmicrosoft.com');
      assert.equal((await graphError(guest.api(`/shares/${link.shareId}/driveItem`).get())).statusCode, 403);
    });
  });
});
