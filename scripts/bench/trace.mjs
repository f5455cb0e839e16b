// Wall and CPU time from a Chromium trace: the page marks where a measured stretch starts and ends
// (performance.mark, which the trace records), and the renderer's main-thread tasks between the
// two marks say how much CPU it took. A busy machine stretches the wall time; the CPU time much less.

/**
 * What `page.tracing.start` records: every main-thread task with its thread time (RunTask, in the
 * timeline's disabled-by-default category: 'toplevel' alone misses the tasks that run a module's
 * continuation) and the page's marks.
 */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * The outermost RunTask events, in time order (a nested run loop runs tasks inside a task).
 * @param {TraceEvent[]} events
 */
export function tasksOf(events) {
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let end = -Infinity;
  return tasks.filter((task) => {
    if (task.ts < end) return false;
    end = task.ts + (task.dur ?? 0);
    return true;
  });
}

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number, cat?: string, args?: any }} TraceEvent
 */

/**
 * The events of the renderers' main threads (only the measured tab is busy). Complete events ('X')
 * are the tasks; the marks come as instant events of their own.
 * @param {Uint8Array | undefined} trace what `page.tracing.stop()` returned
 * @returns {TraceEvent[]}
 */
export function mainThreadEvents(trace) {
  if (!trace) throw new Error('the trace came back empty');
  /** @type {TraceEvent[]} */
  const events = JSON.parse(new TextDecoder().decode(trace)).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events.filter((e) => mains.has(`${e.pid}:${e.tid}`));
}

/** @param {TraceEvent[]} events @param {string} name */
function markTime(events, name) {
  const mark = events.find((e) => e.name === name && e.ph !== 'X' && e.cat?.includes('blink.user_timing'));
  if (!mark) throw new Error(`the trace has no mark ${name}`);
  return mark.ts;
}

/**
 * The stretch between the marks `${name}:start` and `${name}:end`, in ms: its wall time, the CPU time
 * the main thread spent in tasks during it, and its longest task (wall and CPU). A task only partly
 * inside counts for its part inside, its CPU time in proportion.
 * @param {TraceEvent[]} events @param {string} name
 */
export function span(events, name) {
  const start = markTime(events, `${name}:start`);
  const end = markTime(events, `${name}:end`);
  let cpu = 0;
  const longest = { wall: 0, cpu: 0 };
  for (const task of tasksOf(events)) {
    if (!task.dur) continue;
    const overlap = Math.min(end, task.ts + task.dur) - Math.max(start, task.ts);
    if (overlap <= 0) continue;
    const taskCpu = (task.tdur ?? 0) * (overlap / task.dur);
    cpu += taskCpu;
    if (overlap / 1000 > longest.wall) Object.assign(longest, { wall: overlap / 1000, cpu: taskCpu / 1000 });
  }
  return { wall: (end - start) / 1000, cpu: cpu / 1000, longest };
}
