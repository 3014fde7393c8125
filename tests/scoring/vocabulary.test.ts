import { describe, expect, it } from 'vitest';
import { mentionsSkill } from '@/lib/scoring/mentions';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { type Phrase, SKILLS, SKILL_DEFINITIONS, getSkill, includesSkill } from '@/lib/scoring/skills';

const phraseText = (phrase: Phrase) => (typeof phrase === 'string' ? phrase : phrase.text);

/**
 * Aliases that deliberately belong to two skills: the mention is evidence of both.
 * Every other alias names exactly one skill (a broader skill gets a narrower one's aliases through `includes`).
 */
const DOCUMENTED_OVERLAPS: Record<string, readonly string[]> = {
  goroutine: ['concurrency', 'go'],
  gophercon: ['community', 'go'],
  rubyconf: ['community', 'ruby'],
  railsconf: ['community', 'rails'],
  kubecon: ['community', 'kubernetes'],
  mentor: ['community', 'leadership'],
  mentoring: ['community', 'leadership'],
  mentorship: ['community', 'leadership'],
};

/** Words with an ordinary meaning that must need technical context (issue #3). */
const AMBIGUOUS_WORDS = [
  'Swift', 'React', 'Rust', 'Ruby', 'Go', 'C', 'R', 'Dart', 'Elm', 'Crystal', 'Julia', 'Spring', 'Express', 'Flask', 'Rocket',
  'Chef', 'Puppet', 'Salt', 'Next', 'Nuxt', 'Gatsby', 'Svelte', 'Ember', 'Backbone', 'Meteor', 'Pandas', 'Spark', 'Hive', 'Pig',
  'Airflow', 'Beam', 'Flink', 'Storm', 'Kafka', 'Redis', 'Mongo', 'Cassandra', 'Elastic', 'Vault', 'Consul', 'Nomad',
  'Terraform', 'Pulumi', 'Helm', 'Istio', 'Envoy', 'Linkerd', 'Node', 'Jest', 'Cypress', 'Playwright',
];

const REQUIRED_CONCEPTS = [
  'concurrency', 'operating-systems', 'distributed-systems', 'algorithms-performance', 'security', 'testing', 'accessibility',
  'open-source', 'community', 'documentation', 'leadership', 'api-design', 'machine-learning', 'data-engineering', 'ci-cd',
  'cloud-infrastructure', 'observability',
];

describe('the skill vocabulary', () => {
  it('has at least 300 skills', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(300);
  });

  it('has unique slug ids and unique labels (the requirement editor finds skills by label)', () => {
    const ids = SKILLS.map((skill) => skill.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const labels = SKILLS.map((skill) => skill.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('gives every alias to one skill, apart from the documented overlaps', () => {
    const owners = new Map<string, string[]>();
    for (const skill of SKILL_DEFINITIONS) {
      for (const phrase of skill.aliases) {
        const key = phraseText(phrase).toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), skill.id]);
      }
    }
    const shared = Object.fromEntries([...owners].filter(([, ids]) => ids.length > 1).map(([alias, ids]) => [alias, [...ids].sort()]));
    expect(shared).toEqual(DOCUMENTED_OVERLAPS);
  });

  it('includes only existing skills, never itself, without cycles', () => {
    for (const skill of SKILL_DEFINITIONS) {
      for (const included of skill.includes ?? []) {
        expect(getSkill(included), `${skill.id} includes ${included}`).toBeDefined();
        expect(includesSkill(included, skill.id), `${skill.id} ⇄ ${included}`).toBe(false);
      }
    }
  });

  it('gives a broader skill the aliases of the skills it includes', () => {
    expect(mentionsSkill('Laravel developer', 'php')).toBe(true);
    expect(mentionsSkill('Lambda functions behind API Gateway', 'aws')).toBe(true);
    expect(mentionsSkill('Spring Boot microservices', 'java')).toBe(true);
    expect(includesSkill('cloud-infrastructure', 'aws-lambda')).toBe(true);
    expect(includesSkill('aws-lambda', 'aws')).toBe(false);
  });

  it.each(seedPosting.requirements.flatMap((requirement) => requirement.skills))('has the seed posting’s skill %s', (id) => {
    expect(getSkill(id)).toBeDefined();
  });

  it.each(REQUIRED_CONCEPTS)('has the concept %s', (id) => {
    expect(getSkill(id)).toBeDefined();
  });

  it('names a GitHub language for every language skill', () => {
    const withoutLanguage = SKILLS.filter((skill) => skill.category === 'language' && !skill.languages?.length).map((skill) => skill.id);
    expect(withoutLanguage).toEqual([]);
  });

  it.each(AMBIGUOUS_WORDS)('treats %s as ambiguous: a contextual phrase, never a plain alias', (word) => {
    const lower = word.toLowerCase();
    const plain = SKILLS.filter((skill) => skill.aliases.some((phrase) => typeof phrase === 'string' && phrase.toLowerCase() === lower));
    expect(plain.map((skill) => skill.id)).toEqual([]);
    const contextual = SKILL_DEFINITIONS.filter((skill) =>
      skill.aliases.some((phrase) => typeof phrase !== 'string' && phrase.text.toLowerCase() === lower && phrase.needsContext !== false),
    );
    expect(contextual.length).toBeGreaterThan(0);
  });
});

describe('common names and abbreviations', () => {
  it.each<[text: string, skillId: string]>([
    ['Kubernetes', 'kubernetes'],
    ['k8s clusters', 'kubernetes'],
    ['PostgreSQL', 'postgresql'],
    ['Postgres', 'postgresql'],
    ['psql', 'postgresql'],
    ['JavaScript', 'javascript'],
    ['JS', 'javascript'],
    ['ECMAScript', 'javascript'],
    ['Node.js', 'nodejs'],
    ['NodeJS', 'nodejs'],
    ['Node backend', 'nodejs'],
    ['AWS', 'aws'],
    ['Amazon Web Services', 'aws'],
    ['GCP', 'gcp'],
    ['Google Cloud', 'gcp'],
    ['Azure', 'azure'],
    ['TypeScript', 'typescript'],
    ['scikit-learn', 'scikit-learn'],
    ['sklearn', 'scikit-learn'],
    ['PyTorch', 'pytorch'],
    ['GitHub Actions', 'github-actions'],
    ['GitHub Actions', 'ci-cd'],
    ['C#', 'csharp'],
    ['.NET', 'dotnet'],
    ['React Native', 'react-native'],
    ['SwiftUI', 'swiftui'],
    ['Tailwind CSS', 'tailwind'],
    ['OpenTelemetry', 'observability'],
    ['WCAG 2.1', 'accessibility'],
    ['a11y', 'accessibility'],
    ['OWASP top 10', 'security'],
    ['TDD', 'testing'],
    ['ETL pipelines', 'data-engineering'],
    ['machine learning', 'machine-learning'],
    ['LLMs', 'generative-ai'],
    ['API design', 'api-design'],
    ['tech lead', 'leadership'],
    ['technical writing', 'documentation'],
  ])('%j → %s', (text, id) => {
    expect(mentionsSkill(text, id)).toBe(true);
  });
});
