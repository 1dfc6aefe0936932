/**
 * Builds the component tree (VCALENDAR > VEVENT > VALARM…) from content lines,
 * checking BEGIN/END balance so a truncated or spliced file is refused with
 * the line where it goes wrong.
 */
import { ContentLineError, parseContentLine, unfoldLines, type ContentLine } from './contentline';

export interface Component {
  name: string;
  /** Line of the BEGIN. */
  line: number;
  /** Line of the END. */
  endLine: number;
  props: ContentLine[];
  children: Component[];
}

/** Parse text into top-level components (normally one VCALENDAR); throws ContentLineError. */
export function parseTree(text: string): Component[] {
  const lines = unfoldLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const roots: Component[] = [];
  const stack: Component[] = [];
  if (lines.length === 0) throw new ContentLineError(1, 'the file is empty');
  for (const { text: raw, line } of lines) {
    const cl = parseContentLine(raw, line);
    if (cl.name === 'BEGIN') {
      const name = cl.value.trim().toUpperCase();
      if (!/^[A-Z0-9-]+$/.test(name)) throw new ContentLineError(line, `BEGIN has a bad component name "${cl.value.slice(0, 40)}"`);
      if (stack.length === 0 && name !== 'VCALENDAR') {
        throw new ContentLineError(line, `expected BEGIN:VCALENDAR but found BEGIN:${name}`);
      }
      const comp: Component = { name, line, endLine: line, props: [], children: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(comp);
      else roots.push(comp);
      stack.push(comp);
      if (stack.length > 8) throw new ContentLineError(line, 'components are nested too deeply');
    } else if (cl.name === 'END') {
      const name = cl.value.trim().toUpperCase();
      const open = stack.pop();
      if (!open) throw new ContentLineError(line, `END:${name} without a matching BEGIN`);
      if (open.name !== name) {
        throw new ContentLineError(line, `END:${name} does not close BEGIN:${open.name} opened on line ${open.line}`);
      }
      open.endLine = line;
    } else {
      const cur = stack[stack.length - 1];
      if (!cur) {
        if (roots.length === 0) throw new ContentLineError(line, `expected BEGIN:VCALENDAR but found ${cl.name}`);
        throw new ContentLineError(line, `${cl.name} after END:VCALENDAR`);
      }
      cur.props.push(cl);
    }
  }
  const open = stack[stack.length - 1];
  if (open) {
    const last = lines[lines.length - 1]!.line;
    throw new ContentLineError(last, `BEGIN:${open.name} on line ${open.line} is never closed (the file looks truncated)`);
  }
  return roots;
}

/** First property with this name, if any. */
export function prop(c: Component, name: string): ContentLine | undefined {
  return c.props.find((p) => p.name === name);
}

/** All properties with this name. */
export function props(c: Component, name: string): ContentLine[] {
  return c.props.filter((p) => p.name === name);
}
