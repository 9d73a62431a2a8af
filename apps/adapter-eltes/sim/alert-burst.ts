import type { EltesAlertBatchV1 } from '@hub/contracts';

type Alert = EltesAlertBatchV1['alerts'][number];
type Platform = Alert['platform'];
type RiskLevel = Alert['riskLevel'];

/** One post Eltes's crawler found: the address it was first seen at, and how risky the analysts judged it. */
export interface Post {
  index: number;
  platform: Platform;
  /** The post's plain address (no tracking, as the platform prints it). */
  url: string;
  riskLevel: RiskLevel;
  /** When its first alert was detected, and the analysts' topic tags on it. */
  detectedAt: string;
  topics: string[];
}

export interface BurstOptions {
  requestId: string;
  /** Alerts in all. */
  total: number;
  /** Alerts per request to the hub (Eltes sends up to 1,000). */
  batchSize: number;
  /** Share of alerts that are a post seen again (0.3: 30%). */
  repeatShare: number;
  /** Share of posts the analysts judge 緊急. */
  urgentShare: number;
  /** Makes the burst the same every time for the same seed. */
  seed: number;
  /** When the first alert was detected; later ones follow a few seconds apart. */
  startAt: Date;
  /** Eltes's running numbers: the first alert number and batch number to use. */
  firstAlertNo?: number;
  firstBatchNo?: number;
  /** The first post's number: a later burst on the same request is about other posts. */
  firstPostIndex?: number;
}

export interface Burst {
  batches: EltesAlertBatchV1[];
  /** Every distinct post, in the order first alerted. */
  posts: Post[];
  /** Per batch: alerts that repeat a post first seen in the same batch, and in an earlier one. */
  repeatsWithinBatch: number;
  repeatsAcrossBatches: number;
  /** Repeats sent under another link form of the post (tracking parameters, host alias, case, trailing slash). */
  repeatsInAnotherForm: number;
}

/** mulberry32: a small seeded generator, so a test can ask for the same burst again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS: readonly [Platform, number][] = [
  ['X', 0.55], ['5CH', 0.12], ['NEWS_SITE', 0.08], ['BLOG', 0.08], ['YOUTUBE', 0.06], ['INSTAGRAM', 0.05], ['TIKTOK', 0.04], ['REVIEW_SITE', 0.02],
];

const REACH_BASIS: Record<Platform, Alert['reachBasis']> = {
  X: 'FOLLOWERS', INSTAGRAM: 'FOLLOWERS', FACEBOOK: 'FOLLOWERS', TIKTOK: 'VIEWS', YOUTUBE: 'VIEWS', '5CH': 'IMPRESSIONS',
  NEWS_SITE: 'MONTHLY_PV', BLOG: 'MONTHLY_PV', BBS: 'IMPRESSIONS', REVIEW_SITE: 'MONTHLY_PV', OTHER: 'IMPRESSIONS',
};

/** What people post during a breach, as Eltes quotes it: long enough to fill the 280 characters now and then. */
const VOICES = [
  'みなと精機から個人情報漏えいのお知らせメールが届いた。いつ漏れたのか、何が漏れたのかがはっきり書いていない。問い合わせ窓口に電話したが30分つながらなかった。',
  'みなと精機の不正アクセスの件、公式発表が遅すぎる。発覚から発表まで何日かかったのか説明してほしい。',
  '受注管理サーバーが不正アクセスって、取引先の情報も含まれてるの？うちの会社も取引あるんだけど。',
  'みなと精機を名乗る「お詫びとご返金のご案内」というメールが来た。これフィッシングでは？リンクは押さないほうがいい。',
  'ニュースで見た。1万2千件って結構な数。クレジットカード情報は含まれていないらしいけど本当かな。',
  'みなと精機の謝罪文、定型文すぎて誠意が感じられない。社長の会見はないの？',
  '部品の納期に影響は出るのかな。取引先としてはそっちが心配。',
  'みなと精機ってどこの会社？精密部品の会社か。',
];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

function platformOf(rnd: () => number): Platform {
  let r = rnd();
  for (const [platform, share] of PLATFORMS) {
    if (r < share) return platform;
    r -= share;
  }
  return 'X';
}

/** The post's plain address; every index gives another post. */
function urlOf(platform: Platform, index: number): string {
  const id = String(1_859_000_000_000_000_000n + BigInt(index));
  switch (platform) {
    case 'X': return `https://x.com/user${index % 997}/status/${id}`;
    case '5CH': return `https://egg.5ch.net/test/read.cgi/bizplus/1732070000/${index + 1}`;
    case 'NEWS_SITE': return `https://news.example.co.jp/articles/2026/11/20/minato-seiki-${index}`;
    case 'BLOG': return `https://ameblo.jp/blogger${index % 331}/entry-${12_800_000_000 + index}.html`;
    case 'YOUTUBE': return `https://www.youtube.com/watch?v=mnt${String(index).padStart(8, '0')}`;
    case 'INSTAGRAM': return `https://www.instagram.com/p/C${String(index).padStart(9, '0')}`;
    case 'TIKTOK': return `https://www.tiktok.com/@user${index % 211}/video/${id}`;
    default: return `https://review.example.jp/companies/minato-seiki/reviews/${index}`;
  }
}

/**
 * The same post as another link reaches it: the platform's share link, a campaign's tracking parameters, the host in
 * capitals, a trailing slash. The hub must see them as one post.
 */
