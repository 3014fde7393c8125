import { ANALYSIS_VERSION, type ProfileAnalysis } from '../schema/analysis';
import type { Profile } from '../schema/profile';
import { analyzeGithub } from '../sites/github/analysis';
import { analyzeGitlab } from '../sites/gitlab/analysis';
import { analyzeLinkedIn } from '../sites/linkedin/analysis';
import { analyzeStackOverflow } from '../sites/stackoverflow/analysis';
import { vocabularyFingerprint } from './vocabulary-index';

/**
 * Finds, once per capture, every piece of evidence the profile holds for every skill in the
 * vocabulary, and keeps the texts a recruiter's own terms may be looked for in. The result is
 * plain JSON: store it with the capture, and score it against any posting with scoreAnalysis.
 */
export function analyzeProfile(profile: Profile): ProfileAnalysis {
  switch (profile.site) {
    case 'github':
      return analyzeGithub(profile);
    case 'gitlab':
      return analyzeGitlab(profile);
    case 'stackoverflow':
      return analyzeStackOverflow(profile);
    case 'linkedin':
      return analyzeLinkedIn(profile);
  }
}

/** False when the analysis was made by another scorer version or with another vocabulary: make it again. */
export function isAnalysisCurrent(analysis: Pick<ProfileAnalysis, 'version' | 'vocabulary'>): boolean {
  return analysis.version === ANALYSIS_VERSION && analysis.vocabulary === vocabularyFingerprint();
}

