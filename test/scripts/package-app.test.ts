import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { encodePng } from '../../scripts/make-icons';
import { buildAppPackage } from '../../scripts/package/build-app-package';
import { hasTransparency } from '../../scripts/package/check-icons';

const root = resolve(__dirname, '..', '..');

/** A copy of manifest/ and env/ in a temporary folder, so a test can break one file. */
function copyOfTheRepo(): { dir: string; options: Parameters<typeof buildAppPackage>[0] } {
  const dir = mkdtempSync(join(tmpdir(), 'sharebot-package-'));
  cpSync(join(root, 'manifest'), join(dir, 'manifest'), { recursive: true });
  cpSync(join(root, 'env'), join(dir, 'env'), { recursive: true, filter: (src) => !src.endsWith('.user') });
  return {
    dir,
    options: {
      env: 'dev',
      manifestDir: join(dir, 'manifest'),
      envDir: join(dir, 'env'),
      outDir: join(dir, 'build'),
      processEnv: {},
    },
  };
}

/** Each entry of a zip file: name -> bytes. */
async function readZip(path: string): Promise<Record<string, Buffer>> {
  const zip = await promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open)(path, { lazyEntries: true });
  const entries: Record<string, Buffer> = {};
  await new Promise<void>((done, fail) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          entries[entry.fileName] = Buffer.concat(chunks);
          zip.readEntry();
        });
      });
    });
    zip.on('end', () => done());
    zip.on('error', fail);
    zip.readEntry();
  });
  return entries;
}

const solid = (size: number, alpha: number) =>
  encodePng(
    Array.from({ length: size }, () =>
      Array.from({ length: size }, () => ({ r: 255, g: 255, b: 255, a: alpha })),
    ),
  );

describe('npm run package (the Teams app package)', () => {
  let repo: ReturnType<typeof copyOfTheRepo>;
  beforeEach(() => {
    repo = copyOfTheRepo();
  });
  afterEach(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('zips manifest.json, color.png and outline.png at the root, with the placeholders filled from env/.env.dev', async () => {
    const zipPath = await buildAppPackage(repo.options);
    assert.equal(zipPath, join(repo.dir, 'build', 'appPackage.dev.zip'));
    const entries = await readZip(zipPath);
    assert.deepEqual(Object.keys(entries).sort(), ['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(entries['manifest.json'].toString('utf8'));
    assert.equal(manifest.id, '3f1c6b9e-8d2a-4e57-b0c4-9a1d7e2f5c38');
    assert.equal(manifest.bots[0].botId, 'a7d04e12-5c9b-4f3a-8e61-2b7c9d0f4a15');
    assert.equal(
      manifest.webApplicationInfo.resource,
      'api://sharebot.contoso.com/botid-a7d04e12-5c9b-4f3a-8e61-2b7c9d0f4a15',
    );
    assert.ok(manifest.validDomains.includes('sharebot.contoso.com'));
    assert.doesNotMatch(entries['manifest.json'].toString('utf8'), /\$\{\{/);
    assert.ok(entries['color.png'].equals(readFileSync(join(root, 'manifest', 'color.png'))));
  });

  it('lets the .user file and then the process environment override the env file', async () => {
    writeFileSync(
      join(repo.dir, 'env', '.env.dev.user'),
      'BOT_DOMAIN=from-user.contoso.com\nTEAMS_APP_ID=11111111-2222-4333-8444-555555555555\n',
    );
    const zipPath = await buildAppPackage({
      ...repo.options,
      processEnv: { BOT_DOMAIN: 'from-process.contoso.com' },
    });
    const manifest = JSON.parse((await readZip(zipPath))['manifest.json'].toString('utf8'));
    assert.equal(manifest.id, '11111111-2222-4333-8444-555555555555');
    assert.equal(manifest.developer.websiteUrl, 'https://from-process.contoso.com/');
  });

  it('packages another environment with --env, into its own file', async () => {
    const zipPath = await buildAppPackage({ ...repo.options, env: 'local' });
    assert.equal(zipPath, join(repo.dir, 'build', 'appPackage.local.zip'));
  });

  const failures: {
    what: string;
    breakIt: (dir: string) => Partial<Parameters<typeof buildAppPackage>[0]>;
    says: RegExp;
  }[] = [
    {
      what: 'names every missing variable in one line',
      breakIt: (dir) => {
        writeFileSync(
          join(dir, 'env', '.env.dev'),
          'TEAMS_APP_ID=3f1c6b9e-8d2a-4e57-b0c4-9a1d7e2f5c38\nBOT_DOMAIN=\n',
        );
        return {};
      },
      says: /^manifest\.json \(env dev\) has no value for BOT_DOMAIN, BOT_ID: /,
    },
    {
      what: 'refuses an environment without an env file, naming the known ones',
      breakIt: () => ({ env: 'prod' }),
      says: /^Unknown environment "prod": there is no env\/\.env\.prod \(known: dev, local\)\.$/,
    },
    {
      what: 'refuses a manifest the schema rejects',
      breakIt: () => ({ processEnv: { TEAMS_APP_ID: 'not-a-guid' } }),
      says: /^manifest\.json does not match its schema: .*\/id/,
    },
    {
      what: 'refuses a colour icon of the wrong size',
      breakIt: (dir) => {
        writeFileSync(join(dir, 'manifest', 'color.png'), solid(64, 255));
        return {};
      },
      says: /^color\.png \(the color icon\) is 64x64; Teams needs 192x192\.$/,
    },
    {
      what: 'refuses an outline icon of the wrong size',
      breakIt: (dir) => {
        writeFileSync(join(dir, 'manifest', 'outline.png'), solid(48, 0));
        return {};
      },
      says: /is 48x48; Teams needs 32x32/,
    },
    {
      what: 'refuses an outline icon without transparency',
      breakIt: (dir) => {
        writeFileSync(join(dir, 'manifest', 'outline.png'), solid(32, 255));
        return {};
      },
      says: /^outline\.png \(the outline icon\) has no transparency/,
    },
    {
      what: 'refuses an icon that is not a PNG',
      breakIt: (dir) => {
        writeFileSync(join(dir, 'manifest', 'color.png'), 'GIF89a');
        return {};
      },
      says: /^color\.png \(the color icon\) is not a PNG file/,
    },
  ];

  for (const { what, breakIt, says } of failures) {
    it(`${what}, and writes no package`, async () => {
      const changes = breakIt(repo.dir);
      await assert.rejects(buildAppPackage({ ...repo.options, ...changes }), (error: Error) => {
        assert.match(error.message, says);
        assert.doesNotMatch(error.message, /\n/);
        return true;
      });
      assert.equal(existsSync(join(repo.dir, 'build')), false);
    });
  }

  it('sees transparency in an alpha channel and none in an opaque RGBA image', () => {
    assert.equal(hasTransparency(readFileSync(join(root, 'manifest', 'outline.png'))), true);
    assert.equal(hasTransparency(solid(4, 255)), false);
  });

  it('as a command, prints one line and exits 1 for an unknown environment', async () => {
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'package-app.ts'), '--env', 'nowhere'],
      { cwd: root },
    );
    await assert.rejects(run, (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 1);
      assert.equal(error.stderr.trim().split('\n').length, 1);
      assert.match(error.stderr, /Unknown environment "nowhere"/);
      return true;
    });
  });
});
