/**
 * The renderer's Content Security Policy: scripts and styles only from the app itself, no
 * inline script, nothing framed, no plugins. index.html carries the same policy in a meta tag;
 * a test keeps the two identical.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
