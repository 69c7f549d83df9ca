/**
 * Counts by key in fixed windows: each call counts one more for its key in the current window,
 * and says when the window ends. A new window forgets every key, so memory holds one window's
 * keys, no more. The counts live in this process.
 */
export function fixedWindowCounter(
  windowMs: number,
): (key: string) => { count: number; retryAfterS: number } {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  return (key) => {
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      counts = new Map();
    }
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return { count, retryAfterS: Math.ceil((windowStart + windowMs - now) / 1000) };
  };
}
