declare const carried: unique symbol;

/**
 * A value carried as the JSON text it was written as, once, where it was made. An analysis is
 * megabytes of objects (tens of them at 20,000 actors): copied as objects from the analysis
 * thread to the engine, to Electron's main process and to the window, or written out again as
 * HTTP's JSON, each hop cost the window's findings tenths of a second to seconds. As text, a hop
 * copies bytes, and only the window reads it back into objects.
 */
export type JsonText<T> = string & { readonly [carried]: T };

export const jsonTextOf = <T>(value: T): JsonText<T> => JSON.stringify(value) as JsonText<T>;

export const valueOfJsonText = <T>(text: JsonText<T>): T => JSON.parse(text) as T;
