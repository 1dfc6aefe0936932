import type { SyncProgress } from './host';

export interface SchedulerTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncSchedulerOptions {
  /** One sync; progress goes through `report`. */
  run: (report: (p: SyncProgress) => void) => Promise<void>;
  timers?: SchedulerTimers;
  now?: () => Date;
  intervalMinutes?: number;
  /** Window focus bursts (alt-tab back and forth) collapse into one sync. */
  focusDebounceMs?: number;
}

export interface SchedulerState {
  running: boolean;
  progress: SyncProgress;
  lastSyncAt?: string;
  lastError?: string;
}

type Listener = (state: SchedulerState) => void;

const realTimers: SchedulerTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/**
 * Runs syncs every N minutes, on focus (debounced) and on demand, never two at once: a request
 * during a run is coalesced into exactly one follow-up run.
 */
export class SyncScheduler {
  private readonly timers: SchedulerTimers;
  private readonly intervalMs: number;
  private readonly focusDebounceMs: number;
  private readonly now: () => Date;
  private intervalHandle: unknown;
  private focusHandle: unknown;
  private started = false;
  private current: Promise<void> | null = null;
  private followUp: Promise<void> | null = null;
  private readonly listeners = new Set<Listener>();
  private state: SchedulerState = { running: false, progress: { phase: 'idle' } };

  constructor(private readonly options: SyncSchedulerOptions) {
    this.timers = options.timers ?? realTimers;
    this.intervalMs = (options.intervalMinutes ?? 5) * 60_000;
    this.focusDebounceMs = options.focusDebounceMs ?? 2_000;
    this.now = options.now ?? (() => new Date());
  }

  /** Starts the periodic syncs (first one right away). */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.syncNow();
  }

  /** Stops timers; a run in progress finishes on its own. */
  stop(): void {
    this.started = false;
    if (this.intervalHandle !== undefined) this.timers.clearTimeout(this.intervalHandle);
    if (this.focusHandle !== undefined) this.timers.clearTimeout(this.focusHandle);
    this.intervalHandle = this.focusHandle = undefined;
  }

  /** The window gained focus: sync soon, once per burst. */
  onFocus(): void {
    if (!this.started) return;
    if (this.focusHandle !== undefined) this.timers.clearTimeout(this.focusHandle);
    this.focusHandle = this.timers.setTimeout(() => {
      this.focusHandle = undefined;
      void this.syncNow();
    }, this.focusDebounceMs);
  }

  /** Sync now; resolves when a run that started after this call has finished. */
  syncNow(): Promise<void> {
    if (this.current) {
      // Coalesce: everyone asking during a run shares the single follow-up run.
      this.followUp ??= this.current.then(() => {
        this.followUp = null;
        return this.launch();
      });
      return this.followUp;
    }
    return this.launch();
  }

  /** Current state, for a UI that just opened. */
  snapshot(): SchedulerState {
    return { ...this.state };
  }

  /** Subscribes to state changes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(patch: Partial<SchedulerState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.snapshot());
  }

  private launch(): Promise<void> {
    if (this.intervalHandle !== undefined) this.timers.clearTimeout(this.intervalHandle);
    this.intervalHandle = undefined;
    this.emit({ running: true });
    const run = (async () => {
      try {
        await this.options.run((p) => this.emit({ progress: p }));
        this.emit({ lastSyncAt: this.now().toISOString(), lastError: undefined });
      } catch (err) {
        this.emit({ lastError: err instanceof Error ? err.message : String(err) });
      } finally {
        this.current = null;
        this.emit({ running: false, progress: { phase: 'idle' } });
        // The next periodic run counts from the end of this one, so slow syncs never stack.
        if (this.started && !this.followUp) {
          this.intervalHandle = this.timers.setTimeout(() => {
            this.intervalHandle = undefined;
            void this.syncNow();
          }, this.intervalMs);
        }
      }
    })();
    this.current = run;
    return run;
  }
}
