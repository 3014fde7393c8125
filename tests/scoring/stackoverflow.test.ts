import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type ProfileAnalysis, ProfileAnalysisSchema } from '@/lib/schema/analysis';
import { isHttpUrl } from '@/lib/schema/limits';
import type { Posting } from '@/lib/schema/posting';
import type { Extraction, StackOverflowProfile, StackOverflowTag } from '@/lib/schema/profile';
import { type ScoreResult, ScoreResultSchema } from '@/lib/schema/score';
import { scoreAnalysis } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { STACKOVERFLOW_VALUES, analyzeStackOverflow, tagValue } from '@/lib/sites/stackoverflow/analysis';
import { extract } from '@/lib/sites/stackoverflow/extract';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../real-fixtures';

/** Evidence of one kind inside a skill's list (profile signals are folded into the skills that read them). */
const ofSource = (analysis: ProfileAnalysis, skill: string, source: string) => (analysis.skills[skill] ?? []).filter((evidence) => evidence.source === source);


/** Hand-made Stack Overflow profiles; every person here is invented. */
const PROFILE_URL = 'https://stackoverflow.com/users/1234567/ada-example';

function makeSo(overrides: Partial<StackOverflowProfile> = {}): StackOverflowProfile {
  return {
    site: 'stackoverflow',
    login: '1234567',
    url: PROFILE_URL,
    name: 'Ada Example',
    location: 'Lisbon',
    tags: [],
    socialLinks: [],
    capturedAt: '2026-03-01T12:00:00.000Z',
    ...overrides,
  };
}

const tag = (name: string, score?: number, posts?: number): StackOverflowTag => ({
  name,
  ...(score === undefined ? {} : { score }),
  ...(posts === undefined ? {} : { posts }),
  url: `https://stackoverflow.com/search?q=user:1234567+[${encodeURIComponent(name)}]`,
});

