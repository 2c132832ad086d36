// autocannon ships no type declarations and @types/autocannon is not installed: this declares the
// part of its API the bench uses (autocannon 9, see node_modules/autocannon/README.md).
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
    }

    interface RequestSpec extends Request {
      /** Returns the request to send; called before every request of a connection. */
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Seconds. */
      timeout?: number;
      pipelining?: number;
      title?: string;
      headers?: Record<string, string>;
      requests?: RequestSpec[];
    }

    /** hdr-histogram-percentiles-obj: every value in the unit of the histogram (ms for latency). */
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      sent?: number;
      p50: number;
      p90: number;
      p99: number;
    }

    interface Result {
      title?: string;
      url: string;
      requests: Histogram;
      latency: Histogram;
      throughput: Histogram;
      /** Seconds. */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      '1xx': number;
      '2xx': number;
      '3xx': number;
      '4xx': number;
      '5xx': number;
      resets: number;
      statusCodeStats: Record<string, { count: number }>;
    }

    interface Instance extends PromiseLike<Result> {
      stop(): void;
      on(event: 'done', listener: (result: Result) => void): this;
      on(event: 'error', listener: (error: Error) => void): this;
    }
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;

  export = autocannon;
}
