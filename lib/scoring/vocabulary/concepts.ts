import type { Skill } from '../skills';
import { word } from './phrases';

/** Practices and concepts that are not a single product name. */
export const PRACTICES: readonly Skill[] = [
  {
    id: 'frontend',
    label: 'Front end',
    category: 'practice',
    aliases: ['frontend', 'front-end', 'front end', 'ui engineer', 'ui development', 'web ui', 'single-page application', 'single page application'],
    languages: ['CSS', 'HTML', 'SCSS'],
    includes: ['html', 'css'],
  },
  { id: 'backend', label: 'Back end', category: 'practice', aliases: ['backend', 'back-end', 'back end', 'server-side'], includes: ['rest', 'microservices'] },
  { id: 'full-stack', label: 'Full stack', category: 'practice', aliases: ['full stack', 'full-stack', 'fullstack'] },
  {
    id: 'sysadmin',
    label: 'System administration',
    category: 'practice',
    aliases: ['sysadmin', 'system administrator', 'system administration', 'systems administrator', 'systems administration', 'sre', 'site reliability'],
    includes: ['ansible', 'puppet', 'chef', 'salt'],
  },
  { id: 'devops', label: 'DevOps', category: 'practice', aliases: ['devops', 'infrastructure as code', 'platform engineering', 'platform engineer', 'devsecops', 'configuration management'] },
  {
    id: 'scripting',
    label: 'Scripting',
    category: 'practice',
    aliases: ['scripting', 'scripts', 'scripting language', 'scripting languages', 'automation scripts'],
    includes: ['shell', 'powershell'],
  },
  {
    id: 'developer-tooling',
    label: 'Developer tooling',
    category: 'practice',
    aliases: [
      'developer tooling', 'developer tools', 'developer experience', 'devex', 'dev tooling', 'internal tools', 'internal tooling',
      'desktop tooling', 'developer productivity', 'build tooling', 'devtools',
    ],
  },
  {
    id: 'automation',
    label: 'Automation',
    category: 'practice',
    aliases: ['automation', 'automating', 'automation tools', 'infrastructure automation', 'process automation', 'workflow automation'],
    includes: ['scripting', 'ansible'],
  },
  { id: 'agile', label: 'Agile / Scrum', category: 'practice', aliases: ['agile', 'scrum', 'kanban', 'sprint planning', 'extreme programming'], rarelyEvidenced: true },
  { id: 'code-review', label: 'Code review', category: 'practice', aliases: ['code review', 'code reviews', 'reviewing code', 'pull request reviews'], rarelyEvidenced: true },
];

