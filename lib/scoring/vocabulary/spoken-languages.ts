import type { ContextualPhrase, Skill } from '../skills';

/**
 * Languages a posting asks the candidate to speak and write. A profile shows them by what the person
 * writes (README, bio, repository descriptions: see written-language.ts), never by name, photo or location.
 * Names of nationalities ("a German company") are not languages: they need a word like "fluent",
 * "skills" or "written" beside them. "English" names nothing else in a posting and needs none.
 */
const named = (text: string): ContextualPhrase => ({ text, vouches: false });
const plain = (text: string): ContextualPhrase => ({ text, needsContext: false, vouches: false });

export const SPOKEN_LANGUAGES: readonly Skill[] = [
  {
    id: 'english',
    label: 'English',
    category: 'spoken-language',
    aliases: [plain('English'), plain('Englisch'), plain('Englischkenntnisse'), plain('anglais'), named('inglés'), plain('English-speaking')],
    signals: ['writes-english'],
  },
  {
    id: 'german',
    label: 'German',
    category: 'spoken-language',
    aliases: [named('German'), plain('Deutschkenntnisse'), named('Deutsch'), named('allemand'), named('alemán'), plain('German-speaking')],
    signals: ['writes-german'],
  },
  {
    id: 'french',
    label: 'French',
    category: 'spoken-language',
    aliases: [named('French'), plain('Französischkenntnisse'), named('Französisch'), named('français'), named('francés'), plain('French-speaking')],
    signals: ['writes-french'],
  },
  {
    id: 'spanish',
    label: 'Spanish',
    category: 'spoken-language',
    aliases: [named('Spanish'), plain('Spanischkenntnisse'), named('Spanisch'), named('espagnol'), named('español'), named('castellano'), plain('Spanish-speaking')],
    signals: ['writes-spanish'],
  },
];
