import { expect, test } from 'vitest';
import { forEachEngine } from './db/testing/engines';
import { scheduler, type Job } from './jobs';

const HOUR = 60 * 60 * 1000;
const NOW = new Date('2026-12-01T09:30:00.000Z');

forEachEngine('the hourly jobs', ({ engine, connectAgain }) => {
  test('two instances on one database: each job runs once per period, and again in the next', async () => {
    const runs: string[] = [];
    let clock = NOW;
    const jobs = (instance: string): Job[] => [
      { name: 'opruimen', run: () => { runs.push(`opruimen@${instance}`); } },
      { name: 'bewaartermijn', run: async () => { runs.push(`bewaartermijn@${instance}`); } },
    ];
    const options = { periodMs: HOUR, now: () => clock, log: () => undefined };
    const a = scheduler(engine(), jobs('a'), options);
    const b = scheduler(connectAgain(), jobs('b'), options);
    const [ranA, ranB] = await Promise.all([a.run(), b.run(), a.run(), b.run()]);
    expect([...ranA!, ...ranB!].sort()).toEqual(['bewaartermijn', 'opruimen']);
    expect(runs.map((r) => r.split('@')[0]).sort()).toEqual(['bewaartermijn', 'opruimen']);
    clock = new Date(NOW.getTime() + 29 * 60 * 1000); // still 09:59: the same hour
    expect([...(await a.run()), ...(await b.run())]).toEqual([]);
    clock = new Date(NOW.getTime() + 30 * 60 * 1000); // 10:00: a new hour
    expect([...(await b.run()), ...(await a.run())]).toEqual(['opruimen', 'bewaartermijn']);
    expect(runs.slice(2)).toEqual(['opruimen@b', 'bewaartermijn@b']);
  });

  test('a job that throws or rejects is logged as one line, and the next job still runs', async () => {
    const events: Record<string, unknown>[] = [];
    const ran: string[] = [];
    class RetentionError extends Error {
      override name = 'RetentionError';
    }
    const jobs: Job[] = [
      { name: 'gooit', run: () => { throw new TypeError('geen verbinding met /var/lib/krachtwijzer'); } },
      { name: 'weigert', run: () => Promise.reject(new RetentionError('melding KW-ABCD-2345')) },
      { name: 'daarna', run: () => { ran.push('daarna'); } },
    ];
    const runs = await scheduler(engine(), jobs, { periodMs: HOUR, now: () => NOW, log: (e) => events.push(e) }).run();
    expect(runs).toEqual(['gooit', 'weigert', 'daarna']);
    expect(ran).toEqual(['daarna']);
    expect(events).toEqual([
      { event: 'job-failed', job: 'gooit', error: 'TypeError' },
      { event: 'job-failed', job: 'weigert', error: 'RetentionError' },
    ]);
  });

  test('a database that is gone is logged, not thrown', async () => {
    const events: Record<string, unknown>[] = [];
    const other = connectAgain();
    await other.ready;
    await other.close();
    const runs = await scheduler(other, [{ name: 'opruimen', run: () => undefined }], { periodMs: HOUR, now: () => NOW, log: (e) => events.push(e) }).run();
    expect(runs).toEqual([]);
    expect(events.map((e) => [e.event, e.job])).toEqual([['job-failed', 'opruimen'], ['job-failed', 'job-runs-opruimen']]);
  });

  test('keeps the record of runs small: periods of more than a week ago are forgotten', async () => {
    let clock = NOW;
    const s = scheduler(engine(), [{ name: 'opruimen', run: () => undefined }], { periodMs: HOUR, now: () => clock, log: () => undefined });
    await s.run();
    clock = new Date(NOW.getTime() + 8 * 24 * HOUR);
    await s.run();
    expect(await engine().db.selectFrom('job_runs').select('period').execute()).toEqual([{ period: '2026-12-09T09:00:00.000Z' }]);
  });
});