export const CONCEPTS: readonly Skill[] = [
  {
    id: 'operating-systems',
    label: 'Operating systems',
    category: 'concept',
    aliases: [
      'operating system', 'syscall', 'system call', 'scheduler', 'filesystem', 'file system', 'device driver', 'kernel driver',
      'kernel module', 'posix', 'unix', 'virtual memory', 'memory management', 'systems programming', 'low-level programming', 'low-level systems', 'low-level code', 'bootloader',
      'hypervisor', 'virtualization', 'ebpf', 'interrupt handler', 'firmware', 'embedded systems', 'embedded linux', 'microcontroller', 'rtos', 'microkernel', 'linux kernel',
      // Work with processes, descriptors and the network stack is operating-systems work, whatever the language.
      'daemon', 'daemonize', 'daemonization', 'pidfile', 'pid file', 'process supervisor', 'process management', 'inter-process communication',
      'shared memory', 'file descriptor', 'signal handling', 'packet loss', 'network stack', 'raw sockets',
      // A Jupyter, CUDA or popcorn kernel is not an operating system's.
      { text: 'kernel', caseSensitive: false, needsContext: false, plural: true, notBefore: ['jupyter', 'ipython', 'notebook', 'cuda', 'gpu', 'popcorn', 'triton'] },
    ],
  },
  {
    id: 'concurrency',
    label: 'Concurrent programming',
    category: 'concept',
    aliases: [
      'concurrent', 'concurrency', 'goroutine', 'parallelism', 'parallel computing', 'parallel processing', 'lock-free', 'lockless',
      'mutex', 'actor model', 'multithreading', 'multithreaded', 'multi-threaded', 'multi-threading', 'threading', 'thread pool',
      'thread-safe', 'async', 'async/await', 'asynchronous', 'event loop', 'coroutine', 'green threads', 'atomics', 'race condition',
      'worker pool', 'channels and goroutines', 'high-concurrency', 'multiprocessing', 'parallel programming', 'openmp',
      'high-performance computing', 'hpc', { text: 'MPI', needsContext: false },
      // Background job queues (resque, sidekiq) are concurrent work processing.
      'background job', 'job queue', 'work queue',
    ],
  },
  {
    id: 'distributed-systems',
    label: 'Distributed systems',
    category: 'concept',
    aliases: [
      'distributed systems', 'distributed system', 'distributed computing', 'consensus algorithm', 'paxos', 'raft consensus', 'eventual consistency',
      'fault tolerance', 'fault-tolerant', 'high availability', 'replication', 'sharding', 'cap theorem', 'microservices architecture',
    ],
  },
  {
    id: 'open-source',
    label: 'Open source',
    category: 'concept',
    aliases: ['open source', 'open-source', 'opensource', 'oss', 'foss', 'free software', 'maintainer', 'core contributor', 'contributor', 'core team', 'hacktoberfest'],
    orgs: ['apache', 'cncf', 'linuxfoundation', 'opensource'],
    signals: ['merged-pull-requests', 'adoption', 'public-repositories', 'contributions', 'organization-memberships'],
  },
  {
    id: 'community',
    label: 'Community building',
    category: 'concept',
    aliases: [
      'community', 'meetup', 'user group', 'conference', 'speaker', 'public speaking', 'tech talk', 'conference talk', 'organizer',
      'organiser', 'co-organizer', 'mentor', 'mentoring', 'mentorship', 'hackathon', 'podcast', 'devrel', 'developer advocate',
      'community manager', 'moderator', 'workshop', 'gophercon', 'rubyconf', 'railsconf', 'kubecon', 'fosdem', 'pycon', 'jsconf',
      'developer relations', 'community work', 'developer advocacy', 'teaching', 'to teach',
    ],
    signals: ['followers', 'public-answers'],
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
    rarelyEvidenced: true,
  },
  {
    id: 'documentation',
    label: 'Documentation & technical writing',
    category: 'concept',
    aliases: [
      'documentation', 'docs', 'technical writing', 'technical writer', 'blog', 'blogger', 'blogging', 'writer', 'author',
      'article', 'book', 'newsletter', 'tutorial', 'guide', 'write about', 'writing about', 'written communication', 'writing skills',
    ],
    signals: ['readme-length'],
    rarelyEvidenced: true,
  },
  {
    id: 'leadership',
    label: 'Leadership & mentoring',
    category: 'concept',
    aliases: [
      'leadership', 'tech lead', 'technical lead', 'team lead', 'team leader', 'lead engineer', 'engineering manager', 'led a team',
      'leading a team', 'people management', 'technical leadership', 'coaching', 'mentoring', 'mentor', 'mentorship',
      'staff engineer', 'principal engineer',
    ],
    rarelyEvidenced: true,
  },
  {
    id: 'security',
    label: 'Security',
    category: 'concept',
    aliases: [
      'security', 'appsec', 'application security', 'infosec', 'cybersecurity', 'secure coding', 'owasp', 'penetration testing', 'pentest',
      'pentesting', 'vulnerability', 'vulnerabilities', 'threat modeling', 'threat modelling', 'cryptography', 'encryption', 'cve',
      'security audit', 'zero trust', 'soc 2', 'iso 27001', 'bug bounty', 'ctf',
    ],
    includes: ['oauth', 'hashicorp-vault', 'fuzzing'],
  },
  {
    id: 'testing',
    label: 'Testing',
    category: 'concept',
    aliases: [
      'testing', 'unit test', 'unit tests', 'unit testing', 'integration test', 'integration tests', 'integration testing', 'end-to-end testing',
      'e2e testing', 'e2e tests', 'tdd', 'test-driven', 'test driven development', 'test automation', 'automated testing', 'automated tests',
      'test coverage', 'qa automation', 'quality assurance', 'regression testing', 'testable code', 'testable', 'automation of testing', 'automation of tests',
    ],
    includes: [
      'jest', 'vitest', 'mocha', 'jasmine', 'testing-library', 'cypress', 'playwright', 'selenium', 'puppeteer', 'pytest', 'junit', 'rspec',
      'xunit', 'phpunit', 'cucumber', 'load-testing', 'appium', 'testcontainers', 'fuzzing',
    ],
  },
  {
    id: 'accessibility',
    label: 'Accessibility',
    category: 'concept',
    aliases: ['accessibility', 'a11y', 'wcag', 'wai-aria', 'screen reader', 'screen readers', 'inclusive design', 'section 508', word('ARIA')],
  },
  {
    id: 'api-design',
    label: 'API design',
    category: 'concept',
    aliases: ['api design', 'api-first', 'designing apis', 'api development', 'public api', 'public apis', 'api versioning', 'sdk design'],
    includes: ['rest', 'openapi', 'graphql', 'grpc'],
  },
  {
    id: 'system-design',
    label: 'System design & architecture',
    category: 'concept',
    aliases: ['system design', 'systems design', 'software architecture', 'software design', 'architecture design', 'design patterns', 'domain-driven design', 'ddd', 'clean architecture', 'scalable systems'],
  },
  { id: 'microservices', label: 'Microservices', category: 'concept', aliases: ['microservice', 'microservices', 'micro-services', 'service-oriented architecture', 'soa'] },
  { id: 'functional-programming', label: 'Functional programming', category: 'concept', aliases: ['functional programming', 'lambda calculus', 'monads', 'immutability', 'category theory'] },
  { id: 'object-oriented', label: 'Object-oriented design', category: 'concept', aliases: ['object-oriented', 'object oriented', 'oop', 'solid principles'] },
  { id: 'compilers', label: 'Compilers & language tooling', category: 'concept', aliases: ['compiler', 'compilers', 'interpreter', 'interpreters', 'parser generator', 'type checker', 'language server', 'static typing', 'programming language design', 'bytecode'], includes: ['llvm'] },
  {
    id: 'databases',
    label: 'Database design',
    category: 'concept',
    aliases: ['database design', 'relational databases', 'relational database', 'rdbms', 'schema design', 'query optimization', 'database administration', 'dba', 'indexing strategies', 'orm', 'database migrations', 'schema migrations', 'query engine', 'query engines'],
    includes: ['sql', 'nosql'],
  },
  { id: 'embedded', label: 'Embedded & IoT', category: 'concept', aliases: ['iot', 'internet of things', 'arduino', 'raspberry pi', 'esp32', 'stm32', 'zephyr rtos', 'freertos', 'bare metal', 'bare-metal'] },
  { id: 'game-development', label: 'Game development', category: 'concept', aliases: ['game development', 'game dev', 'gamedev', 'game engine', 'game engines', 'game developer'], includes: ['unity', 'unreal-engine', 'godot'] },
  { id: 'caching', label: 'Caching', category: 'concept', aliases: ['caching', 'cache invalidation', 'caching layer', 'caching strategies'], includes: ['redis', 'memcached', 'elasticache'] },
];
