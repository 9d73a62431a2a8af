import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_REFERENCE_LENGTH, normalisePostUrl, postReferenceOf } from './post-url';

/** 300 runs in `npm test`; `npm run fuzz` sets FUZZ_RUNS for a long search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('normalisePostUrl: one string per post, whatever link form it came in', () => {
  it.each([
    ['scheme and host in capitals', 'HTTPS://News.Example.CO.JP/articles/2026/1120', 'https://news.example.co.jp/articles/2026/1120'],
    ['a trailing slash', 'https://news.example.co.jp/articles/2026/1120/', 'https://news.example.co.jp/articles/2026/1120'],
    ['the root with its slash', 'https://example.com/', 'https://example.com'],
    ['utm_* and click ids', 'https://blog.example.jp/entry/42?utm_source=x&utm_Medium=social&fbclid=AbC&gclid=1', 'https://blog.example.jp/entry/42'],
    ['a fragment, credentials and a default port', 'https://user:pw@blog.example.jp:443/entry/42#comments', 'https://blog.example.jp/entry/42'],
    ['parameters in another order', 'https://bbs.example.jp/read?thread=9&page=2', 'https://bbs.example.jp/read?page=2&thread=9'],
    ['a host with a trailing dot', 'https://example.com./a', 'https://example.com/a'],
    ['Japanese characters in the path, typed or escaped', 'https://ameblo.jp/minato/entry-謝罪.html', 'https://ameblo.jp/minato/entry-%E8%AC%9D%E7%BD%AA.html'],
    ['lower-case escapes', 'https://ameblo.jp/minato/entry-%e8%ac%9d%e7%bd%aa.html', 'https://ameblo.jp/minato/entry-%E8%AC%9D%E7%BD%AA.html'],
    ['an escaped unreserved character', 'https://example.com/%7Euser/a%2Db', 'https://example.com/~user/a-b'],
    ['an X post under twitter.com, with share parameters', 'http://mobile.twitter.com/Minato_Seiki/status/1859000000000000001?s=20&t=AbCd', 'https://x.com/i/status/1859000000000000001'],
    ['an X post under a renamed account, with its photo', 'https://x.com/someone_else/status/1859000000000000001/photo/1', 'https://x.com/i/status/1859000000000000001'],
    ['a YouTube short link', 'https://youtu.be/dQw4w9WgXcQ?si=share123&t=42', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a YouTube mobile link with a playlist', 'https://m.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1&index=3', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['an Instagram post with its share id', 'https://instagram.com/p/C0abcDEF/?igsh=MWQ1ZGUx&img_index=2', 'https://www.instagram.com/p/C0abcDEF'],
    ['a TikTok video shared from the app', 'https://m.tiktok.com/@minato/video/7300000000000000000?is_from_webapp=1&sender_device=pc', 'https://www.tiktok.com/@minato/video/7300000000000000000'],
  ])('%s', (_what, raw, expected) => {
    expect(normalisePostUrl(raw)).toBe(expected);
  });

  it('keeps what tells posts apart: path case, other parameters, ports, and http on sites that are not the platforms', () => {
    expect(normalisePostUrl('https://example.com/Post/1')).not.toBe(normalisePostUrl('https://example.com/post/1'));
    expect(normalisePostUrl('https://bbs.example.jp/read?thread=9')).not.toBe(normalisePostUrl('https://bbs.example.jp/read?thread=10'));
    expect(normalisePostUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
    expect(normalisePostUrl('http://example.com/a')).toBe('http://example.com/a');
    // The 5ch post number is in the path.
    expect(normalisePostUrl('https://egg.5ch.net/test/read.cgi/news/1732000000/123')).not.toBe(normalisePostUrl('https://egg.5ch.net/test/read.cgi/news/1732000000/124'));
  });

  it.each(['ftp://example.com/a', 'mailto:pr@example.com', 'not a url', 'https://', 'http://exa mple.com/', 'file:///etc/passwd'])('is null for %s', (raw) => {
    expect(normalisePostUrl(raw)).toBeNull();
  });
});

const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
/** Hosts of ordinary sites (the platforms, whose own rules are tested above, aside). */
const PLATFORM_HOST = /^(?:(?:www|m|mobile)\.)?(?:x|twitter|instagram|youtube|tiktok|facebook)\.com$|^youtu\.be$/;
const hostArb = fc
  .tuple(fc.array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { minLength: 1, maxLength: 3 }), fc.constantFrom('jp', 'com', 'co.jp', 'net'))
  .map(([labels, tld]) => `${labels.join('.')}.${tld}`)
  .filter((host) => !PLATFORM_HOST.test(host));
