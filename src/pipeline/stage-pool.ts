// Extraction on worker threads for bulk ingest: cleaning and extraction are pure and take most of a report's
// time, so they run here while the main thread stores the previous batch. Results come back in the order of the
// jobs, whichever worker finished first. A job that throws, or whose worker dies under it, becomes that report's
// failed outcome; the other jobs of the dead worker's chunk are staged again by another worker. Once the last batch
// is stored the same workers resolve nights' pure part (night-work.ts) while the main thread reads and writes.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parentPort, type ResourceLimits, Worker, workerData } from 'node:worker_threads';
import { internalFailure, notStored } from './failure.ts';
import { type NightBuilt, type NightResolver, type NightWork, resolveNightWork } from './night-work.ts';
import type { IngestBytesOptions, Staged } from './stage.ts';

export interface StageJob {
  bytes: Uint8Array;
  opts: IngestBytesOptions;
}

export type StageFn = (bytes: Uint8Array, opts: IngestBytesOptions) => Staged;

export interface StagePool extends NightResolver {
  readonly size: number;
  /** True once a worker has loaded the extraction stage; until then a caller may stage in its own thread. */
  readonly ready: boolean;
  /** Never rejects: a failure of one job is that job's outcome. */
  stage(jobs: readonly StageJob[]): Promise<Staged[]>;
  /** Stages, in this thread, the last chunk of `staging` (a promise `stage` returned) that no worker has taken yet;
   *  false when a worker has taken every one. Chunks of later calls are left to the workers, so that they never run
   *  out of work while this thread is busy. */
  stageOneHere(staging: Promise<Staged[]>): boolean;
  /** Stages, in this thread, one job: the last of the last chunk no worker has taken yet, of any call; false when the
   *  queue holds none. For a thread that would otherwise wait on the workers' chunks in hand: it takes from the far
   *  end of the queue, one report at a time, so the workers (which take from the front) keep theirs. */
  stageLastJobHere(): boolean;
  close(): Promise<void>;
}

export interface StagePoolOptions {
  size: number;
  /** Used when no worker can start at all (a missing bundle): the jobs are staged in this thread instead. */
  inline: StageFn;
  /** The worker's entry; tests pass one that crashes on purpose. */
  script?: URL;
  /** Each worker's heap limit (`serve` sets one; bulk ingest none): a report that needs more fails alone, as a report
   *  that crashes its worker does, instead of growing the process until the machine kills it. */
  resourceLimits?: ResourceLimits;
}

/** Jobs per message: small enough that two workers share a batch evenly, large enough that messages stay few. */
const CHUNK = 16;
/** Chunks sent to a worker before its first answer comes back. A worker's answer waits until this thread's event
 *  loop turns, and storing a batch holds it for a hundred milliseconds or more (SQLite is synchronous): with one chunk
 *  at a time the worker sat idle through every store. The second one keeps it busy meanwhile. */
const DEPTH = 2;

/** Threads for extraction: `--workers N`, else SITREP_WORKERS, else one per processor but the one the main thread
 *  stores on (at least one). 0 stages in the main thread. A worker costs its own start-up and warm-up (loading and
 *  compiling the extraction stage, about a second of CPU), so more workers than free processors only cost. */
export function poolSize(flag: number | undefined, env: string | undefined = process.env.SITREP_WORKERS): number {
  if (flag !== undefined) return flag;
  if (env !== undefined && /^\d+$/.test(env.trim())) return Number(env.trim());
  return Math.max(1, availableParallelism() - 1);
}

interface Chunk {
  jobs: StageJob[];
  /** Where each job's result goes in `out`. */
  at: number[];
  out: Staged[];
  settle: () => void;
}

/** One night's pure part; settled with its result, or its error (a bug in resolution, thrown here as it would be in
 *  the main thread). */
interface NightTask {
  work: NightWork;
  resolve: (built: NightBuilt) => void;
  reject: (error: unknown) => void;
}

type Task = Chunk | NightTask;

const isChunk = (task: Task): task is Chunk => 'jobs' in task;

/** A worker's answer to a night: its result, or what it threw. */
type NightAnswer = { built: NightBuilt } | { error: unknown };

interface Slot {
  worker: Worker;
  /** Index, within the chunk it is working on, of the job it has started: read when it dies. */
  progress: Int32Array;
  ready: boolean;
  /** Chunks and nights sent to it, oldest (the one it is working on) first. */
  sent: Task[];
}

