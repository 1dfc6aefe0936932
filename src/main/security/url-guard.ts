/**
 * The only URLs Tactful hands to the operating system: https links to real hosts, and
 * mailto: drafts. Everything else (file:, javascript:, custom protocols, credentials in the
 * URL, http) is refused, because opening it could run or leak something.
 */
export function isSafeExternalUrl(raw: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (typeof raw !== 'string' || raw.length > 4096 || /[\u0000-\u001f\u007f\s]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return /^mailto:[^/\\]*$/i.test(raw);
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  if (!url.hostname || !url.hostname.includes('.') || url.hostname.endsWith('.')) return false;
  return true;
}
