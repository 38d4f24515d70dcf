/** The part of autocannon (which ships no types) that src/cli/bench.ts uses. */
declare module 'autocannon' {
  interface Options { url: string; connections: number; duration: number; headers?: Record<string, string> }
  interface Result { requests: { average: number; total: number }; errors: number; non2xx: number }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  }
  export default function autocannon(options: Options): Instance;
}
