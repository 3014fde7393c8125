export { MUST_HAVE_CAP, SIGNAL_VALUES, analyzeProfile, isAnalysisCurrent, scoreAnalysis, scoreProfile } from './score';
export { SEED_POSTING_ID, seedPosting } from './seed-posting';
export { SKILLS, SKILLS_BY_ID, getSkill } from './skills';
export type { ContextualPhrase, Phrase, ProfileSignal, Skill, SkillCategory } from './skills';
export { excerptAround, findSkillMention, findTermMention, languageMatches, mentionsSkill } from './match';
export type { Mention } from './match';
export type { Posting, Requirement } from '../schema/posting';
export type { Evidence, EvidenceSource, RequirementResult, ScoreResult } from '../schema/score';
export type { ProfileAnalysis } from '../schema/analysis';
