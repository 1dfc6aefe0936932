/**
 * Finds video-call links in an .ics event: Outlook's X-MICROSOFT-* properties
 * and the Teams / Zoom / Meet / Webex links people paste into descriptions,
 * so an imported interview carries its join link like a Google event does.
 */

export interface ConferenceFound {
  entryPoints: { entryPointType: string; uri: string; label?: string }[];
  name?: string;
  hangoutLink?: string;
}

const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'Microsoft Teams Meeting', re: /https:\/\/teams\.(?:microsoft|live)\.com\/(?:l\/meetup-join|meet)\/[^\s<>"')\]]+/gi },
  { name: 'Zoom Meeting', re: /https:\/\/(?:[a-z0-9-]+\.)?zoom\.us\/(?:j|my|w)\/[^\s<>"')\]]+/gi },
  { name: 'Google Meet', re: /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/gi },
  { name: 'Webex', re: /https:\/\/[a-z0-9-]+\.webex\.com\/(?:meet|join|[a-z0-9-]+\/j\.php)[^\s<>"')\]]*/gi },
];

/** Collect conference links from explicit properties first, then from free text. */
export function findConference(explicit: (string | undefined)[], texts: string[]): ConferenceFound {
  const seen = new Set<string>();
  const found: ConferenceFound = { entryPoints: [] };
  const add = (uri: string, name: string | undefined): void => {
    const clean = uri.replace(/[.,;>]+$/, '');
    if (seen.has(clean)) return;
    seen.add(clean);
    found.entryPoints.push(name ? { entryPointType: 'video', uri: clean, label: name } : { entryPointType: 'video', uri: clean });
    if (!found.name && name) found.name = name;
    if (!found.hangoutLink && name === 'Google Meet') found.hangoutLink = clean;
  };
  for (const uri of explicit) {
    if (!uri || !/^https:\/\//i.test(uri.trim())) continue;
    add(uri.trim(), nameOf(uri.trim()));
  }
  for (const text of texts) {
    if (!text) continue;
    for (const { name, re } of PATTERNS) {
      for (const m of text.matchAll(re)) add(m[0], name);
    }
  }
  return found;
}

/** Whether a URL is a video-call join link (so URL: isn't mistaken for an event page). */
export function isConferenceUrl(uri: string): boolean {
  return nameOf(uri) !== undefined;
}

function nameOf(uri: string): string | undefined {
  for (const { name, re } of PATTERNS) {
    re.lastIndex = 0;
    const hit = re.test(uri);
    re.lastIndex = 0;
    if (hit) return name;
  }
  return undefined;
}