export function createStagePool(opts: StagePoolOptions): StagePool {
  const script = opts.script ?? defaultScript();
  const queue: Task[] = [];
  const slots = new Set<Slot>();
  let ready = false;
  let closed = false;
  let startFailures = 0;
  /** Each `stage` call's results array, by the promise it returned (stageOneHere). */
  const outOf = new WeakMap<Promise<Staged[]>, Staged[]>();

  const finishChunk = (chunk: Chunk, results: Staged[]) => {
    results.forEach((r, k) => {
      chunk.out[chunk.at[k]!] = r;
    });
    chunk.settle();
  };

  const runInline = (chunk: Chunk) => {
    finishChunk(
      chunk,
      chunk.jobs.map((job) => {
        try {
          return opts.inline(job.bytes, job.opts);
        } catch (error) {
          return { ok: false, outcome: internalFailure(job.opts.input, error) };
        }
      }),
    );
  };

  const runNightInline = (task: NightTask) => {
    try {
      task.resolve(resolveNightWork(task.work));
    } catch (error) {
      task.reject(error);
    }
  };

  const runTaskInline = (task: Task) => (isChunk(task) ? runInline(task) : runNightInline(task));

  const dispatch = () => {
    if (slots.size === 0) {
      // Nothing could start: stage here rather than wait forever.
      for (const task of queue.splice(0)) runTaskInline(task);
      return;
    }
    // Round by round, so that every worker has a chunk before any has two.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of slots) {
        if (queue.length === 0) return;
        if (!slot.ready || slot.sent.length >= depth) continue;
        const task = queue.shift()!;
        slot.sent.push(task);
        slot.worker.postMessage(isChunk(task) ? task.jobs : { night: task.work });
      }
    }
  };

  const died = (slot: Slot, reason: string, code?: string) => {
    if (!slots.delete(slot)) return;
    // The worker answers in order: the oldest chunk is the one it was working on; it never started the others.
    const [task, ...unstarted] = slot.sent;
    queue.unshift(...unstarted);
    // A night is resolved here instead: its work is pure, and a worker dies of other things (memory, a kill).
    if (task && !isChunk(task)) runNightInline(task);
    const chunk = task && isChunk(task) ? task : undefined;
    if (chunk) {
      // The job it had started is the one that killed it; the others are innocent and go back in the queue.
      const k = Math.min(Atomics.load(slot.progress, 0), chunk.jobs.length - 1);
      const input = chunk.jobs[k]!.opts.input;
      const limit = opts.resourceLimits?.maxOldGenerationSizeMb;
      // Over its heap limit the report itself is the cause, not a bug: said as what the sender can do about it.
      chunk.out[chunk.at[k]!] =
        code === 'ERR_WORKER_OUT_OF_MEMORY' && limit !== undefined
          ? { ok: false, outcome: notStored({ input, message: outOfMemoryMessage(limit) }, 'failed') }
          : { ok: false, outcome: internalFailure(input, new Error(`extraction worker stopped: ${reason}`)) };
      const rest = chunk.jobs.flatMap((job, i) => (i === k ? [] : [{ job, at: chunk.at[i]! }]));
      if (rest.length > 0) {
        queue.unshift({
          jobs: rest.map((r) => r.job),
          at: rest.map((r) => r.at),
          out: chunk.out,
          settle: chunk.settle,
        });
      } else {
        chunk.settle();
      }
    }
    if (!closed) {
      if (!slot.ready) startFailures++;
      // A worker that cannot even load would die again: after as many failed starts as workers, stop trying.
      if (startFailures < opts.size) spawn();
    }
    dispatch();
  };

  const spawn = () => {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    const worker = startWorker(script, { progress: progress.buffer }, opts.resourceLimits);
    const slot: Slot = { worker, progress, ready: false, sent: [] };
    slots.add(slot);
    worker.on('message', (message: 'ready' | Staged[] | NightAnswer) => {
      if (message === 'ready') {
        slot.ready = true;
        ready = true;
      } else {
        const task = slot.sent.shift();
        if (task && isChunk(task)) finishChunk(task, message as Staged[]);
        else if (task) {
          const answer = message as NightAnswer;
          if ('built' in answer) task.resolve(answer.built);
          else task.reject(answer.error);
        }
      }
      dispatch();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => died(slot, error.message, error.code));
    worker.on('exit', (code) => died(slot, `exit code ${code}`));
  };

  for (let i = 0; i < opts.size; i++) spawn();

  return {
    size: opts.size,
    get ready() {
      return ready;
    },
    stage(jobs) {
      const out = new Array<Staged>(jobs.length);
      if (jobs.length === 0) return Promise.resolve(out);
      const parts = Math.ceil(jobs.length / CHUNK);
      let left = parts;
      const staging = new Promise<Staged[]>((resolve) => {
        const settle = () => {
          if (--left === 0) resolve(out);
        };
        for (let p = 0; p < parts; p++) {
          const from = p * CHUNK;
          const part = jobs.slice(from, from + CHUNK);
          queue.push({ jobs: part, at: part.map((_, k) => from + k), out, settle });
        }
        dispatch();
      });
      outOf.set(staging, out);
      return staging;
    },
    stageOneHere(staging) {
      const out = outOf.get(staging);
      // The last one: the workers take from the front, so this thread and they meet in the middle.
      const k = out === undefined ? -1 : queue.findLastIndex((task) => isChunk(task) && task.out === out);
      if (k < 0) return false;
      const [chunk] = queue.splice(k, 1);
      runInline(chunk as Chunk);
      return true;
    },
    stageLastJobHere() {
      const k = queue.findLastIndex(isChunk);
      if (k < 0) return false;
      const chunk = queue[k] as Chunk;
      const job = chunk.jobs.pop()!;
      const at = chunk.at.pop()!;
      // The chunk's other jobs stay queued; it is settled once, by whoever stages its last job.
      if (chunk.jobs.length === 0) queue.splice(k, 1);
      runInline({ jobs: [job], at: [at], out: chunk.out, settle: chunk.jobs.length === 0 ? chunk.settle : () => {} });
      return true;
    },
    resolveNight(work) {
      return new Promise<NightBuilt>((resolve, reject) => {
        queue.push({ work, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const all = [...slots];
      slots.clear();
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}

const OUT_OF_MEMORY = "reading the text needed more than the server's";

/** What a report that outgrew its worker's heap is told. */
export function outOfMemoryMessage(limitMb: number): string {
  return `${OUT_OF_MEMORY} ${limitMb} MB of memory for one report: send it as several smaller reports`;
}

/** Whether a failed report's message is the heap limit's: too much text for one report, as the time budget's is. */
export const isOutOfMemory = (message: string | null | undefined): boolean =>
  message?.startsWith(OUT_OF_MEMORY) ?? false;

/** The worker side: stage every job of each chunk it is sent, marking which one it has started; resolve each night's
 *  pure part it is sent. */
export function serveStaging(stage: StageFn, resolve: (work: NightWork) => NightBuilt = resolveNightWork): void {
  const port = parentPort;
  if (!port) throw new Error('serveStaging runs inside a worker thread');
  const progress = new Int32Array((workerData as { progress: SharedArrayBuffer }).progress);
  port.on('message', (message: StageJob[] | { night: NightWork }) => {
    if (!Array.isArray(message)) {
      let answer: NightAnswer;
      try {
        answer = { built: resolve(message.night) };
      } catch (error) {
        answer = { error };
      }
      port.postMessage(answer);
      return;
    }
    const jobs = message;
    const results = jobs.map((job, k): Staged => {
      Atomics.store(progress, 0, k);
      try {
        return stage(job.bytes, job.opts);
      } catch (error) {
        return { ok: false, outcome: internalFailure(job.opts.input, error) };
      }
    });
    // The pool may have sent the next chunk already: a death before its first job still blames that job, as before.
    Atomics.store(progress, 0, 0);
    port.postMessage(results);
  });
  port.postMessage('ready');
}

/** From the sources the worker is the .ts file beside this one; from a bundle, dist/stage-worker.js (this code may
 *  sit in dist/ itself or in dist/chunks/). */
function defaultScript(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('./stage-worker.ts', here);
  for (const rel of ['./stage-worker.js', '../stage-worker.js']) {
    const url = new URL(rel, here);
    if (existsSync(url)) return url;
  }
  return new URL('./stage-worker.js', here);
}

/** From the sources (tests, `bin/sitrep.js` on a checkout newer than its bundle) the worker is TypeScript: tsx is
 *  registered inside it first, since a worker inherits neither the API registration nor, on Node 20, `--import tsx`. */
function startWorker(
  script: URL,
  workerData: { progress: SharedArrayBuffer },
  resourceLimits: ResourceLimits | undefined,
): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData, resourceLimits });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const code = `import(${tsx}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}
