import { UserError } from '../errors';

/** The WHATWG Encoding API's decoder, which every runtime core runs in has (Node, browsers, workers). */
interface Decoder {
  readonly encoding: string;
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean }) => Decoder;
interface Encoder {
  encode(text: string): Uint8Array;
}
// core is compiled without the DOM's or Node's types: the globals it needs, named as both have them
const TextDecoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
const utf8 = new (globalThis as unknown as { TextEncoder: new () => Encoder }).TextEncoder();

/** Text as UTF-8 bytes, as every format is written (CSV for Danish Excel starts with a byte-order mark). */
export const encodeText = (text: string): Uint8Array => utf8.encode(text);

/** The encodings a researcher's text files come in: what the readers of every format accept. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const decoders = new Map<string, Decoder>();
/** A decoder per encoding that throws on bytes not valid in it. */
function decoder(label: TextEncoding): Decoder {
  let d = decoders.get(label);
  if (!d) decoders.set(label, (d = new TextDecoder(label, { fatal: true })));
  return d;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Characters no text file holds: NUL (UTF-16 read as if it were UTF-8, or a binary file) and
 * the C0 controls other than tab, line breaks and form feed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F]/;

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (the rest are Latin-1); null for the five
 * it leaves undefined. Written out because Node 20's TextDecoder reads "windows-1252" as
 * Latin-1 and turns €, curly quotes and dashes into C1 control characters.
 */
const CP1252_HIGH: ReadonlyArray<number | null> = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null,
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178,
];

/** Windows-1252 (and the Latin-1 and ASCII it contains) to text; null where a byte is undefined in it. */
function decodeWindows1252(bytes: Uint8Array): string | null {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80 && b <= 0x9f) {
      const c = CP1252_HIGH[b - 0x80];
      if (c === null || c === undefined) return null;
      units[i] = c;
    } else units[i] = b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

const refuse = (file: string): never => {
  throw new UserError('invalid', 'errors.notText', { file });
};

function strict(bytes: Uint8Array, label: TextEncoding, file: string): string {
  try {
    return decoder(label).decode(bytes);
  } catch {
    return refuse(file);
  }
}

/**
 * The one way every reader (JSON, CSV, GraphML) turns a file's bytes into text: UTF-8 with or
 * without a byte-order mark; UTF-16 little- or big-endian when a byte-order mark says so; an
 * encoding an XML declaration names (`declared`); otherwise bytes that are not valid UTF-8 are
 * Windows-1252, which Danish Excel writes for plain "CSV", so æ, ø and å come through. A file
 * that is none of these (UTF-32, UTF-16 without a byte-order mark, binary data) is refused with
 * a message naming it, never decoded into replacement characters.
 */
export function decodeText(bytes: Uint8Array, file: string, declared?: string): DecodedText {
  // UTF-32 first: its little-endian mark begins with UTF-16's
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return refuse(file);
  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = { text: strict(bytes, 'utf-8', file), encoding: 'utf-8' };
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: strict(bytes, 'utf-16le', file), encoding: 'utf-16le' };
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: strict(bytes, 'utf-16be', file), encoding: 'utf-16be' };
  else decoded = withoutMark(bytes, file, declared);
  // a byte-order mark that survived (a second one, or one inside a declared encoding) is not text
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (NOT_TEXT.test(text)) return refuse(file);
  return { text, encoding: decoded.encoding };
}

function withoutMark(bytes: Uint8Array, file: string, declared: string | undefined): DecodedText {
  if (declared === undefined || !isLatin(declared)) {
    try {
      return { text: decoder('utf-8').decode(bytes), encoding: 'utf-8' };
    } catch {
      // not UTF-8: what Danish Excel and older Windows programs write
    }
  }
  return { text: decodeWindows1252(bytes) ?? refuse(file), encoding: 'windows-1252' };
}

/**
 * Whether an XML declaration names a Latin encoding (ISO-8859-1, US-ASCII, windows-1252: all
 * read as Windows-1252, as the WHATWG encoding standard does); UTF-8, UTF-16 and anything else
 * are read by their byte-order mark or as UTF-8.
 */
function isLatin(label: string): boolean {
  try {
    return new TextDecoder(label).encoding === 'windows-1252';
  } catch {
    return false;
  }
}

/**
 * The encoding named in an XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`),
 * read from the first bytes as ASCII; undefined when there is none.
 */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i] ?? 0);
  return /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

