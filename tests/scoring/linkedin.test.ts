import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ProfileAnalysisSchema, type ProfileAnalysis } from '@/lib/schema/analysis';
import type { Posting } from '@/lib/schema/posting';
import { type LinkedInProfile, LinkedInProfileSchema, type Position } from '@/lib/schema/profile';
import type { ScoreResult } from '@/lib/schema/score';
import { analyzeProfile } from '@/lib/scoring/analyze';
import { scoreAnalysis } from '@/lib/scoring/score';
import { seedPosting } from '@/lib/scoring/seed-posting';
import { LINKEDIN_VALUES, analyzeLinkedIn, positionRecency, skillsOfListedSkill } from '@/lib/sites/linkedin/analysis';
import { extract } from '@/lib/sites/linkedin/extract';
import { hasRealFixtures, readRealFixture, SKIP_REASON } from '../real-fixtures';

const CAPTURED_AT = '2026-03-01T00:00:00.000Z';
const URL_OF_PROFILE = 'https://www.linkedin.com/in/jane-doe';

function linkedIn(fields: Partial<LinkedInProfile> = {}): LinkedInProfile {
  return LinkedInProfileSchema.parse({
    site: 'linkedin',
    login: 'jane-doe',
    url: URL_OF_PROFILE,
    name: 'Jane Doe',
    location: 'Lisbon, Portugal',
    view: 'member',
    capturedAt: CAPTURED_AT,
    ...fields,
  });
}

const position = (fields: Partial<Position> & { title: string }): Position => ({ current: false, ...fields });

