/**
 * Downloads a calendar subscription (.ics URL). Private feed URLs carry a
 * secret token, so errors name only the host, never the full address.
 */
import { IcsFetchError } from './errors';

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;

/** Fetch an .ics feed over http(s) (webcal:// means https://) within size and time limits. */
export async function fetchIcsUrl(url: string, opts: { maxBytes?: number; timeoutMs?: number; fetchImpl?: typeof fetch } = {}): Promise<string> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = opts.fetchImpl ?? fetch;
  const target = normaliseUrl(url);
  const host = target.host;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await doFetch(target.href, {
        signal: controller.signal,
        redirect: 'follow',
        headers: { accept: 'text/calendar, text/plain;q=0.8, */*;q=0.1' },
      });
    } catch (e) {
      if (controller.signal.aborted) throw new IcsFetchError(`${host} did not answer within ${Math.round(timeoutMs / 1000)} s`);
      throw new IcsFetchError(`could not reach ${host} (${e instanceof Error ? e.message : String(e)})`, { cause: e });
    }
    if (!res.ok) throw new IcsFetchError(`${host} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      throw new IcsFetchError(`the calendar at ${host} is ${mb(declared)}; the limit is ${mb(maxBytes)}`);
    }
    return await readLimited(res, maxBytes, host, controller, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(res: Response, maxBytes: number, host: string, controller: AbortController, timeoutMs: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw new IcsFetchError(`the calendar at ${host} is larger than the limit of ${mb(maxBytes)}`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof IcsFetchError) throw e;
    if (controller.signal.aborted) throw new IcsFetchError(`${host} did not finish sending within ${Math.round(timeoutMs / 1000)} s`);
    throw new IcsFetchError(`the download from ${host} broke off (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  } finally {
    reader.releaseLock();
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** Accept http, https and webcal(s); refuse everything else (file:, data:, javascript:…). */
export function normaliseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim().replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    throw new IcsFetchError('that is not a web address');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new IcsFetchError(`only http, https and webcal addresses can be subscribed to, not ${parsed.protocol.replace(':', '')}`);
  }
  if (parsed.username || parsed.password) throw new IcsFetchError('addresses with a user name or password in them are refused');
  return parsed;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
