/** A stored answer of a site's HTTP API, revalidated with its ETag or Last-Modified (the httpCache table). */
export interface CachedResponse {
  url: string;
  etag?: string;
  lastModified?: string;
  body: unknown;
  /** The Link header's rel="next", kept so a 304 still paginates. */
  next?: string;
  storedAt: string;
}
