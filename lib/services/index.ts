/**
 * The application's use cases, which the background and the panel both call: capture, people, workflow,
 * notes, sharing, transfer, privacy, postings. Only these (and lib/db) touch the tables; views read
 * through them and never write to the database themselves.
 */
export * from './people/candidates';
export * from './people/people';
export * from './notes/notes';
export * from './postings';
export * from './capture/tabs';
export * from './capture/progress';
export * from './capture/enrichment';
export * from './capture/capture-all';
export * from './workflow/pipeline';
export * from './workflow/shortlists';
export * from './workflow/matches';
export * from './workflow/markers';
export * from './transfer/import';
export * from './notes/author';
export * from './sharing/feedback';
export * from './notes/conflicts';
export * from './sharing/share';
export * from './sharing/team';
export * from './sharing/team-session';
export * from '../db/errors';
export * from '../db/open';
export * from './privacy/forget';
export * from './privacy/retention';
export * from './privacy/export-all';
export * from './privacy/blind-review';
export * from './scoring';
