/**
 * Work that can wait, done one item per idle period of the main thread: the page never spends a
 * long task on it, however many items arrive at once. Items already waiting are not added twice.
 * The scheduler is injected (requestIdleCallback in the browser) so tests drive it by hand.
 */
export type ScheduleIdle = (callback: () => void) => void;

export interface IdleQueue<T> {
  add(item: T): void;
  /** Items still waiting. */
  pending(): number;
}

export function createIdleQueue<T>(run: (item: T) => void, scheduleIdle: ScheduleIdle): IdleQueue<T> {
  const waiting: T[] = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    scheduleIdle(step);
  };
  function step() {
    scheduled = false;
    const item = waiting.shift();
    // Schedule the next one first, so an item that throws does not stop the rest.
    schedule();
    if (item !== undefined) run(item);
  }

  return {
    add(item) {
      if (!waiting.includes(item)) waiting.push(item);
      schedule();
    },
    pending: () => waiting.length,
  };
}
