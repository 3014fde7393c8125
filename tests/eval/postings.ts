import type { Posting } from '@/lib/schema/posting';

/**
 * Two more postings for judging the scorer, written as rubrics the way the seed posting is:
 * must-haves are what a public profile can show, the rest are pluses. Skill ids are those in
 * lib/scoring/skills.ts today (tests/scoring/eval-order.test.ts checks they still exist); what
 * the vocabulary lacks is given as recruiter terms.
 */

export const frontendReactPosting: Posting = {
  id: 'eval-frontend-react',
  title: 'Frontend Engineer, React',
  description: [
    'We build a design-system-driven web app in React and TypeScript.',
    'Requirements: production React; modern JavaScript or TypeScript; solid HTML and CSS.',
    'A plus: accessibility (WCAG), front-end testing, state management (Redux or similar),',
    'Next.js, GraphQL, other frameworks (Vue, Svelte, Angular), and open source work.',
  ].join('\n'),
  requirements: [
    { id: 'react', label: 'Production React', kind: 'must', weight: 10, skills: ['react'] },
    { id: 'js-ts', label: 'JavaScript / TypeScript', kind: 'must', weight: 8, skills: ['javascript', 'typescript'] },
    { id: 'html-css', label: 'HTML & CSS', kind: 'must', weight: 6, skills: ['frontend'] },
    { id: 'accessibility', label: 'Accessibility', kind: 'plus', weight: 2, skills: ['accessibility'] },
    { id: 'testing', label: 'Front-end testing', kind: 'plus', weight: 2, skills: ['jest', 'testing-library', 'cypress', 'playwright', 'vitest', 'storybook'] },
    { id: 'state', label: 'State management', kind: 'plus', weight: 2, skills: ['redux', 'state-management'], terms: ['Zustand', 'MobX'] },
    { id: 'other-frameworks', label: 'Vue, Svelte or Angular', kind: 'plus', weight: 1, skills: ['vue', 'svelte', 'angular'] },
    { id: 'graphql', label: 'GraphQL', kind: 'plus', weight: 1, skills: ['graphql'] },
    { id: 'open-source', label: 'Open source', kind: 'plus', weight: 2, skills: ['open-source'] },
  ],
  builtIn: false,
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
};

export const dataEngineeringPosting: Posting = {
  id: 'eval-data-engineering',
  title: 'Data Engineer',
  description: [
    'We move and model data for analytics: batch and streaming pipelines into a warehouse.',
    'Requirements: Python; SQL and relational databases; building data pipelines (ETL/ELT).',
    'A plus: orchestration (Airflow, Dagster), Spark or other big-data tools, Kafka,',
    'a cloud data platform (BigQuery, Redshift, Snowflake), Docker, and the Python data stack.',
  ].join('\n'),
  requirements: [
    { id: 'python', label: 'Python', kind: 'must', weight: 10, skills: ['python'] },
    { id: 'sql', label: 'SQL & relational databases', kind: 'must', weight: 8, skills: ['sql'] },
    {
      id: 'pipelines',
      label: 'Data pipelines (ETL/ELT)',
      kind: 'plus',
      weight: 6,
      skills: ['data-engineering', 'airflow', 'dbt', 'dagster'],
      terms: ['ETL', 'ELT', 'data pipeline', 'data pipelines', 'data warehouse'],
    },
    { id: 'big-data', label: 'Spark / big data', kind: 'plus', weight: 3, skills: ['spark', 'hadoop', 'flink', 'scala'] },
    { id: 'streaming', label: 'Streaming (Kafka)', kind: 'plus', weight: 2, skills: ['kafka'] },
    { id: 'cloud', label: 'Cloud data platforms', kind: 'plus', weight: 2, skills: ['bigquery', 'snowflake', 'redshift', 'aws', 'gcp', 'azure'] },
    { id: 'data-stack', label: 'Python data stack', kind: 'plus', weight: 3, skills: ['pandas', 'numpy', 'jupyter'] },
    { id: 'containers', label: 'Docker', kind: 'plus', weight: 1, skills: ['docker'] },
    { id: 'open-source', label: 'Open source', kind: 'plus', weight: 1, skills: ['open-source'] },
  ],
  builtIn: false,
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
};
