// How the console writes money and time: integer yen as ¥1,234,567; every instant in Japan time (JST).
const yenFormat = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });
const dateTimeFormat = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const dateFormat = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Integer yen only (the hub never holds fractions of a yen); anything else is shown as it is, not rounded. */
export const yen = (amount: number | null | undefined): string => (amount === null || amount === undefined ? '—' : Number.isSafeInteger(amount) ? yenFormat.format(amount) : String(amount));

export const jst = (iso: string | null | undefined): string => (iso ? `${dateTimeFormat.format(new Date(iso))} JST` : '—');
export const jstDate = (iso: string | null | undefined): string => (iso ? dateFormat.format(new Date(iso)) : '—');

/** A span of time in Japanese units: 2日 3時間, 45分. */
export function duration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days}日 ${hours}時間`;
  if (hours > 0) return `${hours}時間 ${mins}分`;
  return `${mins}分`;
}

/** A business day (YYYY-MM-DD, a day in Japan) as the console writes dates: 2025/04/01. */
export const businessDay = (day: string | null | undefined): string => (day ? day.replaceAll('-', '/') : '—');

/** Today in Japan, as YYYY-MM-DD (the reconciler's business days are Japan's). */
export const japanToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