const TRACKING_NAME = /^(?:fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid|igsh|spm)$/;
const paramArb = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/).filter((name) => !TRACKING_NAME.test(name)), fc.stringMatching(/^[A-Za-z0-9]{0,8}$/));
const trackingArb = fc.tuple(
  fc.constantFrom('utm_source', 'utm_medium', 'utm_campaign', 'UTM_Content', 'fbclid', 'gclid', 'igshid', 'mc_eid', 'ref_src'),
  fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
);
/** A post on an ordinary site: host, path, and its own parameters (unique names, so their order is all that varies). */
const postArb = fc.record({
  host: hostArb,
  path: fc.array(segment, { minLength: 1, maxLength: 5 }),
  params: fc.uniqueArray(paramArb, { selector: ([name]) => name, maxLength: 4 }),
});
const urlOf = (post: { host: string; path: string[]; params: [string, string][] }, extra: [string, string][] = []) => {
  const query = new URLSearchParams([...post.params, ...extra]).toString();
  return `https://${post.host}/${post.path.join('/')}${query ? `?${query}` : ''}`;
};
/** Links to the platforms' posts, in their many forms. */
const platformUrlArb = fc
  .tuple(
    fc.constantFrom('https://twitter.com/a/status/', 'HTTP://Mobile.X.com/b/status/', 'https://youtu.be/', 'https://m.youtube.com/watch?v=', 'https://instagram.com/p/', 'https://m.tiktok.com/@c/video/'),
    fc.stringMatching(/^[A-Za-z0-9]{1,20}$/),
    fc.constantFrom('', '/', '?s=20&t=x', '&si=abc&utm_source=y', '/?igsh=z#top'),
  )
  .map(([prefix, id, suffix]) => `${prefix}${id}${suffix}`);
const mixCase = (text: string, flips: boolean[]) => [...text].map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c)).join('');

describe('normalisePostUrl, properties', () => {
  it('is idempotent on any URL it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), postArb.map((p) => urlOf(p)), platformUrlArb), (raw) => {
        const once = normalisePostUrl(raw);
        if (once !== null) assert.equal(normalisePostUrl(once), once);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same string for the same post linked with tracking parameters, another case of scheme and host, a trailing slash, a fragment, parameters reordered', () => {
    fc.assert(
      fc.property(postArb, fc.array(trackingArb, { maxLength: 4 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.nat(), (post, tracking, flips, slash, seed) => {
        const plain = normalisePostUrl(urlOf(post));
        const all = [...post.params, ...tracking];
        const shuffled = [...all.slice(seed % (all.length || 1)), ...all.slice(0, seed % (all.length || 1))];
        const query = new URLSearchParams(shuffled).toString();
        const variant = `${mixCase('https', flips)}://${mixCase(post.host, flips)}/${post.path.join('/')}${slash ? '/' : ''}${query ? `?${query}` : ''}#frag`;
        assert.equal(normalisePostUrl(variant), plain);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps different posts apart: another path or another parameter value is another post', () => {
    fc.assert(
      fc.property(postArb, postArb, (a, b) => {
        const sameIdentity = a.host === b.host && a.path.join('/') === b.path.join('/') &&
          JSON.stringify([...a.params].sort()) === JSON.stringify([...b.params].sort());
        assert.equal(normalisePostUrl(urlOf(a)) === normalisePostUrl(urlOf(b)), sameIdentity);
      }),
      { numRuns: RUNS },
    );
  });

  it('makes references no longer than a deliverable takes, unique per URL, and the URL itself when it fits', () => {
    fc.assert(
      fc.property(postArb, fc.stringMatching(/^[a-z0-9]{0,600}$/), (post, tail) => {
        const normalised = normalisePostUrl(`${urlOf(post)}${post.params.length ? '&' : '?'}q=${tail}`) as string;
        const reference = postReferenceOf(normalised);
        assert.ok(reference.length <= MAX_REFERENCE_LENGTH);
        assert.ok([...reference].every((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f), 'no control characters');
        if (normalised.length <= MAX_REFERENCE_LENGTH) assert.equal(reference, normalised);
        else assert.notEqual(reference, postReferenceOf(`${normalised}x`));
      }),
      { numRuns: RUNS },
    );
  });
});
