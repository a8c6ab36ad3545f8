/**
 * "Latest wins" sequencing for searches and filter counts: at most one task runs at a time, a
 * call made while one runs waits in a single slot (a newer call replaces it, so intermediate
 * queries are never run), and only the newest call's result is delivered. Stale calls resolve
 * with `undefined`. Pure and free of DOM imports, so it is unit-tested in Node.
 *
 *   const search = latestWins((q: string) => pagefind.search(q));
 *   const response = await search.run('koffie'); // undefined when a newer run() came in
 */
export interface LatestWins<T, R> {
  /** Runs `task(input)` once the running task has finished; resolves undefined when overtaken. */
  run(input: T): Promise<R | undefined>;
  /** Marks every earlier call as stale (their results are dropped) without starting anything. */
  cancel(): void;
  /** Whether a task is running or waiting. */
  readonly busy: boolean;
}

interface Pending<T, R> {
  input: T;
  ticket: number;
  resolve: (value: R | undefined) => void;
  reject: (reason: unknown) => void;
}

export function latestWins<T, R>(task: (input: T) => Promise<R>): LatestWins<T, R> {
  let ticket = 0;
  let running = false;
  let waiting: Pending<T, R> | undefined;

  function next(): void {
    const job = waiting;
    if (!job) return;
    waiting = undefined;
    if (job.ticket !== ticket) {
      job.resolve(undefined);
      next();
      return;
    }
    running = true;
    let work: Promise<R>;
    try {
      work = task(job.input);
    } catch (error) {
      work = Promise.reject(error);
    }
    work
      .then(
        (value) => job.resolve(job.ticket === ticket ? value : undefined),
        (error: unknown) => (job.ticket === ticket ? job.reject(error) : job.resolve(undefined)),
      )
      .finally(() => {
        running = false;
        next();
      });
  }

  return {
    run(input: T): Promise<R | undefined> {
      return new Promise<R | undefined>((resolve, reject) => {
        waiting?.resolve(undefined);
        waiting = { input, ticket: ++ticket, resolve, reject };
        if (!running) next();
      });
    },
    cancel(): void {
      ticket++;
      waiting?.resolve(undefined);
      waiting = undefined;
    },
    get busy(): boolean {
      return running || waiting !== undefined;
    },
  };
}

/**
 * A debounce that can be skipped: `schedule(fn)` runs fn after `ms` unless scheduled again,
 * `now(fn)` runs it at once and drops anything scheduled.
 */
export function debouncer(ms: number, timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = (): void => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };
  return {
    schedule(fn: () => void): void {
      clear();
      timer = timers.setTimeout(() => {
        timer = undefined;
        fn();
      }, ms);
    },
    now(fn: () => void): void {
      clear();
      fn();
    },
    cancel: clear,
  };
}
