/**
 * Fires one of our `ql-` events: it bubbles and is composed, so a page hears it from inside any
 * shadow root. False when a listener cancelled it (only a `cancelable` one can be).
 */
export function fire<T>(target: EventTarget, type: `ql-${string}`, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable, detail }));
}
