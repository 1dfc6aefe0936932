import { describe, expect, it } from 'vitest';
import { IcsFetchError } from './errors';
import { fetchIcsUrl } from './fetch';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

function fakeFetch(body: string | Uint8Array[], init: ResponseInit = {}, seen: string[] = []): typeof fetch {
  return (async (input: string | URL | Request) => {
    seen.push(String(input));
    const stream = typeof body === 'string' ? body : new ReadableStream<Uint8Array>({ start(c) { for (const b of body) c.enqueue(b); c.close(); } });
    return new Response(stream, { status: 200, ...init });
  }) as typeof fetch;
}

describe('fetchIcsUrl', () => {
  it('fetches https and turns webcal into https', async () => {
    const seen: string[] = [];
    expect(await fetchIcsUrl('webcal://example.com/cal.ics?token=secret', { fetchImpl: fakeFetch(ICS, {}, seen) })).toBe(ICS);
    expect(seen).toEqual(['https://example.com/cal.ics?token=secret']);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/x.ics', 'javascript:alert(1)', 'not a url', 'https://user:pw@example.com/x.ics'])('refuses %s', async (url) => {
    await expect(fetchIcsUrl(url, { fetchImpl: fakeFetch(ICS) })).rejects.toBeInstanceOf(IcsFetchError);
  });

  it('names the host but never the secret path on HTTP errors', async () => {
    const err = await fetchIcsUrl('https://calendar.example.com/private/abc123/basic.ics', { fetchImpl: fakeFetch('nope', { status: 404, statusText: 'Not Found' }) }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(IcsFetchError);
    expect((err as Error).message).toBe('calendar.example.com answered 404 Not Found');
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    await expect(fetchIcsUrl('https://x.test/a.ics', { maxBytes: 10, fetchImpl: fakeFetch(ICS, { headers: { 'content-length': String(ICS.length) } }) })).rejects.toThrow(/limit/);
    const chunks = Array.from({ length: 5 }, () => new Uint8Array(8));
    await expect(fetchIcsUrl('https://x.test/a.ics', { maxBytes: 20, fetchImpl: fakeFetch(chunks) })).rejects.toThrow(/larger than the limit/);
  });

  it('gives up after the timeout', async () => {
    const never = ((_: unknown, init?: RequestInit) => new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
    })) as typeof fetch;
    await expect(fetchIcsUrl('https://slow.test/a.ics', { timeoutMs: 50, fetchImpl: never })).rejects.toThrow('slow.test did not answer within 0 s');
  });

  it('explains a network failure', async () => {
    const failing = (async () => { throw new TypeError('fetch failed'); }) as typeof fetch;
    await expect(fetchIcsUrl('https://down.test/a.ics', { fetchImpl: failing })).rejects.toThrow('could not reach down.test (fetch failed)');
  });
});
