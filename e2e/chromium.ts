/** Debian's Chromium, with the flags this closed network needs (no background fetches). */
export const CHROMIUM_PATH = process.env.TACTFUL_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
