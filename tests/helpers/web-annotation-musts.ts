// The MUSTs of the W3C Web Annotation Data Model (Recommendation, 23 February
// 2017) as checks on plain JSON, for any test that emits annotations: the
// exports, the protocol's container and annotation routes. Each problem names
// where it is and the rule it breaks; an empty list means every MUST checked
// here holds. SHOULDs are left out on purpose (a missing label is no error).
//   webAnnotationProblems(json)              -> string[] (Annotation, AnnotationCollection or AnnotationPage)
//   expectWebAnnotationMusts(json, options)  -> Jest assertion listing every problem
// With `textOf(sourceIri)` a TextPositionSelector is also read against the
// text it selects: start and end count Unicode code points (model 4.2.4/4.2.5).

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The motivations the model defines (3.3.5); any other value must be an IRI (of a skos:Concept). */
export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

export interface MustOptions {
  /** the text of a target's source, to check TextPositionSelector offsets (code points) against the quote */
  textOf?: (sourceIri: string) => string | undefined;
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (value: Json): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const many = (value: Json): Json[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** An absolute IRI: a scheme, then no blanks or characters RFC 3987 excludes. */
export const isIri = (value: Json): value is string => typeof value === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(value);
const isNonNegativeInteger = (value: Json) => Number.isInteger(value) && (value as number) >= 0;
const XSD_DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const typesOf = (node: Obj): string[] => many(node.type).filter((t): t is string => typeof t === 'string');

class Problems {
  readonly list: string[] = [];
  add(path: string, rule: string) {
    this.list.push(`${path}: ${rule}`);
  }
}

/** "@context": 1 or more values, anno.jsonld one of them; a single value given as a string (3.1, 5.1, 5.2). */
function checkContext(node: Obj, path: string, p: Problems) {
  const context = node['@context'];
  if (context === undefined) return p.add(path, 'MUST have 1 or more @context values');
  if (!many(context).includes(ANNO_CONTEXT)) p.add(`${path}.@context`, `${ANNO_CONTEXT} MUST be one of the @context values`);
  if (Array.isArray(context) && context.length === 1) p.add(`${path}.@context`, 'a single @context value MUST be provided as a string');
}

/** "id": exactly 1 IRI (the Annotation, Collection, Page, an External Web Resource). */
function checkId(node: Obj, path: string, p: Problems, what: string) {
  if (!isIri(node.id)) p.add(`${path}.id`, `${what} MUST have exactly 1 IRI that identifies it`);
}

function checkType(node: Obj, path: string, p: Problems, type: string) {
  if (!typesOf(node).includes(type)) p.add(`${path}.type`, `MUST have 1 or more types and ${type} MUST be one of them`);
}

function checkDates(node: Obj, path: string, p: Problems) {
  for (const key of ['created', 'modified', 'generated']) {
    if (node[key] === undefined) continue;
    if (typeof node[key] !== 'string' || !XSD_DATETIME.test(node[key] as string)) p.add(`${path}.${key}`, 'MUST be expressed in the xsd:dateTime format');
  }
}

/** Agents (creator, generator): an IRI, or an object whose id, when given, is exactly 1 IRI (3.3.1). */
function checkAgents(node: Obj, path: string, p: Problems) {
  for (const key of ['creator', 'generator']) {
    many(node[key]).forEach((agent, i) => {
      const at = `${path}.${key}[${i}]`;
      if (typeof agent === 'string') {
        if (!isIri(agent)) p.add(at, 'an Agent given by reference MUST be an IRI');
      } else if (!isObj(agent)) p.add(at, 'an Agent MUST be an IRI or an object');
      else if (agent.id !== undefined && !isIri(agent.id)) p.add(`${at}.id`, 'an Agent MUST NOT have more than 1 IRI, and it MUST be an IRI');
    });
  }
}

function checkMotivations(values: Json, path: string, p: Problems) {
  many(values).forEach((value, i) => {
    if (typeof value !== 'string' || (!MOTIVATIONS.includes(value) && !isIri(value))) p.add(`${path}[${i}]`, 'MUST be a Motivation the model defines or the IRI of one');
  });
}

function checkSelector(selector: Json, path: string, p: Problems) {
  if (isIri(selector)) return; // a selector described at its IRI
  if (!isObj(selector)) return p.add(path, 'a Selector MUST be an object (or an IRI)');
  const types = typesOf(selector);
  if (types.length !== 1) p.add(`${path}.type`, 'a Selector MUST have exactly 1 type');
  if (types.includes('TextQuoteSelector')) {
    if (typeof selector.exact !== 'string') p.add(`${path}.exact`, 'a TextQuoteSelector MUST have exactly 1 exact property');
    for (const key of ['prefix', 'suffix']) {
      if (selector[key] !== undefined && typeof selector[key] !== 'string') p.add(`${path}.${key}`, `MUST NOT have more than 1 ${key}`);
    }
  }
  if (types.includes('TextPositionSelector') || types.includes('DataPositionSelector')) {
    for (const key of ['start', 'end']) {
      if (!isNonNegativeInteger(selector[key])) p.add(`${path}.${key}`, `MUST have exactly 1 ${key}, an xsd:nonNegativeInteger`);
    }
    if (isNonNegativeInteger(selector.start) && isNonNegativeInteger(selector.end) && (selector.start as number) > (selector.end as number)) {
      p.add(path, 'start MUST NOT be after end (a range [start, end))');
    }
  }
  if (selector.refinedBy !== undefined) many(selector.refinedBy).forEach((inner, i) => checkSelector(inner, `${path}.refinedBy[${i}]`, p));
}

/**
 * With the source's text: a TextPositionSelector counts code points, not UTF-16
 * code units (4.2.4: "MUST be in terms of unicode code points"), so [start, end)
 * of the text's code points is the TextQuoteSelector's exact beside it.
 */
function checkOffsets(resource: Obj, path: string, p: Problems, options: MustOptions) {
  const sourceIri = isObj(resource.source) ? resource.source.id : resource.source;
  const text = options.textOf && typeof sourceIri === 'string' ? options.textOf(sourceIri) : undefined;
  if (text === undefined) return;
  const selectors = many(resource.selector).filter(isObj);
  const quote = selectors.find((s) => typesOf(s).includes('TextQuoteSelector'));
  const position = selectors.find((s) => typesOf(s).includes('TextPositionSelector'));
  if (!quote || !position || !isNonNegativeInteger(position.start) || !isNonNegativeInteger(position.end)) return;
  const codePoints = [...text];
  const selected = codePoints.slice(position.start as number, position.end as number).join('');
  if (selected !== quote.exact) p.add(`${path}.selector`, `the TextPositionSelector MUST count code points: [${position.start}, ${position.end}) holds ${JSON.stringify(selected)}, not the quote`);
  for (const [key, part] of [
    ['prefix', quote.prefix],
    ['suffix', quote.suffix],
  ] as const) {
    // A cut between the halves of a surrogate pair leaves a lone half: no code point at all.
    if (typeof part === 'string' && /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(part)) {
      p.add(`${path}.selector.${key}`, 'MUST be whole code points (a surrogate pair was cut)');
    }
  }
}

/** A body or target: an IRI, an External Web Resource, a TextualBody, a SpecificResource or a Choice. */
function checkResource(resource: Json, path: string, p: Problems, options: MustOptions) {
  if (typeof resource === 'string') {
    if (!isIri(resource)) p.add(path, 'a resource given by reference MUST be an IRI');
    return;
  }
  if (!isObj(resource)) return p.add(path, 'MUST be an IRI or an object');
  const types = typesOf(resource);
  checkDates(resource, path, p);
  checkAgents(resource, path, p);
  if (resource.purpose !== undefined) checkMotivations(resource.purpose, `${path}.purpose`, p);
  if (types.includes('Choice')) {
    many(resource.items).forEach((item, i) => checkResource(item, `${path}.items[${i}]`, p, options));
    return;
  }
  if (types.includes('TextualBody') || (resource.value !== undefined && resource.source === undefined)) {
    if (typeof resource.value !== 'string') p.add(`${path}.value`, 'a TextualBody MUST have exactly 1 value');
    if (resource.id !== undefined && !isIri(resource.id)) p.add(`${path}.id`, 'a TextualBody MAY have 1 IRI, which MUST be an IRI');
    return;
  }
  if (types.includes('SpecificResource') || resource.source !== undefined) {
    const source = resource.source;
    if (Array.isArray(source) || source === undefined) p.add(`${path}.source`, 'a SpecificResource MUST have exactly 1 source');
    else if (typeof source === 'string') {
      if (!isIri(source)) p.add(`${path}.source`, 'the source MUST be an IRI');
    } else if (!isObj(source) || !isIri(source.id)) p.add(`${path}.source.id`, 'the source, an External Web Resource, MUST have exactly 1 IRI');
    many(resource.selector).forEach((selector, i) => checkSelector(selector, `${path}.selector[${i}]`, p));
    many(resource.state).forEach((state, i) => {
      if (!isIri(state) && !(isObj(state) && (isIri(state.id) || typesOf(state).length > 0))) p.add(`${path}.state[${i}]`, 'a State MUST be an IRI or a typed State');
    });
    checkOffsets(resource, path, p, options);
    return;
  }
  checkId(resource, path, p, 'an External Web Resource');
}

function checkAnnotation(node: Json, path: string, p: Problems, options: MustOptions, embedded: boolean) {
  if (!isObj(node)) return p.add(path, 'an Annotation MUST be an object');
  if (!embedded) checkContext(node, path, p);
  checkId(node, path, p, 'an Annotation');
  checkType(node, path, p, 'Annotation');
  checkDates(node, path, p);
  checkAgents(node, path, p);
  if (node.motivation !== undefined) checkMotivations(node.motivation, `${path}.motivation`, p);
  const targets = many(node.target);
  if (targets.length === 0) p.add(`${path}.target`, 'an Annotation MUST have 1 or more targets');
  targets.forEach((target, i) => checkResource(target, `${path}.target[${i}]`, p, options));
  if (node.bodyValue !== undefined) {
    if (node.body !== undefined) p.add(path, 'there MUST NOT be a bodyValue property if there is a body property');
    if (typeof node.bodyValue !== 'string') p.add(`${path}.bodyValue`, 'MUST be a single string');
  }
  many(node.body).forEach((body, i) => checkResource(body, `${path}.body[${i}]`, p, options));
}

function checkPage(node: Json, path: string, p: Problems, options: MustOptions, embedded: boolean, collectionTotal?: number) {
  if (isIri(node)) return; // a page given by reference
  if (!isObj(node)) return p.add(path, 'an AnnotationPage MUST be an object or an IRI');
  if (!embedded) checkContext(node, path, p);
  checkId(node, path, p, 'an AnnotationPage');
  checkType(node, path, p, 'AnnotationPage');
  const items = node.items;
  if (!Array.isArray(items) || items.length === 0) p.add(`${path}.items`, 'an AnnotationPage MUST have exactly 1 items list with 1 or more Annotations');
  else items.forEach((item, i) => (isIri(item) ? undefined : checkAnnotation(item, `${path}.items[${i}]`, p, options, true)));
  for (const key of ['partOf', 'next', 'prev']) {
    const value = node[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) p.add(`${path}.${key}`, `MUST NOT have more than 1 ${key}`);
    else if (!isIri(value) && !(isObj(value) && isIri(value.id))) p.add(`${path}.${key}`, `${key} MUST be an IRI or an object with one`);
  }
  if (isObj(node.partOf) && node.partOf.total !== undefined && !isNonNegativeInteger(node.partOf.total)) p.add(`${path}.partOf.total`, 'MUST be an xsd:nonNegativeInteger');
  if (node.startIndex !== undefined && !isNonNegativeInteger(node.startIndex)) p.add(`${path}.startIndex`, 'MUST be exactly 1 xsd:nonNegativeInteger');
  // Not a sentence of the model but what its numbers mean: a page cannot hold annotations past the collection's total.
  const total = collectionTotal ?? (isObj(node.partOf) && isNonNegativeInteger(node.partOf.total) ? (node.partOf.total as number) : undefined);
  if (total !== undefined && Array.isArray(items) && isNonNegativeInteger(node.startIndex) && (node.startIndex as number) + items.length > total) {
    p.add(path, `startIndex ${node.startIndex} plus ${items.length} items is past the collection's total ${total}`);
  }
}

function checkCollection(node: Obj, path: string, p: Problems, options: MustOptions) {
  checkContext(node, path, p);
  checkId(node, path, p, 'an AnnotationCollection');
  checkType(node, path, p, 'AnnotationCollection');
  if (node.total !== undefined && !isNonNegativeInteger(node.total)) p.add(`${path}.total`, 'MUST be an xsd:nonNegativeInteger');
  const total = isNonNegativeInteger(node.total) ? (node.total as number) : undefined;
  if (total !== undefined && total > 0 && node.first === undefined) p.add(`${path}.first`, 'a Collection with Annotations MUST link to or embed its first AnnotationPage');
  // Every page holds 1 or more Annotations, so an empty collection has no page to point at.
  if (total === 0) {
    for (const key of ['first', 'last']) if (node[key] !== undefined) p.add(`${path}.${key}`, 'an empty Collection has no pages (each page MUST have 1 or more Annotations)');
  }
  for (const key of ['first', 'last']) {
    if (node[key] === undefined) continue;
    if (Array.isArray(node[key])) p.add(`${path}.${key}`, `MUST NOT have more than 1 ${key} page`);
    else checkPage(node[key], `${path}.${key}`, p, options, true, total);
  }
}

/** Every MUST checked here that `json` (an Annotation, AnnotationCollection or AnnotationPage) breaks. */
export function webAnnotationProblems(json: Json, options: MustOptions = {}): string[] {
  const p = new Problems();
  if (!isObj(json)) {
    p.add('$', 'MUST be a JSON object');
    return p.list;
  }
  const types = typesOf(json);
  if (types.includes('AnnotationCollection')) checkCollection(json, '$', p, options);
  else if (types.includes('AnnotationPage')) checkPage(json, '$', p, options, false);
  else checkAnnotation(json, '$', p, options, false);
  return p.list;
}

/** Fails the test with every problem listed. */
export function expectWebAnnotationMusts(json: Json, options: MustOptions = {}): void {
  expect(webAnnotationProblems(json, options)).toEqual([]);
}
