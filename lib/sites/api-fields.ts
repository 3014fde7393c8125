import { isHttpUrl } from '../schema/limits';
import { LIMITS } from '../schema/profile';

/** Turning an API's answer into the schema's fields: trimmed, capped, http(s) only, absent rather than empty. */

/** Leaves the key out entirely when there is no value, as the schema's optional fields expect. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** Cuts without a mark: API fields are capped to the schema's limits, not shown cut. */
export function clip(value: string, max: number): string {
  return value.length <= max ? value : value.slice(0, max);
}

export function text(value: string | null | undefined, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? clip(trimmed, max) : undefined;
}

export function httpUrl(value: string | null | undefined): string | undefined {
  return value && value.length <= LIMITS.url && isHttpUrl(value) ? value : undefined;
}

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:(?!\d)/i; // "host:8080" is a port, not a scheme

/** "www.example.com" → "https://www.example.com"; other schemes (javascript:, ftp:) are dropped. */
export function websiteUrl(blog: string | null | undefined): string | undefined {
  const value = blog?.trim();
  if (!value) return undefined;
  if (HAS_SCHEME.test(value)) return httpUrl(value);
  const withScheme = `https://${value}`;
  const url = httpUrl(withScheme);
  return url && new URL(url).hostname.includes('.') ? url : undefined;
}