function anotherFormOf(post: Post, rnd: () => number): string {
  const tag = Math.floor(rnd() * 1e9).toString(36);
  switch (post.platform) {
    case 'X': return pick(rnd, [
      `${post.url.replace('https://x.com/', 'https://twitter.com/')}?s=20&t=${tag}`,
      `${post.url.replace('https://x.com/', 'http://mobile.twitter.com/')}`,
      `${post.url.replace('https://x.com/', 'https://X.com/')}/?utm_source=share`,
    ]);
    case 'YOUTUBE': return pick(rnd, [`https://youtu.be/${post.url.split('v=')[1]}?si=${tag}`, `${post.url.replace('www.', 'm.')}&feature=share`]);
    case 'INSTAGRAM': return `${post.url}/?igsh=${tag}`;
    case 'TIKTOK': return `${post.url}?is_from_webapp=1&sender_device=pc`;
    default: return pick(rnd, [
      `${post.url}?utm_source=twitter&utm_medium=social&utm_campaign=${tag}`,
      `${post.url.replace('https://', 'HTTPS://').replace(/^(HTTPS:\/\/)([^/]+)/, (_m, s: string, host: string) => s + host.toUpperCase())}/`,
      `${post.url}?fbclid=IwAR${tag}`,
    ]);
  }
}

const jstDay = (at: Date) => new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');

/**
 * A burst of alerts as Eltes's crawler sends it when an incident breaks: `total` alerts in batches of `batchSize`, of
 * which `repeatShare` are a post seen again — half of them within the same batch, half a post of an earlier batch, half
 * under another link form. Repeats keep the post's risk level (the analysts judged the post, not the link) and grow its
 * reach. Deterministic for a seed.
 */
export function alertBurst(options: BurstOptions): Burst {
  const rnd = random(options.seed);
  const distinct = Math.round(options.total * (1 - options.repeatShare));
  const posts: Post[] = [];
  const batches: EltesAlertBatchV1[] = [];
  let alertNo = options.firstAlertNo ?? 1;
  let batchNo = options.firstBatchNo ?? 1;
  let newLeft = distinct;
  let repeatsWithinBatch = 0;
  let repeatsAcrossBatches = 0;
  let repeatsInAnotherForm = 0;
  for (let start = 0; start < options.total; start += options.batchSize) {
    const size = Math.min(options.batchSize, options.total - start);
    const firstInBatch = posts.length;
    const alerts: Alert[] = [];
    for (let k = start; k < start + size; k++) {
      const left = options.total - k;
      // Exactly `distinct` new posts in all: a new one when the rest must all be new, never when none are left.
      const isNew = posts.length === 0 || newLeft === left || (newLeft > 0 && rnd() < newLeft / left);
      let post: Post;
      let url: string;
      if (isNew) {
        const platform = platformOf(rnd);
        const r = rnd();
        const riskLevel: RiskLevel = r < options.urgentShare ? '緊急' : r < options.urgentShare + 0.2 ? '要注意' : '参考';
        const index = (options.firstPostIndex ?? 0) + posts.length;
        post = { index, platform, url: urlOf(platform, index), riskLevel, detectedAt: '', topics: [] };
        posts.push(post);
        newLeft -= 1;
        url = post.url;
      } else {
        const withinBatch = posts.length > firstInBatch && (firstInBatch === 0 || rnd() < 0.5);
        post = withinBatch ? posts[firstInBatch + Math.floor(rnd() * (posts.length - firstInBatch))] : posts[Math.floor(rnd() * firstInBatch)];
        if (withinBatch) repeatsWithinBatch += 1;
        else repeatsAcrossBatches += 1;
        const otherForm = rnd() < 0.5;
        if (otherForm) repeatsInAnotherForm += 1;
        url = otherForm ? anotherFormOf(post, rnd) : post.url;
      }
      const detectedAt = new Date(options.startAt.getTime() + k * 1_000);
      const topics = post.riskLevel === '参考' ? [] : ['情報漏えい', pick(rnd, ['対応遅れ', 'フィッシング', '謝罪対応', '取引影響'])];
      if (isNew) Object.assign(post, { detectedAt: detectedAt.toISOString(), topics });
      alerts.push({
        alertId: `AL-${jstDay(detectedAt)}-${String(alertNo++).padStart(9, '0')}`,
        platform: post.platform,
        postUrl: url,
        detectedAt: detectedAt.toISOString(),
        excerpt: `${pick(rnd, VOICES)}${post.riskLevel === '緊急' ? '拡散希望。' : ''}`.slice(0, 280),
        reach: Math.floor(rnd() * (post.riskLevel === '緊急' ? 500_000 : 20_000)) + (isNew ? 0 : 1_000),
        reachBasis: REACH_BASIS[post.platform],
        riskLevel: post.riskLevel,
        flareUpPct: post.riskLevel === '緊急' ? 70 + Math.floor(rnd() * 30) : post.riskLevel === '要注意' ? 30 + Math.floor(rnd() * 30) : Math.floor(rnd() * 20),
        topics: isNew ? topics : post.topics,
        ...(post.platform === 'X' ? { accountName: `@${post.url.split('/')[3]}` } : {}),
      });
    }
    const sentAt = new Date(options.startAt.getTime() + (start + size) * 1_000);
    batches.push({ apiVersion: '1', requestId: options.requestId, batchNo: `B${jstDay(sentAt)}-${String(batchNo++).padStart(6, '0')}`, sentAt: sentAt.toISOString(), alerts });
  }
  return { batches, posts, repeatsWithinBatch, repeatsAcrossBatches, repeatsInAnotherForm };
}
