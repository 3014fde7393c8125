/** HTTP helpers the site API clients share. */

/** rel="next" from a Link header: `<https://api.github.com/user/1/repos?page=2>; rel="next", <…>; rel="last"`. */
export function nextLink(link: string | null): string | undefined {
  for (const part of link?.split(',') ?? []) {
    const match = part.match(/<([^>]+)>\s*;\s*rel="?next"?/);
    if (match) return match[1];
  }
  return undefined;
}