const requirement = (result: ScoreResult, id: string) => {
  const found = result.requirements.find((r) => r.requirementId === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};

const skillIds = (analysis: ProfileAnalysis) => Object.keys(analysis.skills);
const allEvidence = (analysis: ProfileAnalysis) => Object.values(analysis.skills).flat();

const gopher = makeSo({
  about: 'Backend engineer. I build Go services that run on Kubernetes.\nBefore that, eight years of Ruby on Rails.',
  reputation: 15_230,
  answers: 412,
  questions: 17,
  tags: [tag('go', 1_234, 340), tag('kubernetes', 310, 95), tag('ruby-on-rails', 88, 41), tag('c#', 7, 5)],
  website: 'https://ada.example.dev/',
  socialLinks: [{ url: 'https://github.com/ada-example', label: 'ada-example' }],
});

describe('tags name skills exactly, as slugs', () => {
  it.each([
    ['go', ['go'], ['javascript']],
    ['google-go', ['go'], []], // the tag's name before it was renamed to "go"
    ['java', ['java'], ['javascript']],
    ['javascript', ['javascript'], ['java']],
    ['ruby-on-rails', ['rails', 'ruby'], []],
    ['kubernetes', ['kubernetes'], []],
    ['c#', ['csharp'], ['c']],
    ['goto', [], ['go']],
    ['django', ['django'], ['go']],
  ])('%s is evidence for %j and not for %j', (name, skills, notSkills) => {
    const analysis = analyzeStackOverflow(makeSo({ tags: [tag(name, 50, 10)] }));
    for (const id of skills) expect(analysis.skills[id]?.[0]).toMatchObject({ source: 'stackoverflow-tag', location: `stackoverflow:tag:${name}` });
    for (const id of notSkills) expect(analysis.skills[id]).toBeUndefined();
  });

  it('describes each tag with its numbers and links to it', () => {
    const [evidence] = analyzeStackOverflow(gopher).skills.go!;
    expect(evidence).toEqual({
      location: 'stackoverflow:tag:go',
      source: 'stackoverflow-tag',
      quote: 'go tag: 1.2k score, 340 posts',
      where: 'Stack Overflow tag go',
      url: 'https://stackoverflow.com/search?q=user:1234567+[go]',
      value: tagValue(tag('go', 1_234, 340)),
    });
  });

  it('says when a tag is only listed, without numbers (a Developer Story)', () => {
    expect(analyzeStackOverflow(makeSo({ tags: [tag('go')] })).skills.go![0]).toMatchObject({
      quote: 'go tag (listed, no score shown)',
      value: STACKOVERFLOW_VALUES.listedTag,
    });
  });

  it('links to the profile when a hand-made tag link is not http(s)', () => {
    const analysis = analyzeStackOverflow(makeSo({ tags: [{ name: 'go', score: 3, url: 'javascript:alert(1)' }] }));
    expect(analysis.skills.go![0]!.url).toBe(PROFILE_URL);
  });
});

describe('tag value', () => {
  it('grows with the score, each tenfold adding the same', () => {
    const values = [0, 10, 100, 1_000, 10_000].map((score) => tagValue(tag('go', score, 10)));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    expect(values[3]! - values[2]!).toBeCloseTo(values[2]! - values[1]!, 1);
    expect(values[3]! - values[2]!).toBeLessThan(values[2]!);
  });

  it('grows with posts too, less than with score', () => {
    expect(tagValue(tag('go', 100, 1_000))).toBeGreaterThan(tagValue(tag('go', 100, 10)));
    expect(tagValue(tag('go', 1_000, 10)) - tagValue(tag('go', 10, 10))).toBeGreaterThan(tagValue(tag('go', 10, 1_000)) - tagValue(tag('go', 10, 10)));
  });

  it('never passes the cap, never goes below a listed tag, and treats a negative score as none', () => {
    expect(tagValue(tag('go', 10_000_000, 1_000_000))).toBe(STACKOVERFLOW_VALUES.tagMax);
    expect(tagValue(tag('go', -5, 2))).toBe(tagValue(tag('go', 0, 2)));
    expect(tagValue(tag('go', 0, 0))).toBeGreaterThan(tagValue(tag('go')));
  });

  it('scores a Go requirement higher for a higher tag score', () => {
    const strength = (score: number) => requirement(scoreAnalysis(analyzeStackOverflow(makeSo({ tags: [tag('go', score, 20)] })), seedPosting), 'go').strength;
    expect(strength(2_000)).toBeGreaterThan(strength(200));
    expect(strength(200)).toBeGreaterThan(strength(2));
  });
});

describe('the about text', () => {
  it('is read for skills like a bio, and kept for a recruiter’s own terms', () => {
    const analysis = analyzeStackOverflow(makeSo({ about: 'I maintain Go services and write Terraform modules.' }));
    expect(analysis.skills.go![0]).toMatchObject({ location: 'stackoverflow:about', source: 'about', url: PROFILE_URL, value: STACKOVERFLOW_VALUES.about });
    expect(analysis.texts).toContainEqual(expect.objectContaining({ location: 'stackoverflow:about', source: 'about', text: 'I maintain Go services and write Terraform modules.' }));
  });

  it('finds no Go in "let’s go"', () => {
    expect(analyzeStackOverflow(makeSo({ about: 'Always happy to help. Let’s go!' })).skills.go).toBeUndefined();
  });
});

describe('answers and reputation', () => {
  const community = (profile: StackOverflowProfile) => requirement(scoreAnalysis(analyzeStackOverflow(profile), seedPosting), 'community');

  it('are evidence of online community work: one item, linked to the answers tab', () => {
    const evidence = community(gopher).evidence;
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      source: 'stackoverflow-answers',
      where: 'Stack Overflow answers',
      quote: '412 answers, 15.2k reputation on Stack Overflow',
      url: `${PROFILE_URL}?tab=answers`,
    });
  });

  it('grow with diminishing returns, up to a cap', () => {
    const value = (answers: number, reputation: number) => ofSource(analyzeStackOverflow(makeSo({ answers, reputation })), 'community', 'stackoverflow-answers')[0]!.value;
    expect(value(100, 5_000)).toBeGreaterThan(value(10, 500));
    expect(value(1_000_000, 100_000_000)).toBe(STACKOVERFLOW_VALUES.publicAnswersMax);
  });

  it('count reputation alone when the answer count is not shown, but not the starting reputation', () => {
    expect(community(makeSo({ reputation: 2_400 })).evidence[0]!.quote).toBe('2.4k reputation on Stack Overflow');
    expect(community(makeSo({ reputation: 1 })).evidence).toEqual([]);
  });

  it('count nothing for zero answers, whatever the reputation from questions', () => {
    expect(community(makeSo({ answers: 0, reputation: 900, questions: 40 })).evidence).toEqual([]);
  });
});

