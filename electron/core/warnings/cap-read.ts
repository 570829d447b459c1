import { CAP_CATEGORIES, CAP_CERTAINTIES, CAP_SEVERITIES, CAP_URGENCIES } from '../../../shared/messages/domain.js';
import type { CapAlert, WarningArea, WarningInfo } from '../../../shared/warnings/domain.js';
import { checkSequence, childText, childrenNamed, many, one, optional } from '../xml/sequence.js';
import { parseXml, XmlError, type XmlElement } from '../xml/tree.js';

export const CAP_NS = 'urn:oasis:names:tc:emergency:cap:1.2';

/** Why a file is not a CAP alert at all: nothing of it is imported. */
export class NotCapError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

// The sequences of CAP-v1.2.xsd (OASIS CAP 1.2), element by element.
const ALERT = [
  one('identifier'), one('sender'), one('sent'), one('status'), one('msgType'), optional('source'), one('scope'),
  optional('restriction'), optional('addresses'), many('code'), optional('note'), optional('references'),
  optional('incidents'), many('info'),
];
const INFO = [
  optional('language'), many('category', 1), one('event'), many('responseType'), one('urgency'), one('severity'),
  one('certainty'), optional('audience'), many('eventCode'), optional('effective'), optional('onset'), optional('expires'),
  optional('senderName'), optional('headline'), optional('description'), optional('instruction'), optional('web'),
  optional('contact'), many('parameter'), many('resource'), many('area'),
];
const PAIR = [one('valueName'), one('value')];
const RESOURCE = [one('resourceDesc'), one('mimeType'), optional('size'), optional('uri'), optional('derefUri'), optional('digest')];
const AREA = [one('areaDesc'), many('polygon'), many('circle'), many('geocode'), optional('altitude'), optional('ceiling')];

const ENUMS: Record<string, readonly string[]> = {
  status: ['Actual', 'Exercise', 'System', 'Test', 'Draft'],
  msgType: ['Alert', 'Update', 'Cancel', 'Ack', 'Error'],
  scope: ['Public', 'Restricted', 'Private'],
  category: CAP_CATEGORIES,
  responseType: ['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None'],
  urgency: CAP_URGENCIES,
  severity: CAP_SEVERITIES,
  certainty: CAP_CERTAINTIES,
};
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/;
const TIMES = new Set(['sent', 'effective', 'onset', 'expires']);
const NO_SPACE_COMMA = /^[^\s,<&]+$/;

/** Schema rules for leaf values: enumerations and CAP's dateTime form. */
function checkValues(el: XmlElement, problems: string[]): void {
  for (const child of el.children) {
    if (child.ns !== CAP_NS) continue;
    const value = child.text.trim();
    const allowed = ENUMS[child.name];
    if (allowed && !allowed.includes(value)) problems.push(`line ${child.line}: <${child.name}> "${value.slice(0, 40)}" is not one of ${allowed.join(', ')}`);
    if (TIMES.has(child.name) && !DATE_TIME.test(value)) problems.push(`line ${child.line}: <${child.name}> "${value.slice(0, 40)}" is not a CAP date and time`);
  }
}

