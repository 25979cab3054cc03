import assert from 'node:assert/strict';
import { longPlan } from './load-plan';
import { runLoad } from './run-load';

// `npm run test:load` (not part of `npm test`): the long form, about four minutes
// (15 s warm-up, 60 s measured, two rests of about 45 s for the memory readings). Prints a summary table.
describe('the load test: 100 conversations for 60 s on two instances, 10 % of Graph calls faulted, one instance killed and restarted', function () {
  this.timeout(600_000);

  it('loses no share, invites nobody twice, claims nothing false, answers no 5xx and keeps memory flat', async () => {
    const report = await runLoad(longPlan);
    console.log(report.text);
    assert.deepEqual(
      report.verdicts.filter((verdict) => !verdict.ok),
      [],
    );
  });
});
