/**
 * Self-check of the project's own .ics output against the RFC 5545 rules that
 * calendar apps are strict about. Returns problems; an empty list means clean.
 */
import { ContentLineError, parseContentLine, unfoldLines, type ContentLine } from './contentline';

const MAX_OCTETS = 75;

/** List the RFC 5545 problems in an .ics text (line endings, folding, DTSTAMP, TZIDs, VALARMs, nesting). */
export function lintIcs(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  const physical = text.split('\r\n');
  if (physical[physical.length - 1] === '') physical.pop();
  physical.forEach((line, i) => {
    const n = i + 1;
    if (/[\r\n]/.test(line)) problems.push(`line ${n}: bare CR or LF (lines must end with CRLF)`);
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > MAX_OCTETS) problems.push(`line ${n}: ${octets} octets, more than ${MAX_OCTETS}`);
    const last = line.charCodeAt(line.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) problems.push(`line ${n}: folded inside a character`);
    if (line === '') problems.push(`line ${n}: empty line`);
  });

  const stack: { name: string; line: number; props: ContentLine[] }[] = [];
  const tzidsUsed = new Map<string, number>();
  const tzidsDefined = new Set<string>();
  let sawCalendar = false;
  for (const { text: raw, line } of unfoldLines(text)) {
    let cl: ContentLine;
    try {
      cl = parseContentLine(raw, line);
    } catch (e) {
      problems.push(e instanceof ContentLineError ? e.message : `line ${line}: unreadable`);
      continue;
    }
    if (cl.name === 'BEGIN') {
      if (cl.value === 'VCALENDAR') sawCalendar = true;
      stack.push({ name: cl.value, line, props: [] });
      continue;
    }
    if (cl.name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== cl.value) {
        problems.push(`line ${line}: END:${cl.value} does not match ${open ? `BEGIN:${open.name} (line ${open.line})` : 'any BEGIN'}`);
        continue;
      }
      problems.push(...checkComponent(open.name, open.line, open.props));
      if (open.name === 'VTIMEZONE') {
        const id = open.props.find((p) => p.name === 'TZID')?.value;
        if (id) tzidsDefined.add(id);
      }
      continue;
    }
    const cur = stack[stack.length - 1];
    if (!cur) {
      problems.push(`line ${line}: ${cl.name} outside any component`);
      continue;
    }
    cur.props.push(cl);
    const tzid = cl.params.TZID;
    if (tzid && !tzidsUsed.has(tzid)) tzidsUsed.set(tzid, line);
  }
  for (const open of stack) problems.push(`line ${open.line}: BEGIN:${open.name} is never closed`);
  if (!sawCalendar) problems.push('no VCALENDAR');
  for (const [tzid, line] of tzidsUsed) {
    if (!tzidsDefined.has(tzid)) problems.push(`line ${line}: TZID=${tzid} has no VTIMEZONE`);
  }
  return problems;
}

function checkComponent(name: string, line: number, props: ContentLine[]): string[] {
  const out: string[] = [];
  const get = (n: string): ContentLine | undefined => props.find((p) => p.name === n);
  const need = (n: string): void => {
    if (!get(n)?.value) out.push(`line ${line}: ${name} has no ${n}`);
  };
  if (name === 'VCALENDAR') {
    need('PRODID');
    if (get('VERSION')?.value !== '2.0') out.push(`line ${line}: VCALENDAR must have VERSION:2.0`);
  } else if (name === 'VEVENT') {
    need('UID');
    need('DTSTART');
    const stamp = get('DTSTAMP');
    if (!stamp) out.push(`line ${line}: VEVENT has no DTSTAMP`);
    else if (!/^\d{8}T\d{6}Z$/.test(stamp.value)) out.push(`line ${stamp.line}: DTSTAMP ${stamp.value} is not in UTC`);
  } else if (name === 'VALARM') {
    need('ACTION');
    need('TRIGGER');
    const action = get('ACTION')?.value.toUpperCase();
    if (action === 'DISPLAY' || action === 'EMAIL') need('DESCRIPTION');
    const trigger = get('TRIGGER');
    if (trigger && !/^[+-]?P/.test(trigger.value) && !/^\d{8}T\d{6}Z$/.test(trigger.value)) {
      out.push(`line ${trigger.line}: TRIGGER ${trigger.value} is neither a duration nor a UTC date-time`);
    }
  }
  return out;
}
