import { storage } from 'wxt/utils/storage';

/**
 * The optional personal access token. In extension local storage only: never synced, never in
 * IndexedDB (so never in an export), never logged; the client sends it to api.github.com alone.
 */
export const githubToken = storage.defineItem<string>('local:githubToken');

export async function readToken(): Promise<string | undefined> {
  const token = (await githubToken.getValue())?.trim();
  return token ? token : undefined;
}

/** Classic (ghp_), fine-grained (github_pat_) and other prefixed GitHub tokens; no whitespace inside. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_]{20,255}$/.test(value.trim());
}