const evidenceOf = (analysis: ProfileAnalysis, skillId: string) => analysis.skills[skillId] ?? [];
const requirement = (result: ScoreResult, id: string) => {
  const found = result.requirements.find((r) => r.requirementId === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};

describe('positions', () => {
  it('"Senior Go Engineer" is Go evidence, quoted and placed', () => {
    const analysis = analyzeLinkedIn(linkedIn({ positions: [position({ title: 'Senior Go Engineer', company: 'Acme', start: 'Jan 2022', current: true })] }));
    expect(evidenceOf(analysis, 'go')).toEqual([
      {
        location: 'linkedin:position:0',
        source: 'linkedin-position',
        quote: 'Senior Go Engineer',
        where: 'LinkedIn position: Senior Go Engineer at Acme',
        url: URL_OF_PROFILE,
        value: LINKEDIN_VALUES.position,
      },
    ]);
  });

  it('counts Kubernetes in a description, quoting the words around it', () => {
    const analysis = analyzeLinkedIn(
      linkedIn({ positions: [position({ title: 'Platform Engineer', company: 'Initech', current: true, description: 'Ran our clusters.\nMigrated 40 services to Kubernetes with Helm.' })] }),
    );
    expect(evidenceOf(analysis, 'kubernetes')).toEqual([
      expect.objectContaining({ source: 'linkedin-position', quote: 'Migrated 40 services to Kubernetes with Helm', where: 'LinkedIn position: Platform Engineer at Initech' }),
    ]);
  });

  it('counts older positions less, down to a floor; a current one in full', () => {
    const title = 'Go Developer';
    const analysis = analyzeLinkedIn(
      linkedIn({
        positions: [
          position({ title, start: '2023', current: true }),
          position({ title, start: '2019', end: 'Dec 2022' }),
          position({ title, start: '2010', end: '2014' }),
          position({ title, start: '1995', end: '1999' }),
          position({ title }), // no dates shown
        ],
      }),
    );
    const value = (index: number) => evidenceOf(analysis, 'go').find((e) => e.location === `linkedin:position:${index}`)?.value;
    expect(value(0)).toBe(LINKEDIN_VALUES.position);
    expect(value(1)).toBeLessThan(value(0)!);
    expect(value(2)).toBeLessThan(value(1)!);
    expect(value(3)).toBe(LINKEDIN_VALUES.position * LINKEDIN_VALUES.positionRecencyFloor);
    expect(value(4)).toBe(LINKEDIN_VALUES.position * LINKEDIN_VALUES.positionRecencyUnknown);
  });

  it.each([
    [{ current: true }, 1],
    [{ end: 'March 2026', current: false }, 1],
    [{ end: '2022', current: false }, 0.5],
    [{ end: 'June 1990', current: false }, LINKEDIN_VALUES.positionRecencyFloor],
    [{ end: undefined, current: false }, LINKEDIN_VALUES.positionRecencyUnknown],
    [{ end: 'Present-ish', current: false }, LINKEDIN_VALUES.positionRecencyUnknown],
  ])('positionRecency(%o) is %s', (dates, expected) => {
    expect(positionRecency(dates, CAPTURED_AT)).toBeCloseTo(expected, 10);
  });

  describe('company names are never read as skills', () => {
    it.each([
      ['Go-Jek', 'go'],
      ['Oracle', 'oracle-db'],
      ['Docker, Inc.', 'docker'],
      ['Rust Belt Bakery', 'rust'],
      ['Kubernetes Consulting GmbH', 'kubernetes'],
    ])('working at %s is no %s evidence', (company, skillId) => {
      const analysis = analyzeLinkedIn(linkedIn({ positions: [position({ title: 'Account Executive', company, current: true })] }));
      expect(evidenceOf(analysis, skillId)).toEqual([]);
      expect(JSON.stringify(analysis.texts)).not.toContain(`"text":"${company}`);
    });

    it('but the description still counts, and the company only labels the place', () => {
      const analysis = analyzeLinkedIn(
        linkedIn({ positions: [position({ title: 'Software Engineer', company: 'Oracle', current: true, description: 'Wrote Go services for billing.' })] }),
      );
      expect(evidenceOf(analysis, 'oracle-db')).toEqual([]);
      expect(evidenceOf(analysis, 'go')).toEqual([expect.objectContaining({ where: 'LinkedIn position: Software Engineer at Oracle', quote: 'Wrote Go services for billing' })]);
    });

    it('an Oracle PL/SQL title is Oracle Database, whoever the employer', () => {
      const analysis = analyzeLinkedIn(linkedIn({ positions: [position({ title: 'Oracle PL/SQL Consultant', company: 'biss consulting GmbH', current: true })] }));
      expect(evidenceOf(analysis, 'oracle-db')).toHaveLength(1);
    });
  });
});

describe('skills list', () => {
  it('a listed skill is modest evidence, weaker than a current position naming it', () => {
    const analysis = analyzeLinkedIn(
      linkedIn({ skills: ['Go', 'Golang'], positions: [position({ title: 'Backend Engineer', description: 'Go and PostgreSQL services.', current: true })] }),
    );
    const go = evidenceOf(analysis, 'go');
    expect(go.map((e) => [e.source, e.location])).toEqual([
      ['linkedin-position', 'linkedin:position:0'],
      ['linkedin-skill', 'linkedin:skill:go'], // "Golang" is the same claim again: counted once
    ]);
    expect(go[1]).toEqual({ location: 'linkedin:skill:go', source: 'linkedin-skill', quote: 'skill: Go', where: 'LinkedIn skills', url: URL_OF_PROFILE, value: LINKEDIN_VALUES.skill });
    expect(LINKEDIN_VALUES.skill).toBeLessThan(LINKEDIN_VALUES.position);
  });

  it('"Java" is not JavaScript, and "JavaScript" is not Java', () => {
    const java = analyzeLinkedIn(linkedIn({ skills: ['Java'] }));
    expect(evidenceOf(java, 'java')).toHaveLength(1);
    expect(evidenceOf(java, 'javascript')).toEqual([]);
    const javascript = analyzeLinkedIn(linkedIn({ skills: ['JavaScript'] }));
    expect(evidenceOf(javascript, 'javascript')).toHaveLength(1);
    expect(evidenceOf(javascript, 'java')).toEqual([]);
  });

  it.each([
    ['Go', ['go']],
    ['Go (Programming Language)', ['go']],
    ['Golang', ['go']],
    ['Swift', ['swift']],
    ['Rust', ['rust']],
    ['Kubernetes', ['kubernetes']],
    ['Ruby on Rails', ['rails', 'ruby']],
    ['Go-to-Market Strategy', []],
    ['Go To Market', []],
    ["Let's go", []],
    ['Business Strategy', []],
    ['Product Management', []],
  ])('the entry %j names %j', (entry, expected) => {
    expect(skillsOfListedSkill(entry).map((skill) => skill.id).sort()).toEqual(expected);
  });
});

describe('headline and about', () => {
  it('reads the headline and the about text as prose, with their own sources and locations', () => {
    const analysis = analyzeLinkedIn(linkedIn({ headline: 'Go developer | Kubernetes', about: 'I build Docker images for a living.' }));
    expect(evidenceOf(analysis, 'go')).toEqual([expect.objectContaining({ source: 'headline', location: 'linkedin:headline', value: LINKEDIN_VALUES.headline })]);
    expect(evidenceOf(analysis, 'docker')).toEqual([expect.objectContaining({ source: 'about', location: 'linkedin:about', value: LINKEDIN_VALUES.about })]);
  });

  it('"Let\'s go!" in the about text is not Go', () => {
    const analysis = analyzeLinkedIn(linkedIn({ about: "Ten years shipping products. Let's go! Always happy to go the extra mile." }));
    expect(evidenceOf(analysis, 'go')).toEqual([]);
  });
});

describe('what the analysis may not read', () => {
  it('never reads the name or the location: changing them changes nothing', () => {
    const fields = {
      headline: 'Engineer',
      about: 'I like building things.',
      skills: ['Leadership'],
      positions: [position({ title: 'Engineer', company: 'Acme', current: true })],
    };
    const plain = analyzeLinkedIn(linkedIn(fields));
    const loaded = analyzeLinkedIn(linkedIn({ ...fields, name: 'Go Kubernetes Docker', location: 'Ruby, Rails — Open Source Valley' }));
    expect(loaded).toEqual(plain);
    expect(JSON.stringify(loaded)).not.toMatch(/Jane|Lisbon/);
  });

  it('is a valid analysis, reached through analyzeProfile too', () => {
    const profile = linkedIn({ headline: 'Go developer', skills: ['Docker'] });
    const analysis = analyzeLinkedIn(profile);
    expect(ProfileAnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analyzeProfile(profile)).toEqual(analysis);
    expect(analysis.coverage).toBeUndefined();
  });
});

describe('coverage', () => {
  it.each([
    [{}, 0, ['no positions shown', 'no skills section', 'no about section']],
    [{ positions: [position({ title: 'A' })] }, 1, ['1 position read', 'no skills section', 'no about section']],
    [{ positions: [position({ title: 'A' }), position({ title: 'B' }), position({ title: 'C' })], skills: ['Go'] }, 3, ['3 positions read', '1 skill read', 'no about section']],
    [
      { positions: Array.from({ length: 5 }, (_, i) => position({ title: `P${i}` })), skills: ['Go', 'Docker'], about: 'Hello.' },
      4,
      ['5 positions read', '2 skills read', 'about section read'],
    ],
    [{ about: '   ' }, 0, ['no positions shown', 'no skills section', 'no about section']],
  ])('%o: known %i', (fields, known, reasons) => {
    expect(analyzeLinkedIn(linkedIn(fields)).siteCoverage).toEqual([{ site: 'linkedin', known, reasons }]);
  });
});

describe('scoring against the seed posting', () => {
  const gopher = linkedIn({
    headline: 'Senior Go Engineer · open source maintainer',
    about: 'I build CI pipelines in Go and run them on Kubernetes.',
    skills: ['Go', 'Docker', 'Ruby on Rails'],
    positions: [
      position({ title: 'Senior Go Engineer', company: 'Acme', start: 'Jan 2022', current: true, description: 'Go services on Kubernetes; Docker images for CI.' }),
      position({ title: 'Rails Developer', company: 'Globex', start: '2015', end: '2019', description: 'Ruby on Rails monolith.' }),
    ],
  });

  it('every point comes from LinkedIn evidence with an http(s) link to the profile', () => {
    const result = scoreAnalysis(analyzeLinkedIn(gopher), seedPosting);
    for (const id of ['go', 'kubernetes', 'docker', 'ruby-rails', 'open-source']) {
      const met = requirement(result, id);
      expect(met.met, id).toBe(true);
      for (const item of met.evidence) {
        expect(['linkedin-skill', 'linkedin-position', 'headline', 'about']).toContain(item.source);
        expect(item.url).toMatch(/^https:\/\//);
      }
    }
    expect(requirement(result, 'go').evidence.map((e) => e.source)).toEqual(['linkedin-position', 'about', 'headline', 'linkedin-skill']);
    expect(requirement(result, 'ruby-rails').evidence.map((e) => e.where)).toContain('LinkedIn position: Rails Developer at Globex');
    expect(result.mustHavesMissing).toEqual(['Operating systems & concurrent programming']);
    expect(result.confidence).toBe('medium'); // 2 positions, skills and about: 3 of 4
  });

  it('scores a LinkedIn gopher above a LinkedIn manager', () => {
    const manager = linkedIn({ headline: 'VP Sales', skills: ['Leadership', 'Negotiation'], positions: [position({ title: 'VP Sales', company: 'Go-Jek', current: true })] });
    const gopherTotal = scoreAnalysis(analyzeLinkedIn(gopher), seedPosting).total;
    const managerResult = scoreAnalysis(analyzeLinkedIn(manager), seedPosting);
    expect(managerResult.total).toBe(0);
    expect(gopherTotal).toBeGreaterThan(20);
  });

  it('matches a recruiter’s own terms in skills and positions, never in company names', () => {
    const posting: Posting = {
      ...seedPosting,
      id: 'terms',
      requirements: [{ id: 'fintech', label: 'Fintech', kind: 'plus', weight: 5, skills: [], terms: ['payments', 'Acme'] }],
    };
    const profile = linkedIn({ skills: ['Payments'], positions: [position({ title: 'Engineer', company: 'Acme', current: true, description: 'Card payments.' })] });
    const result = requirement(scoreAnalysis(analyzeLinkedIn(profile), posting), 'fintech');
    expect(result.evidence.map((e) => [e.source, e.quote])).toEqual([
      ['linkedin-position', 'Card payments'],
      ['linkedin-skill', 'skill: Payments'],
    ]);
  });
});

// ---- real pages: extract → analyze → score ---------------------------------------------

function analyzeRealPage(file: string, url: string): ProfileAnalysis {
  const result = extract(parseHTML(readRealFixture(`linkedin_html/${file}`)).document as unknown as Document, url);
  if (result.status !== 'profile' || result.profile.site !== 'linkedin') throw new Error(`expected a LinkedIn profile from ${file}`);
  return analyzeLinkedIn({ ...result.profile, capturedAt: CAPTURED_AT });
}

if (!hasRealFixtures) console.warn(SKIP_REASON);

/** A LinkedIn page is what the person says about themselves: read in full, it is still not their work. */
const SELF_DESCRIBED = 'most points come from what the person writes about themselves, not from their work';

describe.skipIf(!hasRealFixtures)('real LinkedIn pages, extracted, analyzed and scored', () => {
  it('jeffweiner08 (2016): an executive, nothing the seed posting asks for but mentoring', () => {
    const analysis = analyzeRealPage('yatish27linkedin-scraper__spec__fixtures__jeffweiner08.html', 'https://www.linkedin.com/in/jeffweiner08');
    expect(Object.keys(analysis.skills)).toEqual(['community', 'english', 'leadership']); // "Mentoring", "Leadership", the summary's "leadership teams", and the summary written in English
    const result = scoreAnalysis(analysis, seedPosting);
    expect(result.requirements.filter((r) => r.met).map((r) => r.requirementId)).toEqual(['community']);
    expect(requirement(result, 'community').evidence).toEqual([
      expect.objectContaining({ source: 'linkedin-skill', quote: 'skill: Mentoring', url: 'https://www.linkedin.com/in/jeffweiner08' }),
    ]);
    expect(result.mustHavesMissing).toEqual(['Production Go', 'Operating systems & concurrent programming', 'Passion for open source']);
    // the whole page was read (positions, skills, about), but a listed skill is their word, not their work: medium
    expect(result).toMatchObject({ confidence: 'medium', confidenceReasons: ['12 positions read', '26 skills read', 'about section read', SELF_DESCRIBED] });
  });

  it('julianamelung (2016): Ruby and Rails listed; an old Oracle PL/SQL title; Java and JavaScript each themselves', () => {
    const analysis = analyzeRealPage('julianbeilinkedin-public-profile__test__fixtures__profile.html', 'https://de.linkedin.com/in/julianamelung');
    expect(evidenceOf(analysis, 'java').map((e) => e.quote)).toEqual(['skill: Java']);
    expect(evidenceOf(analysis, 'javascript').map((e) => e.quote)).toEqual(['skill: JavaScript']);
    expect(evidenceOf(analysis, 'oracle-db')).toEqual([
      expect.objectContaining({
        source: 'linkedin-position',
        quote: 'Oracle PL/SQL Consultant',
        where: 'LinkedIn position: Oracle PL/SQL Consultant at biss consulting GmbH',
        value: LINKEDIN_VALUES.position * LINKEDIN_VALUES.positionRecencyFloor, // ended November 2011
      }),
    ]);
    expect(evidenceOf(analysis, 'go')).toEqual([]);
    const result = scoreAnalysis(analysis, seedPosting);
    expect(requirement(result, 'ruby-rails').evidence.map((e) => [e.source, e.quote])).toEqual([
      ['linkedin-skill', 'skill: Ruby'],
      ['linkedin-skill', 'skill: Ruby on Rails'],
    ]);
    expect(requirement(result, 'go').met).toBe(false);
    expect(result).toMatchObject({ confidence: 'medium', confidenceReasons: ['7 positions read', '29 skills read', 'about section read', SELF_DESCRIBED] });
  });

  it('John Doe (2017, anonymized): placeholder text only, so no evidence at all', () => {
    const analysis = analyzeRealPage('programmercvresume_exporter__spec__fixtures__linkedin.html', 'https://www.linkedin.com/in/john-doe-46b359134');
    expect(analysis.skills).toEqual({});
    const result = scoreAnalysis(analysis, seedPosting);
    expect(result.total).toBe(0);
    expect(result).toMatchObject({ confidence: 'medium', confidenceReasons: ['2 positions read', '3 skills read', 'about section read'] });
  });

  it('robertkcheung (2025 member view): Java and Android listed, founder titles name no skill', () => {
    const analysis = analyzeRealPage('SubstrateLabsbrocc__cli__src__brocc_li__tests__html_fixtures___linkedin-profile.html', 'https://www.linkedin.com/in/robertkcheung');
    expect(evidenceOf(analysis, 'java')).toEqual([
      { location: 'linkedin:skill:java', source: 'linkedin-skill', quote: 'skill: Java', where: 'LinkedIn skills', url: 'https://www.linkedin.com/in/robertkcheung', value: LINKEDIN_VALUES.skill },
    ]);
    expect(evidenceOf(analysis, 'android').map((e) => e.quote)).toEqual(['skill: Android Development']);
    expect(Object.values(analysis.skills).flat().filter((e) => e.source === 'linkedin-position')).toEqual([]);
    const result = scoreAnalysis(analysis, seedPosting);
    expect(result.total).toBe(0);
    expect(result).toMatchObject({ confidence: 'medium', confidenceReasons: ['5 positions read', '2 skills read', 'no about section'] });
  });
});