describe('scoring through the seed posting', () => {
  const result = scoreAnalysis(analyzeStackOverflow(gopher), seedPosting);

  it('gives the Go requirement evidence from the go tag', () => {
    const go = requirement(result, 'go');
    expect(go.met).toBe(true);
    expect(go.evidence.map((e) => [e.source, e.where])).toEqual([
      ['stackoverflow-tag', 'Stack Overflow tag go'],
      ['about', 'Stack Overflow about'],
    ]);
  });

  it('finds Kubernetes and Rails in their tags', () => {
    expect(requirement(result, 'kubernetes').evidence[0]).toMatchObject({ source: 'stackoverflow-tag', where: 'Stack Overflow tag kubernetes' });
    expect(requirement(result, 'ruby-rails').evidence[0]).toMatchObject({ source: 'stackoverflow-tag', where: 'Stack Overflow tag ruby-on-rails' });
  });

  it('is a valid result whose every evidence links to an http(s) page', () => {
    ScoreResultSchema.parse(result);
    for (const evidence of result.requirements.flatMap((r) => r.evidence)) expect(isHttpUrl(evidence.url), evidence.url).toBe(true);
    for (const evidence of allEvidence(analyzeStackOverflow(gopher))) expect(isHttpUrl(evidence.url), evidence.url).toBe(true);
  });

  it('finds a recruiter’s own term in a tag name, exactly', () => {
    const posting: Posting = {
      ...seedPosting,
      id: 'custom-terms',
      requirements: [
        { id: 'terraform', label: 'Terraform', kind: 'must', weight: 5, skills: [], terms: ['Terraform'] },
        { id: 'csharp', label: 'C#', kind: 'plus', weight: 2, skills: [], terms: ['C#'] },
        { id: 'rails-words', label: 'Ruby on Rails', kind: 'plus', weight: 2, skills: [], terms: ['Ruby on Rails'] },
      ],
    };
    const terms = scoreAnalysis(analyzeStackOverflow(makeSo({ tags: [tag('terraform', 40, 12), tag('c#', 7, 5), tag('ruby-on-rails', 3, 2)] })), posting);
    expect(requirement(terms, 'terraform').evidence.map((e) => [e.source, e.quote])).toEqual([['stackoverflow-tag', 'terraform tag: 40 score, 12 posts']]);
    expect(requirement(terms, 'csharp').evidence.map((e) => e.where)).toEqual(['Stack Overflow tag c#']);
    expect(requirement(terms, 'rails-words').evidence.map((e) => e.where)).toEqual(['Stack Overflow tag ruby-on-rails']);
  });
});

