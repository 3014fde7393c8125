import { describe, expect, it } from 'vitest';
import { proposeRubric } from '@/lib/postings/propose';
import { median, percentile, printTable, ratio } from './report';

const WARM_UP_RUNS = 20;
const RUNS = 100;
const TARGET_MS = 20;
const POSTING_BYTES = 5 * 1024;

/** An invented posting of the usual shape: intro, responsibilities, requirements, pluses, benefits. */
const SECTIONS = [
  '---',
  'title: "Senior Backend Engineer, Payments Platform"',
  '---',
  '',
  '# Senior Backend Engineer, Payments Platform',
  '',
  'Example Pay moves money for two million small businesses. Our platform team builds the services every',
  'payment passes through: Go and Kotlin services on Kubernetes, PostgreSQL and Kafka underneath, all on AWS.',
  '',
  '## What you will do',
  '',
  '* Design, build and operate high-throughput payment services in Go.',
  '* Own features from proposal to production, including observability with Prometheus and OpenTelemetry.',
  '* Review code, mentor engineers and write clear technical documentation.',
  '* Improve our CI/CD pipelines in GitHub Actions and our Terraform modules.',
  '* Take part in an on-call rotation shared by the whole team.',
  '',
  '## Requirements',
  '',
  '* 5+ years of professional software engineering experience.',
  '* Strong experience with Go, or deep experience with another language and the will to learn Go.',
  '* Solid understanding of distributed systems, concurrency and operating systems fundamentals.',
  '* Experience with PostgreSQL or MySQL, and with schema design and query optimization.',
  '* Experience running services on Kubernetes and Docker in production.',
  '* You must be comfortable with Linux and shell scripting.',
  '* Excellent written communication skills.',
  '',
  '## Nice to have',
  '',
  '* Kafka, RabbitMQ or NATS experience is a plus.',
  '* Familiarity with AWS (EKS, RDS, SQS, Lambda) or Google Cloud would be great.',
  '* Experience with gRPC and Protocol Buffers.',
  '* Contributions to open source projects.',
  '* Knowledge of PCI DSS, security best practices and threat modeling.',
  '* Some frontend experience with React and TypeScript.',
  '',
  '## About us',
  '',
  'We are a remote-first company of 300 people across Europe. We use Go, Rust and Python internally and we',
  'sponsor several open source projects.',
  '',
  '## Benefits',
  '',
  '* Competitive salary and equity.',
  '* Free gym membership, a yearly learning budget and conference tickets.',
  '* 30 days of paid time off.',
  '',
  '## How to apply',
  '',
  'Send us your CV and a link to your GitHub profile. We reply to everyone within two weeks.',
].join('\n');

/** The posting repeated (responsibilities and requirements again) up to 5 KB. */
function postingOf(bytes: number): string {
  let text = SECTIONS;
  while (Buffer.byteLength(text) < bytes) text += `\n\n## More about the role\n\n${SECTIONS.split('## About us')[0]!.split('## What you will do')[1]}`;
  return text.slice(0, bytes);
}

describe('posting text → proposed rubric', () => {
  it('measures proposeRubric on a 5 KB posting', () => {
    const posting = postingOf(POSTING_BYTES);
    const started = performance.now();
    const first = proposeRubric(posting);
    const coldMs = performance.now() - started;
    for (let run = 0; run < WARM_UP_RUNS; run++) proposeRubric(posting);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      proposeRubric(posting);
      times.push(performance.now() - start);
    }
    const size = `${(Buffer.byteLength(posting) / 1024).toFixed(1)} KB`;
    printTable(`proposeRubric, ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs (${first.requirements.length} requirements proposed)`, [
      { measure: `${size} posting, median`, value: `${median(times).toFixed(2)} ms`, target: `≤ ${TARGET_MS} ms`, ratio: ratio(median(times), TARGET_MS) },
      { measure: `${size} posting, p95`, value: `${percentile(times, 95).toFixed(2)} ms`, target: '-', ratio: '-' },
      { measure: `${size} posting, first call (matchers compiled)`, value: `${coldMs.toFixed(2)} ms`, target: '-', ratio: '-' },
    ]);
    expect(first.requirements.length).toBeGreaterThan(0);
  });
});