function parsePoint(s: string): [number, number] | null {
  const [lat, lon, ...rest] = s.split(',').map((p) => Number(p));
  if (rest.length > 0 || lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [lat, lon];
}

function readArea(area: XmlElement, problems: string[]): WarningArea {
  const polygons: [number, number][][] = [];
  for (const p of childrenNamed(area, 'polygon')) {
    const points = p.text.trim().split(/\s+/).map(parsePoint);
    const first = points[0];
    const last = points[points.length - 1];
    if (points.length < 4 || points.some((pt) => pt === null) || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
      problems.push(`line ${p.line}: <polygon> needs at least four "lat,lon" points, the first repeated last`);
      continue;
    }
    polygons.push(points as [number, number][]);
  }
  const circles: WarningArea['circles'] = [];
  for (const c of childrenNamed(area, 'circle')) {
    const [centre, radius, ...rest] = c.text.trim().split(/\s+/);
    const point = centre ? parsePoint(centre) : null;
    const km = Number(radius);
    if (!point || rest.length > 0 || !Number.isFinite(km) || km < 0) {
      problems.push(`line ${c.line}: <circle> must be "lat,lon radius"`);
      continue;
    }
    circles.push({ center: point, radius_km: km });
  }
  const geocodes = childrenNamed(area, 'geocode').map((g) => ({ name: childText(g, 'valueName') ?? '', value: childText(g, 'value') ?? '' }));
  return { description: childText(area, 'areaDesc') ?? '', polygons, circles, geocodes };
}

function readInfo(info: XmlElement, problems: string[]): WarningInfo {
  problems.push(...checkSequence(info, CAP_NS, INFO));
  checkValues(info, problems);
  for (const pair of [...childrenNamed(info, 'eventCode'), ...childrenNamed(info, 'parameter')]) problems.push(...checkSequence(pair, CAP_NS, PAIR));
  for (const r of childrenNamed(info, 'resource')) problems.push(...checkSequence(r, CAP_NS, RESOURCE));
  const areas = childrenNamed(info, 'area').map((a) => {
    problems.push(...checkSequence(a, CAP_NS, AREA));
    for (const g of childrenNamed(a, 'geocode')) problems.push(...checkSequence(g, CAP_NS, PAIR));
    return readArea(a, problems);
  });
  return {
    language: childText(info, 'language') ?? 'en-US',
    categories: childrenNamed(info, 'category').map((c) => c.text.trim()),
    event: childText(info, 'event') ?? '',
    urgency: childText(info, 'urgency') ?? '',
    severity: childText(info, 'severity') ?? '',
    certainty: childText(info, 'certainty') ?? '',
    headline: childText(info, 'headline'),
    description: childText(info, 'description'),
    instruction: childText(info, 'instruction'),
    sender_name: childText(info, 'senderName'),
    onset: childText(info, 'onset'),
    expires: childText(info, 'expires'),
    web: childText(info, 'web'),
    areas,
  };
}

/** "sender,identifier,sent sender,identifier,sent …" (CAP §3.2.1 references). */
function readReferences(text: string | null, problems: string[]): CapAlert['references'] {
  if (!text) return [];
  return text.split(/\s+/).flatMap((triple) => {
    const [sender, identifier, sent, ...rest] = triple.split(',');
    if (!sender || !identifier || !sent || rest.length > 0) {
      problems.push(`<references> "${triple.slice(0, 60)}" is not sender,identifier,sent`);
      return [];
    }
    return [{ sender, identifier, sent }];
  });
}

/**
 * Reads a CAP 1.2 alert. A file that is not XML, not a CAP 1.2 <alert>, or lacks the identifier,
 * sender or sent that tell it apart throws NotCapError (nothing is imported). Anything else the
 * schema would refuse (order, extra elements, values) is listed in `problems` with `valid: false`:
 * the staff still see what the file says, marked as not valid CAP, and its references are not
 * applied (see warnings/projection.ts).
 */
export function readCap(xml: string): CapAlert {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlError) throw new NotCapError(`not well-formed XML: ${e.message}`, e.line);
    throw e;
  }
  if (root.name !== 'alert' || root.ns !== CAP_NS) throw new NotCapError(`the root element is <${root.name}>, not a CAP 1.2 <alert> (${CAP_NS})`, root.line);
  const problems = checkSequence(root, CAP_NS, ALERT, true);
  checkValues(root, problems);
  const identifier = childText(root, 'identifier');
  const sender = childText(root, 'sender');
  const sent = childText(root, 'sent');
  if (!identifier || !sender || !sent) throw new NotCapError('the alert lacks an identifier, sender or sent time', root.line);
  for (const [name, value] of [['identifier', identifier], ['sender', sender]] as const) {
    if (!NO_SPACE_COMMA.test(value)) problems.push(`<${name}> must not contain spaces, commas, < or &`);
  }
  const references = readReferences(childText(root, 'references'), problems);
  const infos = childrenNamed(root, 'info').map((i) => readInfo(i, problems));
  return {
    identifier,
    sender,
    sent,
    status: childText(root, 'status') ?? '',
    msg_type: childText(root, 'msgType') ?? '',
    scope: childText(root, 'scope') ?? '',
    references,
    infos,
    valid: problems.length === 0,
    problems: problems.slice(0, 50),
  };
}
