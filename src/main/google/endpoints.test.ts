import { describe, expect, it } from 'vitest';
import { googleEndpoints } from './endpoints';

describe('googleEndpoints', () => {
  it('uses real Google by default', () => {
    const e = googleEndpoints({});
    expect(e.calendarRootUrl).toBe('https://www.googleapis.com/');
    expect(e.oauth.tokenUrl).toBe('https://oauth2.googleapis.com/token');
    expect(e.oauth.authBaseUrl).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(googleEndpoints({ TACTFUL_GOOGLE_API_ROOT: '  ' }).calendarRootUrl).toBe('https://www.googleapis.com/');
  });

  it.each([
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['http://localhost:9', 'http://localhost:9'],
    ['http://[::1]:4000', 'http://[::1]:4000'],
    ['http://127.1.2.3:5', 'http://127.1.2.3:5'],
    ['http://2130706433:80', 'http://127.0.0.1'], // decimal form of 127.0.0.1, normalised by URL
  ])('accepts loopback %s', (value, origin) => {
    const e = googleEndpoints({ TACTFUL_GOOGLE_API_ROOT: value });
    expect(e.calendarRootUrl).toBe(`${origin}/`);
    expect(e.oauth).toEqual({
      authBaseUrl: `${origin}/o/oauth2/v2/auth`,
      tokenUrl: `${origin}/token`,
      revokeUrl: `${origin}/revoke`,
    });
  });

  it.each([
    ['https://127.0.0.1:8080', /http:\/\//],
    ['http://evil.example.com', /only point at this machine/],
    ['http://127.0.0.1.evil.com', /only point at this machine/],
    ['http://localhost.evil.com', /only point at this machine/],
    ['http://10.0.0.1', /only point at this machine/],
    ['http://0.0.0.0:80', /only point at this machine/],
    ['http://[::ffff:8.8.8.8]', /only point at this machine/],
    ['http://user:pw@127.0.0.1:80', /user name or password/],
    ['http://127.0.0.1:80/calendar/v3', /origin only/],
    ['http://127.0.0.1:80/?x=1', /origin only/],
    ['file:///etc/passwd', /http:\/\//],
    ['javascript:alert(1)', /http:\/\//],
    ['not a url', /must be a URL/],
    ['//127.0.0.1', /must be a URL/],
  ])('rejects hostile %s', (value, message) => {
    expect(() => googleEndpoints({ TACTFUL_GOOGLE_API_ROOT: value })).toThrow(message);
  });
});
