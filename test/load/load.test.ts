import assert from 'node:assert/strict';
import { shortPlan } from './load-plan';
import { runLoad } from './run-load';

// The short form of `npm run test:load` (test/load/long-run.load.ts): same driver, same checks,
// about 15 s. Its memory figures are printed with the report but not checked: a few dozen shares
// per process cannot show growth per share (the long form and `npm run bench` measure it).
describe('the load test, short form: 10 conversations for 5 s on two instances, faults and a restart', function () {
  this.timeout(120_000);

  it('loses no share, invites nobody twice, claims nothing false and answers no 5xx', async () => {
    const report = await runLoad(shortPlan);
    const failed = report.verdicts.filter((verdict) => !verdict.ok);
    assert.deepEqual(failed, [], report.text);
  });
});
