// The part of Papa Parse's API that core uses, declared here because @types/papaparse pulls in
// Node's types, and core must type-check without them (it runs in the renderer too).
declare module 'papaparse' {
  interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    cursor: number;
  }
  interface ParseStepResult<T> {
    data: T;
    errors: ParseError[];
    meta: ParseMeta;
  }
  interface ParseConfig<T> {
    header?: boolean;
    skipEmptyLines?: boolean | 'greedy';
    delimiter?: string;
    delimitersToGuess?: string[];
    step?: (result: ParseStepResult<T>) => void;
  }
  const Papa: { parse<T>(input: string, config: ParseConfig<T>): void };
  export default Papa;
}