describe('what the analysis may read', () => {
  it('never reads the name, login, location or links', () => {
    const forbidden = new Set(['name', 'login', 'location', 'website', 'socialLinks']);
    const guarded = new Proxy(gopher, {
      get(target, key, receiver) {
        if (typeof key === 'string' && forbidden.has(key)) throw new Error(`the analysis read ${key}`);
        return Reflect.get(target, key, receiver);
      },
    });
    expect(analyzeStackOverflow(guarded)).toEqual(analyzeStackOverflow(gopher));
  });

  it('is the same analysis whatever the name and location', () => {
    const other = { ...gopher, name: 'Someone Else', location: 'Nowhere', login: '999' };
    expect(analyzeStackOverflow(other)).toEqual(analyzeStackOverflow(gopher));
    expect(JSON.stringify(analyzeStackOverflow(gopher))).not.toMatch(/Ada Example|Lisbon/);
  });

  it('is a valid, stored-as-JSON analysis', () => {
    const analysis = analyzeStackOverflow(gopher);
    expect(ProfileAnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expect(analysis.coverage).toBeUndefined();
  });
});

describe('coverage', () => {
  it.each([
    ['a full profile tab', gopher, 4, ['4 top tags read', 'about text read', '412 answers read'], 'high'],
    [
      'a Developer Story',
      makeSo({ tags: [tag('go'), tag('docker'), tag('linux')] }),
      1,
      ['3 tags listed, without scores', 'no about text', 'answers and reputation not shown'],
      'low',
    ],
    ['reputation only', makeSo({ reputation: 50, about: 'Hi' }), 2, ['no top tags shown', 'about text read', 'reputation read, answer count not shown'], 'medium'],
    ['nothing', makeSo(), 0, ['no top tags shown', 'no about text', 'answers and reputation not shown'], 'low'],
  ] as const)('%s', (_case, profile, known, reasons, confidence) => {
    const analysis = analyzeStackOverflow(profile);
    expect(analysis.siteCoverage).toEqual([{ site: 'stackoverflow', known, reasons }]);
    const result = scoreAnalysis(analysis, seedPosting);
    expect(result.confidence).toBe(confidence);
    expect(result.confidenceReasons).toEqual(reasons);
  });
});

if (!hasRealFixtures) console.warn(SKIP_REASON);

describe.skipIf(!hasRealFixtures)('real pages: extract → analyze → score', () => {
  const profileFrom = (file: string, url: string) => {
    const result: Extraction = extract(parseHTML(readRealFixture(`stackoverflow_html/${file}`)).document as unknown as Document, url);
    if (result.status !== 'profile' || result.profile.site !== 'stackoverflow') throw new Error(`not a profile: ${JSON.stringify(result)}`);
    return result.profile;
  };

  it('a front-end Developer Story (fbuireu): no Go, but Docker, Linux and JavaScript from its tags', () => {
    const analysis = analyzeStackOverflow(profileFrom('getmanfreddev-story-scraper__src__tests__html__fbuireu.html', 'https://stackoverflow.com/story/fbuireu'));
    const result = scoreAnalysis(analysis, seedPosting);
    // The page lists no go tag and says nothing of Go: the must-have stays unmet.
    expect(requirement(result, 'go').evidence).toEqual([]);
    expect(result.mustHavesMissing).toContain('Production Go');
    expect(requirement(result, 'docker').evidence).toEqual([
      expect.objectContaining({ source: 'stackoverflow-tag', quote: 'docker tag (listed, no score shown)', url: 'https://stackoverflow.com/questions/tagged/docker' }),
    ]);
    expect(requirement(result, 'linux-sysadmin').evidence.map((e) => e.where)).toContain('Stack Overflow tag linux');
    expect(requirement(result, 'kubernetes').evidence).toEqual([]);
    expect(requirement(result, 'community').evidence).toEqual([]); // a Developer Story shows no answer count
    expect(analysis.skills.javascript?.map((e) => e.location)).toEqual(expect.arrayContaining(['stackoverflow:tag:javascript', 'stackoverflow:tag:ecmascript-6']));
    // the java and hibernate tags (Hibernate is Java), never javascript or ecmascript-6
    expect(analysis.skills.java?.map((e) => e.location).sort()).toEqual(['stackoverflow:tag:hibernate', 'stackoverflow:tag:java']);
    expect(result.confidenceReasons).toEqual(['50 tags listed, without scores', 'no about text', 'answers and reputation not shown']);
  });

  it('a Ruby on Rails cv-story (2017): Ruby/Rails from its tags, no Go', () => {
    const analysis = analyzeStackOverflow(profileFrom('programmercvresume_exporter__spec__fixtures__stackoverflow.html', 'https://stackoverflow.com/story/johndoe'));
    const result = scoreAnalysis(analysis, seedPosting);
    expect(requirement(result, 'ruby-rails').evidence.map((e) => e.where).sort()).toEqual(['Stack Overflow tag ruby', 'Stack Overflow tag ruby-on-rails']);
    expect(requirement(result, 'go').evidence).toEqual([]);
    for (const evidence of result.requirements.flatMap((r) => r.evidence)) expect(isHttpUrl(evidence.url)).toBe(true);
  });

  it('a Developer Story tab with an about text (jaydles): nothing for Go, SQL from the sql tags', () => {
    const analysis = analyzeStackOverflow(profileFrom('getmanfreddev-story-scraper__src__tests__html__jaydles.html', 'https://stackoverflow.com/users/347414/jaydles'));
    expect(analysis.skills.go).toBeUndefined();
    expect(analysis.skills.sql?.map((e) => e.location).sort()).toEqual(['stackoverflow:tag:sql', 'stackoverflow:tag:sql-server']);
    expect(analysis.siteCoverage[0]).toEqual({ site: 'stackoverflow', known: 2, reasons: ['10 tags listed, without scores', 'about text read', 'answers and reputation not shown'] });
  });
});
