import { describe, expect, it } from 'vitest';
import { createIdleQueue } from '../../src/lib/scheduling/idleQueue';

/** A hand-driven idle scheduler: `idle()` runs the callbacks waiting for the next idle period. */
function manualIdle() {
  let waiting: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => void waiting.push(callback),
    idle() {
      const now = waiting;
      waiting = [];
      now.forEach((callback) => callback());
      return now.length;
    },
  };
}

describe('createIdleQueue', () => {
  it('does one item per idle period, in order, however many arrive at once', () => {
    const idle = manualIdle();
    const done: string[] = [];
    const queue = createIdleQueue<string>((item) => done.push(item), idle.schedule);
    ['/a', '/b', '/c'].forEach((path) => queue.add(path));
    expect(done).toEqual([]);
    expect(idle.idle()).toBe(1);
    expect(done).toEqual(['/a']);
    idle.idle();
    idle.idle();
    expect(done).toEqual(['/a', '/b', '/c']);
    expect(idle.idle()).toBe(0);
    expect(queue.pending()).toBe(0);
  });

  it('does not queue an item twice while it waits, but takes it again once done', () => {
    const idle = manualIdle();
    const done: string[] = [];
    const queue = createIdleQueue<string>((item) => done.push(item), idle.schedule);
    queue.add('/a');
    queue.add('/a');
    expect(queue.pending()).toBe(1);
    idle.idle();
    queue.add('/a');
    idle.idle();
    expect(done).toEqual(['/a', '/a']);
  });

  it('goes on with the rest when one item throws', () => {
    const idle = manualIdle();
    const done: string[] = [];
    const queue = createIdleQueue<string>((item) => {
      if (item === '/bad') throw new Error('boom');
      done.push(item);
    }, idle.schedule);
    queue.add('/bad');
    queue.add('/good');
    expect(() => idle.idle()).toThrow('boom');
    idle.idle();
    expect(done).toEqual(['/good']);
  });
});
