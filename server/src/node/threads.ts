/**
 * Scheduling of background threads. On a machine with few cores, the index workers and the
 * thread that answers the editor take turns on the same CPUs: when a hover arrives while both
 * workers are scanning, the main thread waits for the kernel to give it a CPU. A worker that
 * runs at a lower priority gives way at once.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';

/** The nice value background threads run at (0 is normal, 19 the lowest priority). */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the priority of the calling thread, never of the whole process. Only Linux gives each
 * thread its own nice value (`setpriority` with a thread id); elsewhere, and when this is the
 * main thread, nothing changes. Returns whether it was lowered.
 */
export function runInBackground(nice = BACKGROUND_NICE): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // `/proc/thread-self` links to `<pid>/task/<tid>` of the thread that reads it.
    const tid = Number(path.basename(readlinkSync('/proc/thread-self')));
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
