// The progress of a long step, so a first run never looks hung: on a terminal one line rewritten in
// place, "label 42% (about 35 s left)"; in a log or CI, where rewriting lines only adds noise, a plain
// line at each quarter.

/** Seconds as a reader says them: "8 s", "40 s", "1 min 20 s" (past 20 s, in steps of 5, which do not flicker). */
export function duration(seconds) {
  const exact = Math.max(1, Math.ceil(seconds));
  const s = exact < 20 ? exact : Math.ceil(exact / 5) * 5;
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
}

/**
 * A progress line for `label`: `update(fraction)` as often as convenient (it draws at most five times
 * a second), `done(text)` replaces the line with a last one.
 * @param {string} label
 * @param {NodeJS.WriteStream} [stream]
 */
export function progressLine(label, stream = process.stdout) {
  const tty = Boolean(stream.isTTY);
  const began = performance.now();
  let drawnAt = -Infinity;
  let shown = 0;
  let nextQuarter = 0.25;
  const text = (fraction) => {
    const elapsed = (performance.now() - began) / 1000;
    // The rate is too uncertain to extrapolate in the first second.
    const left = elapsed > 1 && fraction > 0.01 ? ` (about ${duration((elapsed * (1 - fraction)) / fraction)} left)` : '';
    return `${label} ${Math.floor(fraction * 100)}%${left}`;
  };
  if (tty) stream.write(`${label} 0%`);
  return {
    /** @param {number} fraction of the work done, 0 to 1; never drawn going backwards */
    update(fraction) {
      if (fraction <= shown) return;
      shown = Math.min(fraction, 0.99);
      const now = performance.now();
      if (tty) {
        if (now - drawnAt < 200) return;
        drawnAt = now;
        stream.write(`\r${text(shown)}\x1b[K`);
      } else if (shown >= nextQuarter) {
        while (shown >= nextQuarter) nextQuarter += 0.25;
        stream.write(`${text(shown)}\n`);
      }
    },
    /** @param {string} line */
    done(line) {
      stream.write(tty ? `\r${line}\x1b[K\n` : `${line}\n`);
    },
  };
}
