/**
 * A publication date as stored: "yyyy-mm-dd" naming a day that exists (no 31 April, no
 * 29 February 2023) in a plausible year, 1900–2100. Whatever a sidecar, a page or an inference
 * says, only such a date is kept.
 */

export function realIsoDate(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
