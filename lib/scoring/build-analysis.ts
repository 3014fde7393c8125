import { ANALYSIS_VERSION, type LanguageEvidence, type ProfileAnalysis, type SearchableText } from '../schema/analysis';
import type { EvidenceSource } from '../schema/score';
import { type Findings, found } from './findings';
import { mentionsIn, vocabularyFingerprint } from './vocabulary-index';

/** What every site's analyzer builds on: the texts and languages it keeps, and the finished record. */

export interface Output {
  texts: SearchableText[];
  languages: LanguageEvidence[];
}

/** The analysis record for a site's findings; `coverage` is GitHub's, `siteCoverage` any other site's. */
export function analysisOf(
  profileUrl: string,
  findings: Findings,
  output: Output,
  coverage: Pick<ProfileAnalysis, 'coverage' | 'siteCoverage'>,
): ProfileAnalysis {
  return {
    version: ANALYSIS_VERSION,
    vocabulary: vocabularyFingerprint(),
    profileUrl,
    skills: findings.skills(),
    texts: output.texts,
    languages: output.languages,
    ...coverage,
  };
}

/**
 * Looks for every skill in a text (a bio, an about section, a headline) and keeps the text for a
 * recruiter's own terms. `location` must be unique to the profile, e.g. "stackoverflow:about".
 */
export function addTextFindings(
  findings: Findings,
  output: Output,
  entry: { location: string; source: EvidenceSource; where: string; url: string; text: string | undefined; value: number },
): void {
  const { location, source, where, url, text, value } = entry;
  if (!text) return;
  for (const { skill, excerpt } of mentionsIn(text)) {
    findings.addForSkill(skill.id, found(location, source, { quote: excerpt, where, url, value }));
  }
  output.texts.push({ location, source, where, url, text, value });
}

