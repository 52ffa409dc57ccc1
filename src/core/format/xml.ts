import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';
import { UserError } from '../errors';
import { messageRef, type MessageKey } from '../i18n/catalogue';

/**
 * What the XML formats (GraphML, GEXF) share: parsing a file into plain objects, refusing broken
 * XML with the place it breaks, reading elements and attributes, and escaping text for writing.
 *
 * The parser expands only XML's five predefined entities and character references: a DTD is
 * never processed and entities it declares are left as written. Namespace prefixes are dropped
 * (`viz:color` is read as `color`), since both formats' elements are known by their local names.
 */

export type XmlElement = Record<string, unknown>;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeReference(whole: string, hex: string | undefined, dec: string | undefined, name: string | undefined): string {
  if (name !== undefined) return PREDEFINED[name] ?? whole;
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
  const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));
  return allowed ? String.fromCodePoint(code) : whole;
}

/** XML's own entities and character references; nothing a DOCTYPE declares. */
const entityDecoder: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: (text) =>
    text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g, (whole, hex?: string, dec?: string, name?: string) =>
      decodeReference(whole, hex, dec, name),
    ),
};

/** fast-xml-parser's validator codes, as what the reader is told is wrong. */
const XML_ERRORS: Partial<Record<string, MessageKey>> = {
  InvalidChar: 'fieldData.xmlChar',
  InvalidTag: 'fieldData.xmlTag',
  InvalidAttr: 'fieldData.xmlAttribute',
};

/**
 * A reader of one XML format: `arrays` names the elements that may repeat, which are then always
 * lists (a graph of one node has a list of one node). Returns the document and its root element's
 * name; broken XML is refused with its line and column.
 */
export function xmlReader(arrays: ReadonlySet<string>): (text: string, fileName: string) => { root: string; element: XmlElement } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    removeNSPrefix: true,
    processEntities: true,
    entityDecoder,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && arrays.has(name),
  });
  return (text, fileName) => {
    const xml = text.replace(/^\uFEFF/, '');
    // The parser alone reads a truncated or broken file without complaint; the validator that
    // ships with it finds the first error and its position. (Deprecated in favour of the separate
    // fast-xml-validator package, which this project does not depend on yet.)
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const valid = XMLValidator.validate(xml);
    if (valid !== true)
      throw new UserError('invalid', 'fieldData.notXml', {
        file: fileName,
        // the validator's own sentence is English and names its internals; its code says enough
        detail: messageRef(XML_ERRORS[valid.err.code] ?? 'fieldData.xmlStructure'),
        line: valid.err.line,
        column: valid.err.col,
      });
    let doc: unknown;
    try {
      doc = parser.parse(xml);
    } catch (e) {
      const said = e instanceof Error ? e.message : '';
      const reason = /entit/i.test(said) ? 'fieldData.xmlEntities' : /nest|depth/i.test(said) ? 'fieldData.xmlTooDeep' : 'fieldData.xmlStructure';
      throw new UserError('invalid', 'fieldData.unreadableXml', { file: fileName, detail: messageRef(reason) });
    }
    const top = isElement(doc) ? doc : {};
    const root = Object.keys(top).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? '';
    const element = top[root];
    return { root, element: isElement(element) ? element : {} };
  };
}

const isElement = (v: unknown): v is XmlElement => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Child elements by name; one holding only text (`<default>4</default>`) or nothing counts too. */
export const children = (el: XmlElement, name: string): XmlElement[] => {
  const v = el[name];
  const list: unknown[] = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((c: unknown) => (isElement(c) ? c : typeof c === 'string' ? { '#text': c } : {}));
};

/** An attribute's value as written, or undefined when the element does not have it. */
export const attribute = (el: XmlElement, name: string): string | undefined => {
  const v = el[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
};

/** The text of an element, or undefined when it holds markup (yEd's graphics) rather than a value. */
export const textOf = (el: XmlElement): string | undefined => {
  for (const name of Object.keys(el)) if (!name.startsWith('@_') && name !== '#text') return undefined;
  const t = el['#text'];
  return typeof t === 'string' ? t : '';
};

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry, not even as references
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for XML content or a quoted attribute; line breaks kept as references so they survive. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"\r\n\t]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return `&#${c.charCodeAt(0)};`;
    }
  });
}
