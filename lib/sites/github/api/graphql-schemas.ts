import { z } from 'zod';
import type { ApiFailureKind } from '../../../schema/enrichment';
import { optionalCount, optionalFlag, optionalText } from './schemas';

/**
 * The parts of GitHub GraphQL answers the extension reads, as lenient as the REST schemas: a
 * missing, null or mistyped field is absent, and list items are checked one by one, so one odd
 * repository (GraphQL nulls an item that failed) does not lose the rest.
 */

/** A list whose unreadable items are dropped; a missing list is empty. */
function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .nullish()
    .catch(undefined)
    .transform((items) =>
      (items ?? []).flatMap((value) => {
        const parsed = item.safeParse(value);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    );
}

const nodesOf = <T extends z.ZodType>(item: T) => z.looseObject({ nodes: listOf(item) }).nullish().catch(undefined);
const totalCount = z.looseObject({ totalCount: z.number().int().nonnegative() }).nullish().catch(undefined);
const named = z.looseObject({ name: z.string().min(1) }).nullish().catch(undefined);
const owner = z.looseObject({ login: z.string().min(1) }).nullish().catch(undefined);
const TopicSchema = z.looseObject({ topic: z.looseObject({ name: z.string().min(1) }) });
const LanguageEdgeSchema = z.looseObject({ size: z.number().int().nonnegative(), node: z.looseObject({ name: z.string().min(1) }) });

/** One node of `repositories`: the REST repository's fields under their GraphQL names, plus languages and releases. */
export const GqlRepositorySchema = z.looseObject({
  name: z.string().min(1),
  nameWithOwner: optionalText,
  owner,
  url: optionalText,
  description: optionalText,
  isFork: optionalFlag,
  isArchived: optionalFlag,
  isPrivate: optionalFlag,
  primaryLanguage: named,
  repositoryTopics: nodesOf(TopicSchema),
  stargazerCount: optionalCount,
  forkCount: optionalCount,
  /** KB, like REST's "size". */
  diskUsage: z.number().nonnegative().nullish().catch(undefined),
  pushedAt: optionalText,
  createdAt: optionalText,
  /** Largest first, as the query orders them. */
  languages: z.looseObject({ edges: listOf(LanguageEdgeSchema) }).nullish().catch(undefined),
  releases: totalCount,
});
export type GqlRepository = z.infer<typeof GqlRepositorySchema>;

export const GqlRepositoryPageSchema = z.looseObject({
  pageInfo: z.looseObject({ hasNextPage: z.boolean(), endCursor: optionalText }).nullish().catch(undefined),
  nodes: listOf(GqlRepositorySchema),
});
export type GqlRepositoryPage = z.infer<typeof GqlRepositoryPageSchema>;

const TreeEntrySchema = z.looseObject({ name: z.string().min(1), type: optionalText });
export type GqlTreeEntry = z.infer<typeof TreeEntrySchema>;
/** `object(expression: "HEAD:path")`: null when the path does not exist (or the repository is empty). */
const TreeSchema = z.looseObject({ entries: listOf(TreeEntrySchema) }).nullish().catch(undefined);

/** One repository whose files at HEAD were read. */
export const GqlExaminedRepositorySchema = z.looseObject({
  name: z.string().min(1),
  root: TreeSchema,
  workflows: TreeSchema,
  /** text is null for a binary or oversized blob. */
  goMod: z.looseObject({ text: optionalText }).nullish().catch(undefined),
});
export type GqlExaminedRepository = z.infer<typeof GqlExaminedRepositorySchema>;

export const GqlContributionSchema = z.looseObject({
  repository: z.looseObject({
    nameWithOwner: z.string().min(1),
    url: optionalText,
    isPrivate: optionalFlag,
    owner,
    primaryLanguage: named,
    description: optionalText,
    repositoryTopics: nodesOf(TopicSchema),
    stargazerCount: optionalCount,
  }),
  contributions: z.looseObject({ totalCount: z.number().int().nonnegative() }),
});
export type GqlContribution = z.infer<typeof GqlContributionSchema>;

export const GqlPullRequestSchema = z.looseObject({
  mergedAt: optionalText,
  repository: z.looseObject({ nameWithOwner: z.string().min(1), isPrivate: optionalFlag, owner }),
});
export type GqlPullRequest = z.infer<typeof GqlPullRequestSchema>;

/** `repositoryOwner(login:)`: a User carries everything below; an Organization only its type and login. */
export const GqlOwnerSchema = z.looseObject({
  __typename: optionalText,
  login: z.string().min(1),
  url: optionalText,
  name: optionalText,
  bio: optionalText,
  company: optionalText,
  location: optionalText,
  email: optionalText,
  websiteUrl: optionalText,
  twitterUsername: optionalText,
  followers: totalCount,
  following: totalCount,
  repositories: GqlRepositoryPageSchema.nullish().catch(undefined),
  examined: nodesOf(GqlExaminedRepositorySchema),
  /** Items are read like REST's organization list. */
  organizations: z.looseObject({ nodes: z.array(z.unknown()) }).nullish().catch(undefined),
  pullRequests: z.looseObject({ totalCount: optionalCount, nodes: listOf(GqlPullRequestSchema) }).nullish().catch(undefined),
  contributionsCollection: z.looseObject({ commitContributionsByRepository: z.array(z.unknown()) }).nullish().catch(undefined),
});
export type GqlOwner = z.infer<typeof GqlOwnerSchema>;

// ---- the envelope: data and errors ------------------------------------------------------

const GraphqlErrorSchema = z.looseObject({
  type: optionalText,
  message: optionalText,
  path: z.array(z.union([z.string(), z.number()])).nullish().catch(undefined),
});
export type GraphqlError = z.infer<typeof GraphqlErrorSchema>;

export const GraphqlEnvelopeSchema = z.looseObject({
  data: z.record(z.string(), z.unknown()).nullish().catch(undefined),
  errors: listOf(GraphqlErrorSchema),
});

/**
 * Error types GitHub sends. RATE_LIMIT is what it sends today for RATE_LIMITED (octokit/plugin-throttling.js#824);
 * FORBIDDEN is a token refused for this query (a fine-grained token, an organization's policy), which REST may still accept.
 */
const KIND_OF_TYPE: Record<string, ApiFailureKind> = {
  NOT_FOUND: 'not-found',
  RATE_LIMITED: 'rate-limited',
  RATE_LIMIT: 'rate-limited',
  FORBIDDEN: 'forbidden',
};
/** GitHub's wording when a query ran out of time: a server fault worth retrying later, not a bad answer. */
const TIMEOUT = /timeout|something went wrong while executing your query/i;

export interface GraphqlFailure {
  kind: ApiFailureKind;
  detail: string;
}

function kindOf(error: GraphqlError): ApiFailureKind {
  const byType = error.type ? KIND_OF_TYPE[error.type] : undefined;
  return byType ?? (TIMEOUT.test(error.message ?? '') ? 'server' : 'malformed');
}

/** What a list of GraphQL errors comes to; a rate limit anywhere wins, since it says when to try again. */
export function failureOfErrors(errors: GraphqlError[]): GraphqlFailure {
  const error = errors.find((each) => kindOf(each) === 'rate-limited') ?? errors[0];
  if (!error) return { kind: 'malformed', detail: 'the GraphQL answer has no data' };
  return { kind: kindOf(error), detail: `GraphQL ${error.type ?? 'error'}: ${error.message ?? ''}`.slice(0, 300) };
}

/** A failure when the answer has no data at all (GraphQL answers 200 with only `errors`); undefined when there is data. */
export function graphqlFailure(body: unknown): GraphqlFailure | undefined {
  const envelope = GraphqlEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { kind: 'malformed', detail: 'the GraphQL answer is not an object' };
  return envelope.data.data ? undefined : failureOfErrors(envelope.data.errors);
}

/** Data and no errors: safe to reuse from the cache. An answer with errors is asked again next time. */
export function isCleanGraphqlAnswer(body: unknown): boolean {
  const envelope = GraphqlEnvelopeSchema.safeParse(body);
  return envelope.success && Boolean(envelope.data.data) && envelope.data.errors.length === 0;
}
