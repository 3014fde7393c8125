import { describe, expect, it } from 'vitest';
import { mentionsSkill } from '@/lib/scoring/mentions';

/** Traps for the ambiguous words added with the larger vocabulary: each needs a technical neighbour. */

type Case = [text: string, skillId: string, expected: boolean];

const check = ([text, id, expected]: Case) => expect(mentionsSkill(text, id)).toBe(expected);

describe('languages that are also words or names', () => {
  it.each<Case>([
    ['Dart developer building Flutter apps', 'dart', true],
    ['Throwing a dart at the board', 'dart', false],
    ['Statistics in R and Python', 'r', true],
    ['R developer with Shiny experience', 'r', true],
    ['Our R&D team is growing', 'r', false],
    ['Dr. R. Smith, engineer', 'r', false],
    ['Julia programmer doing numerical computing', 'julia', true],
    ['My daughter Julia loves code', 'julia', false],
    ['Julia and Jasmine are my kids', 'julia', false],
    ['Julia and Jasmine are my kids', 'jasmine', false],
    ['Elm developer, functional front ends', 'elm', true],
    ['A Nightmare on Elm Street', 'elm', false],
    ['Crystal language compiler contributor', 'crystal', true],
    ['Crystal clear communication with the API team', 'crystal', false],
    ['Groovy scripts for the Jenkins pipeline', 'groovy', true],
    ['That party was groovy', 'groovy', false],
    ['Copyright (C) 2007 Free Software Foundation', 'c', false],
  ])('%j → %s: %s', (...c) => check(c));
});

describe('frameworks and libraries', () => {
  it.each<Case>([
    ['Java/Spring microservices', 'spring', true],
    ['Spring Boot services', 'spring', true],
    ['Spring Boot services', 'java', true],
    ['Spring 2025 internship in our office', 'spring', false],
    ['Spring cleaning at the API team offices', 'spring', false],
    ['Node and Express backend', 'express', true],
    ['Express.js middleware', 'express', true],
    ['American Express card holders', 'express', false],
    ['Flask API behind Nginx', 'flask', true],
    ['A flask of coffee on the desk', 'flask', false],
    ['Rocket web framework in Rust', 'rocket', true],
    ['Rocket science it is not', 'rocket', false],
    ['Next.js and React', 'nextjs', true],
    ['React and Next for the frontend', 'nextjs', true],
    ['Next, write the code for the API', 'nextjs', false],
    ['Next steps: code review', 'nextjs', false],
    ['Nuxt and Vue frontend', 'nuxt', true],
    ['Gatsby site builds', 'gatsby', false],
    ['Gatsby static site framework', 'gatsby', true],
    ['The Great Gatsby book club', 'gatsby', false],
    ['Svelte components', 'svelte', true],
    ['A svelte figure', 'svelte', false],
    ['Ember app maintenance', 'ember', true],
    ['A glowing ember in the fireplace', 'ember', false],
    ['Backbone.js views', 'backbone', true],
    ['He is the backbone of the team', 'backbone', false],
    ['Meteor framework app', 'meteor', true],
    ['We watched the meteor shower', 'meteor', false],
    ['Node backend services', 'nodejs', true],
    ['Each Node in the cluster runs a service', 'nodejs', false],
  ])('%j → %s: %s', (...c) => check(c));
});

describe('data tools', () => {
  it.each<Case>([
    ['pandas and NumPy for analysis', 'pandas', true],
    ['Red pandas at the zoo', 'pandas', false],
    ['Spark jobs on Hadoop', 'spark', true],
    ['Apache Spark', 'spark', true],
    ['Spark joy in your team', 'spark', false],
    ['Hive and Spark on the cluster', 'hive', true],
    ['Hive mind thinking', 'hive', false],
    ['Pig scripts on Hadoop', 'pig', true],
    ['Pig roast at the summer party', 'pig', false],
    ['Airflow DAGs for ETL', 'airflow', true],
    ['Good airflow in the office', 'airflow', false],
    ['Beam pipelines on Dataflow', 'beam', true],
    ['Beam me up', 'beam', false],
    ['Flink streaming jobs', 'flink', true],
    ['Storm topology in Java', 'storm', true],
    ['The perfect Storm for our team', 'storm', false],
    ['Kafka consumers in Go', 'kafka', true],
    ['A Kafka-based streaming platform', 'kafka', true],
    ['Reading Franz Kafka on holiday', 'kafka', false],
    ['Kafka on the beach is a novel', 'kafka', false],
    ['Redis cache in front of Postgres', 'redis', true],
    ['Mongo and Postgres databases', 'mongodb', true],
    ['Cassandra cluster tuning', 'cassandra', true],
    ['Cassandra and Kate are my sisters', 'cassandra', false],
    ['Elastic stack for logs', 'elasticsearch', true],
    ['Elastic Beanstalk deployment', 'elasticsearch', false],
  ])('%j → %s: %s', (...c) => check(c));
});

describe('infrastructure tools', () => {
  it.each<Case>([
    ['Chef cookbooks and Puppet manifests', 'chef', true],
    ['Chef cookbooks and Puppet manifests', 'puppet', true],
    ['Our head Chef cooks lunch for the engineering team', 'chef', false],
    ['A Puppet show for the kids', 'puppet', false],
    ['Salt states and Ansible playbooks', 'salt', true],
    ['A pinch of Salt in the API docs', 'salt', false],
    ['Vault secrets for Kubernetes', 'hashicorp-vault', true],
    ['The bank Vault', 'hashicorp-vault', false],
    ['Consul service discovery', 'consul', true],
    ['Honorary Consul of Belgium', 'consul', false],
    ['Nomad cluster scheduling', 'nomad', true],
    ['Digital Nomad developer working from Lisbon', 'nomad', false],
    ['Terraform modules for AWS', 'terraform', true],
    ['We will terraform Mars one day', 'terraform', false],
    ['Pulumi stacks in TypeScript', 'pulumi', true],
    ['Helm charts for our services', 'helm', true],
    ['At the Helm of the company since 2010', 'helm', false],
    ['Istio service mesh', 'istio', true],
    ['Envoy proxy filters', 'envoy', true],
    ['Special Envoy to the summit', 'envoy', false],
    ['Linkerd in the cluster', 'linkerd', true],
    ['Jest and Cypress tests', 'jest', true],
    ['Jest and Cypress tests', 'cypress', true],
    ['Said in jest', 'jest', false],
    ['A Cypress tree in the garden', 'cypress', false],
    ['Playwright end-to-end tests', 'playwright', true],
    ['Playwright and novelist Tom Stoppard', 'playwright', false],
  ])('%j → %s: %s', (...c) => check(c));
});
