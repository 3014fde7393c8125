/** The only way into the tables: everything else imports from here. */
export * from './candidates';
export * from './people';
export * from './notes';
export * from './postings';
export * from './tabs';
export * from './progress';
export * from './github';
export * from './capture-all';
export * from './pipeline';
export * from './shortlists';
export * from './matches';
export * from './import';
export * from './author';
export * from './feedback';
export * from './conflicts';
export * from './share';
export * from './errors';
