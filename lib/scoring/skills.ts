/**
 * The skill vocabulary postings refer to by id.
 *
 * A plain string alias is unambiguous: it is matched case-insensitively as a whole word
 * (an optional plural "s" included). A word that is also ordinary English or a name
 * ("Go", "Rust", "Ruby", "C", "React") is a ContextualPhrase instead: matched in its exact
 * case, never inside a hyphenated compound, and only next to a technical word (see match.ts).
 */

export type SkillCategory = 'language' | 'framework' | 'infrastructure' | 'data' | 'practice' | 'concept';

export interface ContextualPhrase {
  text: string;
  /** Defaults to true: "Go" is the language, "go" is the verb. */
  caseSensitive?: boolean;
  /** Defaults to true: a technical word must be within a few words in the same sentence. */
  needsContext?: boolean;
  /** Also match the phrase followed by "s". */
  plural?: boolean;
  /** Lower-case words that, directly before, make it something else ("let's Go", "Taylor Swift"). */
  notBefore?: readonly string[];
  /** Lower-case words that, directly after, make it something else ("Go to", "Go ahead"). */
  notAfter?: readonly string[];
}

export type Phrase = string | ContextualPhrase;

/** Evidence read from the profile's numbers and lists rather than its words. */
export type ProfileSignal =
  | 'public-repositories'
  | 'contributions'
  | 'organization-memberships'
  | 'followers'
  | 'readme-length';

export interface Skill {
  id: string;
  label: string;
  category: SkillCategory;
  aliases: readonly Phrase[];
  /** GitHub language names, compared exactly (case-insensitively) with a pinned repo's language. */
  languages?: readonly string[];
  /** GitHub organization logins whose members plausibly work with the skill. */
  orgs?: readonly string[];
  /** Weak, indirect evidence: a pinned repository in one of these languages. */
  impliedByLanguages?: { languages: readonly string[]; note: string };
  signals?: readonly ProfileSignal[];
}

