import type { Skill } from '../skills';
import { firstName, word } from './phrases';

/** Test frameworks and tools, and developer tools that are not part of a stack. */
export const TESTING: readonly Skill[] = [
  { id: 'jest', label: 'Jest', category: 'testing', aliases: ['jestjs', word('Jest')], orgs: ['jestjs'] },
  { id: 'vitest', label: 'Vitest', category: 'testing', aliases: ['vitest'], orgs: ['vitest-dev'] },
  { id: 'mocha', label: 'Mocha / Chai', category: 'testing', aliases: ['mochajs', 'mocha.js', 'chai.js', word('Mocha', { notAfter: ['latte', 'coffee', 'cake'] })] },
  { id: 'jasmine', label: 'Jasmine / Karma', category: 'testing', aliases: ['jasmine tests', 'karma runner', firstName('Jasmine', { notAfter: ['rice', 'tea', 'flower', 'flowers'] })] },
  { id: 'testing-library', label: 'Testing Library', category: 'testing', aliases: ['testing library', 'testing-library', 'react testing library', 'enzyme tests'], orgs: ['testing-library'] },
  { id: 'cypress', label: 'Cypress', category: 'testing', aliases: ['cypress.io', word('Cypress', { notAfter: ['tree', 'trees', 'hill', 'creek', 'semiconductor'] })], orgs: ['cypress-io'] },
  { id: 'playwright', label: 'Playwright', category: 'testing', aliases: ['playwright tests', word('Playwright', { notBefore: ['a', 'the', 'famous', 'award-winning', 'english', 'british', 'american'] })] },
  { id: 'selenium', label: 'Selenium', category: 'testing', aliases: ['selenium webdriver', 'webdriver', 'webdriverio', word('Selenium', { notAfter: ['supplement', 'supplements', 'deficiency', 'levels'] })], orgs: ['SeleniumHQ'] },
  { id: 'puppeteer', label: 'Puppeteer', category: 'testing', aliases: [word('Puppeteer')], orgs: ['puppeteer'] },
  { id: 'pytest', label: 'pytest', category: 'testing', aliases: ['pytest', 'unittest'], orgs: ['pytest-dev'] },
  { id: 'junit', label: 'JUnit / TestNG', category: 'testing', aliases: ['junit', 'junit5', 'testng', 'mockito', 'assertj'], orgs: ['junit-team'] },
  { id: 'rspec', label: 'RSpec / Minitest', category: 'testing', aliases: ['rspec', 'minitest', 'capybara'], orgs: ['rspec'] },
  { id: 'xunit', label: 'xUnit / NUnit', category: 'testing', aliases: ['xunit', 'nunit', 'mstest'] },
  { id: 'phpunit', label: 'PHPUnit / Pest', category: 'testing', aliases: ['phpunit', 'pestphp'] },
  { id: 'cucumber', label: 'Cucumber / BDD', category: 'testing', aliases: ['gherkin', 'behavior-driven development', 'behaviour-driven development', 'bdd', word('Cucumber', { notAfter: ['salad', 'sandwich', 'sandwiches', 'water'] })] },
  { id: 'postman', label: 'Postman / API testing', category: 'testing', aliases: ['api testing', 'newman cli', 'insomnia rest', word('Postman', { notBefore: ['the', 'a', 'our', 'local'] })] },
  { id: 'load-testing', label: 'Load testing (k6, JMeter)', category: 'testing', aliases: ['load testing', 'performance testing', 'stress testing', 'jmeter', 'k6', 'locust.io', word('Gatling')] },
  { id: 'appium', label: 'Appium / mobile testing', category: 'testing', aliases: ['appium', 'espresso tests', 'xcuitest', 'detox e2e', 'mockk', word('Espresso')] },
  { id: 'testcontainers', label: 'Testcontainers', category: 'testing', aliases: ['testcontainers'], orgs: ['testcontainers'] },
  { id: 'fuzzing', label: 'Fuzzing & property-based testing', category: 'testing', aliases: ['fuzzing', 'fuzz testing', 'fuzzer', 'afl++', 'libfuzzer', 'property-based testing', 'quickcheck'] },
  { id: 'static-analysis', label: 'Static analysis & linting', category: 'tool', aliases: ['static analysis', 'sonarqube', 'sonarcloud', 'eslint', 'linting', 'linter', 'codeql', 'semgrep', 'clippy'] },
];

export const TOOLS: readonly Skill[] = [
  { id: 'git', label: 'Git', category: 'tool', aliases: ['git', 'git rebase', 'version control'], orgs: ['git'] },
  { id: 'bazel', label: 'Bazel / Buck', category: 'tool', aliases: ['bazel', 'buck2', 'pants build', 'monorepo tooling'], languages: ['Starlark'], orgs: ['bazelbuild'] },
  { id: 'gradle', label: 'Gradle', category: 'tool', aliases: ['gradle', 'build.gradle'], orgs: ['gradle'] },
  { id: 'maven', label: 'Maven', category: 'tool', aliases: ['apache maven', 'pom.xml', 'maven central', word('Maven')] },
  { id: 'cmake', label: 'CMake', category: 'tool', aliases: ['cmake', 'ninja build', 'meson build'], languages: ['CMake', 'Meson'] },
  // "make" alone is the verb: only the Makefile and GNU Make name the tool.
  { id: 'make', label: 'Make', category: 'tool', aliases: ['makefile', 'makefiles', 'gnu make', 'gnumake'], languages: ['Makefile'] },
  { id: 'package-managers', label: 'JavaScript package managers', category: 'tool', aliases: ['pnpm', 'yarn berry', 'yarnpkg', 'npm workspaces', word('Yarn', { notAfter: ['ball', 'store', 'shop'] })] },
  { id: 'python-tooling', label: 'Python packaging (Poetry, uv)', category: 'tool', aliases: ['poetry lock', 'python poetry', 'pipenv', 'conda', 'anaconda', 'virtualenv', 'pyproject.toml', 'setuptools', 'uv pip'] },
  { id: 'vim', label: 'Vim / Neovim', category: 'tool', aliases: ['vim', 'neovim', 'nvim'], languages: ['Vim Script'], orgs: ['neovim', 'vim'] },
  { id: 'emacs', label: 'Emacs', category: 'tool', aliases: ['emacs', 'spacemacs', 'doom emacs'], orgs: ['emacs-mirror'] },
  { id: 'xcode', label: 'Xcode', category: 'tool', aliases: ['xcode'] },
  { id: 'jira', label: 'Jira / issue trackers', category: 'tool', aliases: ['jira', 'linear.app', 'youtrack'] },
  { id: 'figma', label: 'Figma', category: 'tool', aliases: ['figma', 'sketch app', 'adobe xd'] },
  { id: 'debugging-tools', label: 'Debuggers & tracing tools', category: 'tool', aliases: ['gdb', 'lldb', 'valgrind', 'strace', 'perf tools', 'dtrace', 'bpftrace', 'wireshark', 'tcpdump'] },
  { id: 'blockchain', label: 'Blockchain / Web3', category: 'concept', aliases: ['blockchain', 'web3', 'ethereum', 'smart contract', 'smart contracts', 'evm', 'defi', 'hardhat', 'foundry forge'], includes: ['solidity'] },
];
