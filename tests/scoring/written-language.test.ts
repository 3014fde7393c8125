import { describe, expect, it } from 'vitest';
import { proposeRubric } from '@/lib/postings/propose';
import type { Posting } from '@/lib/schema/posting';
import { analyzeProfile } from '@/lib/scoring/analyze';
import { scoreProfile } from '@/lib/scoring/score';
import { writtenLanguageOf } from '@/lib/scoring/written-language';
import { apiRepo, makeProfile } from './profiles';

describe('the language a person writes in', () => {
  it.each([
    ['I build tools for the web and maintain a few libraries in Go. Most of my work is on GitHub.', 'english'],
    ['Ich entwickle Werkzeuge für das Web und pflege einige Bibliotheken in Go, die auch im Einsatz sind.', 'german'],
    ['Je développe des outils pour le web et je maintiens des bibliothèques en Go avec une équipe.', 'french'],
    ['Soy desarrollador y mantengo varias librerías en Go para los equipos de mi empresa.', 'spanish'],
  ])('%j is written in %s', (text, language) => {
    expect(writtenLanguageOf(text)).toBe(language);
  });

  it.each([
    ['Go, Rust, Kubernetes', 'a list of names has no language'],
    ['Backend dev', 'two words are too few to tell'],
    ['I like the Go und die Rust of the Sprachen.', 'a mix of two languages is not clear'],
  ])('%j → none (%s)', (text) => {
    expect(writtenLanguageOf(text)).toBeUndefined();
  });
});

const englishPosting = (kind: 'must' | 'plus'): Posting => ({
  id: 'p',
  title: 'Go developer',
  requirements: [
    { id: 'go', label: 'Go', kind: 'must', weight: 8, skills: ['go'] },
    { id: 'english', label: 'English', kind, weight: 6, skills: ['english'] },
  ],
  builtIn: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('a posting that asks for a spoken language', () => {
  it('proposes "fluent English" and "German (C1)" as requirements, but never a nationality or a country', () => {
    const { requirements } = proposeRubric(
      'Requirements:\n- Fluent English, written and spoken\n- German language skills (C1)\n- Experience with a German company or the French market\n\nAbout us:\nWe are a Spanish startup.',
    );
    const skills = requirements.flatMap((r) => r.skills);
    expect(skills).toContain('english');
    expect(skills).toContain('german');
    expect(skills).not.toContain('french');
    expect(skills).not.toContain('spanish');
  });

  it('is met by what the person writes, with the text to click, not by where they live', () => {
    const writesEnglish = makeProfile({
      readme: 'I maintain a small job queue written in Go and write about the things I learn along the way on my blog.',
      location: 'Berlin, Germany',
    });
    const result = scoreProfile(writesEnglish, englishPosting('must'));
    const english = result.requirements.find((r) => r.requirementId === 'english')!;
    expect(english.met).toBe(true);
    expect(english.evidence.map((e) => e.quote)).toEqual(['profile README written in English']);
    expect(english.evidence[0]!.url).toBe('https://github.com/example-dev');

    const germanAnalysis = analyzeProfile(makeProfile({ readme: 'Ich schreibe Bibliotheken in Go und pflege sie mit der Community, die sie auch nutzt.' }));
    expect(Object.keys(germanAnalysis.skills)).toContain('german');
    expect(Object.keys(germanAnalysis.skills)).not.toContain('english');
  });

  it('reads repository descriptions together, never those of forks', () => {
    const repositories = [
      apiRepo('example-dev', 'queue', { description: 'A job queue for the services of a small team' }),
      apiRepo('example-dev', 'cli', { description: 'Command line tool that is used to deploy with Docker' }),
      apiRepo('example-dev', 'fork', { description: 'Ein Fork für die Arbeit mit der Bibliothek und den Tests', isFork: true }),
    ];
    const analysis = analyzeProfile(makeProfile({ repositories }));
    expect(analysis.skills.english?.map((e) => e.quote)).toEqual(['repository descriptions written in English']);
    expect(analysis.skills.german).toBeUndefined();
  });

  it('never caps a total when it is not shown: a must-have spoken language is a trait, like open source', () => {
    const goWork = makeProfile({
      repositories: [apiRepo('example-dev', 'queue', { language: 'Go', sizeKb: 900, pushedAt: '2026-01-01T00:00:00Z', createdAt: '2022-01-01T00:00:00Z' })],
    });
    const asMust = scoreProfile(goWork, englishPosting('must'));
    expect(asMust.requirements.find((r) => r.requirementId === 'english')!.met).toBe(false);
    const withoutIt = scoreProfile(goWork, { ...englishPosting('must'), requirements: englishPosting('must').requirements.slice(0, 1) });
    // Missing it costs its share of points, but never the must-have cap that missing Go would bring.
    expect(asMust.total).toBeGreaterThan(0);
    expect(asMust.total).toBeLessThan(withoutIt.total);
    expect(asMust.total).toBeGreaterThan(Math.round(withoutIt.total * 0.4));
  });
});