const MODAL_VERBS = [
  'let’s', "let's", 'lets', 'let', 'will', 'can', 'could', 'would', 'should', 'must', 'might', 'gonna', 'wanna',
  "don't", 'dont', "didn't", "i'll", "we'll", "you'll", 'please',
];
const PERSON_LEADS = ['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'dog', 'cat', 'named', 'miss', 'mr', 'mrs', 'ms', 'dr', 'aunt', 'baby'];

/** "Go" the language; "go", "Let's Go", "Go to", "Pokémon Go" are not. */
const GO_WORD: ContextualPhrase = {
  text: 'Go',
  notBefore: [...MODAL_VERBS, 'pokémon', 'pokemon'],
  notAfter: ['to', 'ahead', 'back', 'out', 'home', 'away', 'get', 'see', 'check', 'into', 'through', 'beyond', 'live', 'go'],
};

export const SKILLS: readonly Skill[] = [
  // Languages
  {
    id: 'go',
    label: 'Go',
    category: 'language',
    aliases: ['golang', 'go.mod', 'go.sum', 'goroutine', 'gophercon', GO_WORD],
    languages: ['Go'],
    orgs: ['golang', 'go-kit', 'gin-gonic', 'gofiber', 'gorilla'],
  },
  {
    id: 'rust',
    label: 'Rust',
    category: 'language',
    aliases: ['rustlang', 'rust-lang', 'rustacean', 'cargo.toml', 'crates.io', { text: 'Rust' }],
    languages: ['Rust'],
    orgs: ['rust-lang', 'tokio-rs'],
  },
  {
    id: 'c',
    label: 'C',
    category: 'language',
    aliases: ['ansi c', 'c89', 'c99', 'c11', 'c17', { text: 'C', notBefore: ['plan', 'vitamin', 'type', 'grade', 'class', 'section', 'series', 'option', 'appendix', 'usb'] }],
    languages: ['C'],
  },
  {
    id: 'cpp',
    label: 'C++',
    category: 'language',
    aliases: ['c++', 'cpp', 'cplusplus'],
    languages: ['C++'],
  },
  { id: 'csharp', label: 'C#', category: 'language', aliases: ['c#', 'csharp', 'dotnet', '.net', 'asp.net'], languages: ['C#'] },
  { id: 'objective-c', label: 'Objective-C', category: 'language', aliases: ['objective-c', 'objc', 'obj-c'], languages: ['Objective-C'] },
  { id: 'java', label: 'Java', category: 'language', aliases: ['java', 'openjdk', 'jvm', 'spring boot'], languages: ['Java'] },
  { id: 'kotlin', label: 'Kotlin', category: 'language', aliases: ['kotlin'], languages: ['Kotlin'] },
  { id: 'scala', label: 'Scala', category: 'language', aliases: ['scala'], languages: ['Scala'] },
  {
    id: 'javascript',
    label: 'JavaScript',
    category: 'language',
    aliases: ['javascript', 'js', 'ecmascript', 'es6', 'node.js', 'nodejs'],
    languages: ['JavaScript'],
  },
  { id: 'typescript', label: 'TypeScript', category: 'language', aliases: ['typescript'], languages: ['TypeScript'] },
  { id: 'nodejs', label: 'Node.js', category: 'framework', aliases: ['node.js', 'nodejs', 'npm'], orgs: ['nodejs'] },
  { id: 'python', label: 'Python', category: 'language', aliases: ['python', 'python3', 'pypi'], languages: ['Python'], orgs: ['python'] },
  {
    id: 'ruby',
    label: 'Ruby',
    category: 'language',
    aliases: ['ruby on rails', 'rubyist', 'rubygems', 'gemfile', 'jruby', 'rubyconf', { text: 'Ruby', notBefore: PERSON_LEADS }],
    languages: ['Ruby'],
    orgs: ['ruby', 'rubygems', 'rails'],
  },
  {
    id: 'rails',
    label: 'Ruby on Rails',
    category: 'framework',
    aliases: ['ruby on rails', 'rubyonrails', 'railsconf', 'activerecord', 'active record', { text: 'Rails' }],
    orgs: ['rails'],
  },
  { id: 'php', label: 'PHP', category: 'language', aliases: ['php', 'laravel', 'symfony'], languages: ['PHP'] },
  { id: 'elixir', label: 'Elixir', category: 'language', aliases: ['elixir'], languages: ['Elixir'], orgs: ['elixir-lang'] },
  { id: 'erlang', label: 'Erlang', category: 'language', aliases: ['erlang', 'erlang/otp'], languages: ['Erlang'] },
  { id: 'haskell', label: 'Haskell', category: 'language', aliases: ['haskell'], languages: ['Haskell'] },
  { id: 'swift', label: 'Swift', category: 'language', aliases: ['swiftui', { text: 'Swift', notBefore: ['taylor'] }], languages: ['Swift'] },
  { id: 'zig', label: 'Zig', category: 'language', aliases: ['ziglang', { text: 'Zig' }], languages: ['Zig'] },
  {
    id: 'shell',
    label: 'Shell scripting',
    category: 'language',
    aliases: ['bash', 'zsh', 'shell script', 'shell scripting', 'shell scripts'],
    languages: ['Shell'],
  },

  // Frameworks and front end
  { id: 'react', label: 'React', category: 'framework', aliases: ['reactjs', 'react.js', 'react native', 'react-native', 'jsx', { text: 'React' }] },
  { id: 'vue', label: 'Vue', category: 'framework', aliases: ['vue', 'vue.js', 'vuejs', 'nuxt'], languages: ['Vue'] },
  { id: 'angular', label: 'Angular', category: 'framework', aliases: ['angular', 'angularjs'] },
  { id: 'svelte', label: 'Svelte', category: 'framework', aliases: ['svelte', 'sveltekit'], languages: ['Svelte'] },
  { id: 'nextjs', label: 'Next.js', category: 'framework', aliases: ['next.js', 'nextjs'] },
  { id: 'django', label: 'Django', category: 'framework', aliases: ['django'] },
  { id: 'frontend', label: 'Front end', category: 'practice', aliases: ['frontend', 'front-end', 'front end', 'css', 'html', 'ui engineer'], languages: ['CSS', 'HTML', 'SCSS'] },
  { id: 'backend', label: 'Back end', category: 'practice', aliases: ['backend', 'back-end', 'back end', 'server-side', 'microservice', 'rest api'] },
  { id: 'graphql', label: 'GraphQL', category: 'framework', aliases: ['graphql'] },
  { id: 'grpc', label: 'gRPC', category: 'framework', aliases: ['grpc', 'protobuf', 'protocol buffers'] },

  // Infrastructure
  {
    id: 'docker',
    label: 'Docker & containers',
    category: 'infrastructure',
    aliases: ['docker', 'dockerfile', 'docker-compose', 'docker compose', 'containers', 'containerized', 'containerization', 'containerd', 'container runtime', 'container image', 'podman', 'oci image'],
    languages: ['Dockerfile'],
    orgs: ['docker', 'moby', 'containerd'],
  },
  {
    id: 'kubernetes',
    label: 'Kubernetes',
    category: 'infrastructure',
    aliases: ['kubernetes', 'k8s', 'k3s', 'kubectl', 'kubelet', 'helm chart', 'openshift', 'minikube', 'kubecon', 'kubernetes operator'],
    orgs: ['kubernetes', 'kubernetes-sigs', 'kubernetes-client', 'helm', 'cncf'],
  },
  { id: 'nginx', label: 'Nginx', category: 'infrastructure', aliases: ['nginx', 'nginx.conf', 'openresty'], languages: ['Nginx'], orgs: ['nginx', 'nginxinc'] },
  {
    id: 'linux',
    label: 'Linux',
    category: 'infrastructure',
    aliases: ['linux', 'gnu/linux', 'debian', 'ubuntu', 'fedora', 'centos', 'rhel', 'red hat', 'arch linux', 'alpine linux', 'nixos', 'gentoo', 'systemd'],
  },
  {
    id: 'sysadmin',
    label: 'System administration',
    category: 'practice',
    aliases: ['sysadmin', 'system administrator', 'system administration', 'systems administrator', 'systems administration', 'ansible', 'puppet', 'saltstack', 'sre', 'site reliability'],
  },
  { id: 'devops', label: 'DevOps', category: 'practice', aliases: ['devops', 'infrastructure as code', 'platform engineering', 'platform engineer'] },
  { id: 'terraform', label: 'Terraform', category: 'infrastructure', aliases: ['terraform', 'opentofu', 'hcl'], languages: ['HCL'], orgs: ['hashicorp'] },
  {
    id: 'ci-cd',
    label: 'CI/CD',
    category: 'practice',
    aliases: [
      'ci/cd', 'ci-cd', 'cicd', 'continuous integration', 'continuous delivery', 'continuous deployment', 'github actions',
      'gitlab ci', 'gitlab-ci', '.gitlab-ci.yml', 'gitlab runner', 'jenkins', 'jenkinsfile', 'circleci', 'travis ci', 'buildkite',
      'argo cd', 'argocd', 'tekton', 'build pipeline', 'deployment pipeline', 'ci pipeline', { text: 'CI', needsContext: false },
    ],
    orgs: ['gitlab-org', 'gitlabhq', 'jenkinsci', 'actions', 'tektoncd', 'argoproj', 'buildkite'],
  },
  { id: 'aws', label: 'AWS', category: 'infrastructure', aliases: ['aws', 'amazon web services', 'ec2', 'cloudformation'], orgs: ['aws', 'awslabs'] },
  { id: 'gcp', label: 'Google Cloud', category: 'infrastructure', aliases: ['gcp', 'google cloud', 'bigquery'] },
  { id: 'azure', label: 'Azure', category: 'infrastructure', aliases: ['azure'] },
  { id: 'observability', label: 'Observability', category: 'infrastructure', aliases: ['prometheus', 'grafana', 'opentelemetry', 'observability'], orgs: ['prometheus', 'open-telemetry'] },
  { id: 'git', label: 'Git', category: 'practice', aliases: ['git'], orgs: ['git'] },

  // Data
  { id: 'postgresql', label: 'PostgreSQL', category: 'data', aliases: ['postgresql', 'postgres', 'psql', 'pgsql'], languages: ['PLpgSQL'], orgs: ['postgres'] },
  { id: 'mysql', label: 'MySQL', category: 'data', aliases: ['mysql', 'mariadb'] },
  { id: 'redis', label: 'Redis', category: 'data', aliases: ['redis'], orgs: ['redis'] },
  { id: 'sqlite', label: 'SQLite', category: 'data', aliases: ['sqlite', 'sqlite3'] },
  { id: 'mongodb', label: 'MongoDB', category: 'data', aliases: ['mongodb', 'mongo'] },
  { id: 'elasticsearch', label: 'Elasticsearch', category: 'data', aliases: ['elasticsearch', 'opensearch'] },
  { id: 'kafka', label: 'Kafka', category: 'data', aliases: ['kafka', 'rabbitmq', 'nats'] },

  // Concepts that are not a single keyword
  {
    id: 'operating-systems',
    label: 'Operating systems',
    category: 'concept',
    aliases: [
      'operating system', 'syscall', 'system call', 'scheduler', 'filesystem', 'file system', 'device driver', 'kernel driver',
      'kernel module', 'posix', 'unix', 'virtual memory', 'memory management', 'systems programming', 'low-level', 'bootloader',
      'hypervisor', 'virtualization', 'ebpf', 'interrupt handler', 'firmware', 'embedded systems', 'embedded linux', 'microcontroller', 'rtos', 'microkernel', 'linux kernel',
      // A Jupyter, CUDA or popcorn kernel is not an operating system's.
      { text: 'kernel', caseSensitive: false, needsContext: false, plural: true, notBefore: ['jupyter', 'ipython', 'notebook', 'cuda', 'gpu', 'popcorn', 'triton'] },
    ],
    impliedByLanguages: { languages: ['C', 'C++', 'Rust', 'Assembly', 'Zig'], note: 'systems language' },
  },
  {
    id: 'concurrency',
    label: 'Concurrent programming',
    category: 'concept',
    aliases: [
      'concurrent', 'concurrency', 'goroutine', 'parallelism', 'parallel computing', 'parallel processing', 'lock-free', 'lockless',
      'mutex', 'actor model', 'multithreading', 'multithreaded', 'multi-threaded', 'multi-threading', 'threading', 'thread pool',
      'thread-safe', 'async', 'async/await', 'asynchronous', 'event loop', 'coroutine', 'green threads', 'atomics', 'race condition',
      'worker pool', 'channels and goroutines',
      // Background job queues (resque, sidekiq) are concurrent work processing.
      'background job', 'job queue', 'work queue',
    ],
    impliedByLanguages: { languages: ['Go', 'Erlang', 'Elixir'], note: 'concurrency-first language' },
  },
  { id: 'distributed-systems', label: 'Distributed systems', category: 'concept', aliases: ['distributed systems', 'distributed system', 'consensus algorithm', 'paxos'] },
  {
    id: 'open-source',
    label: 'Open source',
    category: 'concept',
    aliases: ['open source', 'open-source', 'opensource', 'oss', 'foss', 'free software', 'maintainer', 'core contributor', 'contributor', 'core team', 'hacktoberfest'],
    orgs: ['apache', 'cncf', 'linuxfoundation', 'opensource'],
    signals: ['public-repositories', 'contributions', 'organization-memberships'],
  },
  {
    id: 'community',
    label: 'Community building',
    category: 'concept',
    aliases: [
      'community', 'meetup', 'user group', 'conference', 'speaker', 'public speaking', 'tech talk', 'conference talk', 'organizer',
      'organiser', 'co-organizer', 'mentor', 'mentoring', 'mentorship', 'hackathon', 'podcast', 'devrel', 'developer advocate',
      'community manager', 'moderator', 'workshop', 'gophercon', 'rubyconf', 'railsconf', 'kubecon', 'fosdem', 'pycon', 'jsconf',
    ],
    signals: ['followers'],
  },
  {
    id: 'algorithms-performance',
    label: 'Algorithms & performance',
    category: 'concept',
    aliases: [
      'algorithm', 'algorithms', 'algorithmic', 'data structure', 'performance', 'high-performance', 'optimization', 'optimisation',
      'benchmark', 'benchmarking', 'profiling', 'profiler', 'latency', 'low-latency', 'throughput', 'scalability', 'scalable',
      'competitive programming', 'big-o', 'zero-allocation',
    ],
  },
  {
    id: 'documentation',
    label: 'Documentation & technical writing',
    category: 'concept',
    aliases: [
      'documentation', 'docs', 'technical writing', 'technical writer', 'blog', 'blogger', 'blogging', 'writer', 'author',
      'article', 'book', 'newsletter', 'tutorial', 'guide', 'write about', 'writing about',
    ],
    signals: ['readme-length'],
  },
];

export const SKILLS_BY_ID: ReadonlyMap<string, Skill> = new Map(SKILLS.map((skill) => [skill.id, skill]));

export function getSkill(id: string): Skill | undefined {
  return SKILLS_BY_ID.get(id);
}
