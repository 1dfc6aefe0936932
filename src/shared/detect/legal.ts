import { needsSpaceCollapse } from './chars';

const LEGAL_TAIL = /^(?:inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|sarl|bv|nv|plc|corp|corporation|co|company|pty|srl|spa|se)$/i;

/** Drops a trailing legal form ("Acme Robotics, Inc." → "Acme Robotics"). */
export function stripLegal(name: string): string {
  return stripLegalFast(name) ?? stripLegalSlow(name);
}

function stripLegalSlow(name: string): string {
  const words = name.replace(/[,.]+$/, '').split(/\s+/);
  while (words.length > 1 && LEGAL_TAIL.test((words[words.length - 1] ?? '').replace(/[.,]/g, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}

/**
 * stripLegalSlow() for names whose only white space is single plain spaces (almost all): there
 * split(/\s+/) is split(' ') and join(' ') gives back the same text, so the words are dropped
 * from the end in place. Undefined for other names.
 */
function stripLegalFast(name: string): string | undefined {
  let end = name.length;
  while (end > 0 && (name.charCodeAt(end - 1) === 44 /* , */ || name.charCodeAt(end - 1) === 46 /* . */)) end--;
  if (needsSpaceCollapse(name, end)) return undefined;
  let stop = end;
  // While more than one word is left, drop the last one if it is a legal form.
  while (stop > 0) {
    const sp = name.lastIndexOf(' ', stop - 1);
    if (sp === -1) break;
    const last = name.slice(sp + 1, stop);
    if (!LEGAL_TAIL.test(last.indexOf('.') === -1 && last.indexOf(',') === -1 ? last : last.replace(/[.,]/g, ''))) break;
    stop = sp;
  }
  if (stop > 0 && name.charCodeAt(stop - 1) === 44) stop--;
  return stop === name.length ? name : name.slice(0, stop);
}

