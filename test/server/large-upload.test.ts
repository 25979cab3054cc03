import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { BotHarness } from '../support/bot-harness';

/**
 * Uploads `size` bytes of a JSON-looking body in 64 KiB chunks, declared with Content-Length or
 * chunked, and prints the status, the answer and how much it managed to send. A separate process,
 * so that only the bot runs in this one and its memory and event loop are what gets measured.
 */
const uploader = `
const http = require('node:http');
const [url, size, mode] = process.argv.slice(1);
const total = Number(size);
const chunk = Buffer.alloc(64 * 1024, 'a');
let sent = 0;
const headers = { 'content-type': 'application/json' };
if (mode === 'declared') headers['content-length'] = total;
const req = http.request(url, { method: 'POST', headers }, (res) => {
  let body = '';
  res.on('data', (d) => (body += d));
  res.on('end', () => {
    console.log(JSON.stringify({ status: res.statusCode, body, sent }));
    process.exit(0);
  });
});
// Writing on after the answer ends in EPIPE once the bot closes the connection; only an error
// without any answer counts.
req.on('error', (e) => {
  setTimeout(() => {
    console.log(JSON.stringify({ error: e.code || String(e), sent }));
    process.exit(0);
  }, 500);
});
req.write('{"type":"message","text":"');
const pump = () => {
  while (sent < total) {
    sent += chunk.length;
    if (!req.write(chunk)) return void req.once('drain', pump);
  }
  req.end();
};
pump();
`;

interface UploadResult {
  status?: number;
  body?: string;
  sent: number;
  error?: string;
}

function upload(url: string, size: number, mode: 'declared' | 'chunked'): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', uploader, url, String(size), mode], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('exit', () => {
      try {
        resolve(JSON.parse(out) as UploadResult);
      } catch {
        reject(new Error(`the uploader printed ${JSON.stringify(out)}`));
      }
    });
  });
}

const fiftyMegabytes = 50 * 1024 * 1024;

describe('a 50 MB upload to /api/messages', function () {
  this.timeout(30_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  for (const mode of ['declared', 'chunked'] as const) {
    it(`(${mode}) is refused with 413 while /healthz keeps answering at once and memory stays flat`, async () => {
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      let peakRss = rssBefore;
      const health: number[] = [];
      let uploading = true;
      const startedAt = performance.now();
      const result = upload(`${harness.app.bot.url}/api/messages`, fiftyMegabytes, mode).finally(() => {
        uploading = false;
      });
      while (uploading || health.length < 5) {
        const started = performance.now();
        const response = await fetch(`${harness.app.bot.url}/healthz`);
        assert.equal(response.status, 200);
        await response.text();
        health.push(performance.now() - started);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
      const outcome = await result;
      const answeredMs = performance.now() - startedAt;
      const slowest = Math.max(...health);
      const growthMb = (peakRss - rssBefore) / 1024 / 1024;
      console.log(
        `      ${mode}: ${outcome.status} after ${answeredMs.toFixed(0)} ms (the client had written ${(outcome.sent / 1024 / 1024).toFixed(1)} MB), ` +
          `/healthz slowest ${slowest.toFixed(1)} ms of ${health.length}, RSS +${growthMb.toFixed(1)} MB`,
      );
      assert.equal(outcome.status, 413, JSON.stringify(outcome));
      assert.equal(JSON.parse(outcome.body ?? '').error.code, 'payloadTooLarge');
      assert.ok(slowest < 500, `/healthz took ${slowest.toFixed(0)} ms`);
      assert.ok(growthMb < 64, `RSS grew by ${growthMb.toFixed(0)} MB`);
    });
  }
});
