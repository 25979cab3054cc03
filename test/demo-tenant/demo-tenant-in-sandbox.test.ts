import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/index';
import { SandboxAdminClient } from '../support/sandbox-admin-client';

const TENANT_FILE = join(resolve(__dirname, '..', '..'), 'env', 'demo-tenant.json');

type Collection = { value: Array<{ name?: string; displayName?: string }> };

describe('the demo tenant, served by the Graph sandbox', () => {
  let sandbox: RunningSandbox;
  let alexToken: string;

  before(async () => {
    sandbox = await startSandbox({ port: 0, tenantFile: TENANT_FILE });
    const answer = await new SandboxAdminClient(sandbox.url).call('POST', '/_sandbox/token', {
      user: 'alexw@contoso.com',
    });
    assert.equal(answer.status, 200);
    alexToken = (answer.body as { access_token: string }).access_token;
  });

  after(async () => {
    await sandbox?.close();
  });

  async function get(path: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${sandbox.graphBaseUrl}${path}`, {
      headers: { authorization: `Bearer ${alexToken}` },
    });
    return { status: response.status, body: await response.json() };
  }

  const byPath = (path: string) =>
    `/me/drive/root:${path
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/')}:`;

  it("serves Alex Wilber's report.xlsx by path, as the playground sentence needs", async () => {
    const answer = await get(byPath('/Reports/report.xlsx'));
    assert.equal(answer.status, 200);
    assert.equal((answer.body as { name: string }).name, 'report.xlsx');
  });

  for (const path of [
    '/Launch Deck v3.pptx',
    "/Meetings/Seán's notes.docx",
    '/Board minutes (final).docx',
    '/[Draft] plan.docx',
    '/Présentation été.pptx',
    '/🚀 Roadmap.pptx',
    '/Finance/2027/budget.xlsx',
  ]) {
    it(`serves ${path} by its percent-encoded path`, async () => {
      const answer = await get(byPath(path));
      assert.equal(answer.status, 200);
      assert.equal((answer.body as { name: string }).name, path.split('/').at(-1));
    });
  }

  it('finds both Anas by first name', async () => {
    const answer = await get(`/users?$filter=${encodeURIComponent("startswith(displayName,'Ana ')")}`);
    assert.equal(answer.status, 200);
    const names = (answer.body as Collection).value.map((user) => user.displayName).sort();
    assert.deepEqual(names, ['Ana Lopez', 'Ana Silva']);
  });

  it('lists what Alex follows, including items in other drives', async () => {
    const answer = await get('/me/drive/following');
    assert.equal(answer.status, 200);
    const names = (answer.body as Collection).value.map((item) => item.name).sort();
    assert.deepEqual(names, ['Colour palette.pdf', 'Vendor list.xlsx', 'report.xlsx']);
  });
});
