import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DataStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** An element whose document comes from `.data` or `src` (or its own inline JSON). */
export interface SourceHost extends ReactiveControllerHost {
  data?: unknown;
  src?: string;
  status: DataStatus;
  readonly isConnected: boolean;
}

/**
 * Keeps an element's document in step with where it comes from: reads it when the element connects,
 * when `data` or `src` changes and on `load()`; aborts the read under way when another starts or the
 * element disconnects, and starts it again when a disconnect cut it short. A read is synchronous
 * (`.data`, inline JSON) or a promise (a fetch: the element is `loading` meanwhile); what it gives is
 * shown only if no other read has started since.
 */
export class SourceController<R> implements ReactiveController {
  private reading?: AbortController;
  private from?: { data: unknown; src?: string };

  constructor(
    private readonly host: SourceHost,
    private readonly read: (signal: AbortSignal) => R | Promise<R> | undefined,
    private readonly show: (result: R) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    const { status } = this.host;
    // Never read (a server-rendered element arrives with its status attribute set already), or
    // reconnected while a fetch was cut short by the disconnect: read.
    if (!this.from || status === 'idle' || (status === 'loading' && !this.reading)) this.load();
  }

  hostDisconnected() {
    this.reading?.abort();
    this.reading = undefined;
  }

  /** Reads again if `data` or `src` differs from the last read; call it from `willUpdate`. */
  follow() {
    const { host, from } = this;
    if (host.isConnected && (!Object.is(from?.data, host.data) || from?.src !== host.src)) this.load();
  }

  /** Reads the document again from wherever it comes from. */
  load() {
    const { host } = this;
    this.reading?.abort();
    const { signal } = (this.reading = new AbortController());
    this.from = { data: host.data, src: host.src };
    const result = this.read(signal);
    if (!(result instanceof Promise)) {
      if (result !== undefined) this.show(result);
      return;
    }
    host.status = 'loading';
    // A read rejects only when aborted: superseded or disconnected, so not this read's news.
    result.then((value) => signal.aborted || this.show(value), () => {});
  }
}
