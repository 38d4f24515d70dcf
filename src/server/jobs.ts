import type { Engine } from './db';

/** One periodic job: a name that is stable across releases, and the work (which may throw or reject). */
export interface Job {
  name: string;
  run(): unknown;
}

export interface SchedulerOptions {
  /** How long a period is: each job runs once per period, whichever instance gets there first. */
  periodMs: number;
  /** How often an instance looks whether a period began (much shorter than the period, so none is missed). */
  checkEveryMs?: number;
  now: () => Date;
  /** Where events go: one JSON line each. */
  log?: (event: Record<string, unknown>) => void;
}

/** Periods whose run records are kept: enough to see when each job last ran, nothing more. */
const KEEP_PERIODS = 24 * 7;

/**
 * Runs jobs once per period across every instance on one database. A period is claimed by inserting the row
 * (job, period start); the instance whose insert lands runs the job, every other one finds the row and skips it.
 * A failing job is logged (event, job, error name) and never ends the process or stops the jobs after it; it runs
 * again in the next period.
 */
export function scheduler(engine: Engine, jobs: readonly Job[], options: SchedulerOptions) {
  const { periodMs, checkEveryMs = 5 * 60 * 1000, now } = options;
  const log = options.log ?? ((event) => console.info(JSON.stringify(event)));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> | undefined;

  const periodOf = (at: Date) => new Date(Math.floor(at.getTime() / periodMs) * periodMs).toISOString();
  const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);

  async function claim(name: string, period: string, at: Date): Promise<boolean> {
    const result = await engine.db.insertInto('job_runs').values({ name, period, started_at: at.toISOString() })
      .onConflict((oc) => oc.columns(['name', 'period']).doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async function runDue(): Promise<string[]> {
    const at = now();
    const period = periodOf(at);
    const ran: string[] = [];
    for (const job of jobs) {
      try {
        if (!(await claim(job.name, period, at))) continue;
        ran.push(job.name);
        await job.run();
      } catch (error) {
        log({ event: 'job-failed', job: job.name, error: errorName(error) });
      }
    }
    try {
      await engine.db.deleteFrom('job_runs').where('period', '<', new Date(Date.parse(period) - KEEP_PERIODS * periodMs).toISOString()).execute();
    } catch (error) {
      log({ event: 'job-failed', job: 'job-runs-opruimen', error: errorName(error) });
    }
    return ran;
  }

  return {
    /** Runs each job whose current period has not run yet anywhere; resolves with the names this instance ran. */
    run(): Promise<string[]> {
      running ??= runDue().finally(() => { running = undefined; });
      return running;
    },
    /** Runs now and then every `checkEveryMs`, without keeping the process alive. */
    start(): void {
      void this.run();
      timer = setInterval(() => void this.run(), checkEveryMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
export type Scheduler = ReturnType<typeof scheduler>;
