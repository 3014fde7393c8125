import type { ContextualPhrase } from '../skills';

/** Shared context rules for the vocabulary's ambiguous words. */

export const MODAL_VERBS = [
  'let’s', "let's", 'lets', 'let', 'will', 'can', 'could', 'would', 'should', 'must', 'might', 'gonna', 'wanna',
  "don't", 'dont', "didn't", "i'll", "we'll", "you'll", 'please',
];

export const PERSON_LEADS = [
  'daughter', 'daughters', 'son', 'sons', 'wife', 'husband', 'sister', 'sisters', 'brother', 'brothers', 'dog', 'cat',
  'named', 'miss', 'mr', 'mrs', 'ms', 'dr', 'aunt', 'baby', 'friend', 'kids', 'girlfriend', 'boyfriend', 'mom', 'mum',
];

/** Words that, directly before a capitalised word, make it the start of an ordinary phrase ("the Next step"). */
const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'our', 'your', 'my', 'their', 'his', 'her', 'its'];

/** An ambiguous word: exact case, never in a hyphenated compound, and only near a technical word. */
export function word(text: string, rule: Omit<ContextualPhrase, 'text'> = {}): ContextualPhrase {
  return { text, ...rule };
}

/**
 * A product name whose other meaning is rare in technical text (Franz Kafka, to terraform a planet):
 * any case, allowed in compounds ("Kafka-based"), and a technical word anywhere in a wider window.
 */
export function product(text: string, rule: Omit<ContextualPhrase, 'text'> = {}): ContextualPhrase {
  return { text, caseSensitive: false, inCompounds: true, window: 8, ...rule };
}

/** A first name that is also a technology: never vouches for a neighbour ("Julia and Jasmine"). */
export function firstName(text: string, rule: Omit<ContextualPhrase, 'text'> = {}): ContextualPhrase {
  return { text, notBefore: PERSON_LEADS, vouches: false, ...rule };
}

/** "Go" the language; "go", "Let's Go", "Go to", "Pokémon Go" are not. */
export const GO_WORD: ContextualPhrase = {
  text: 'Go',
  notBefore: [...MODAL_VERBS, 'pokémon', 'pokemon'],
  notAfter: ['to', 'ahead', 'back', 'out', 'home', 'away', 'get', 'see', 'check', 'into', 'through', 'beyond', 'live', 'go'],
};

/** "Next" the framework, not "Next, we…", "the next step" or "Next year". */
export const NEXT_WORD: ContextualPhrase = {
  text: 'Next',
  notBefore: [...DETERMINERS, 'up', 'coming', 'is', 'be', 'in', 'for', 'of', 'on', 'until', 'than', 'then', 'what', "what's"],
  notAfter: [
    'step', 'steps', 'to', 'up', 'year', 'years', 'week', 'month', 'day', 'days', 'time', 'generation', 'gen', 'level',
    'phase', 'stage', 'round', 'we', 'you', "you'll", "we'll", 'i', 'the', 'a', 'an', 'our', 'your', 'big', 'chapter',
    'door', 'morning', 'quarter', 'release', 'version', 'one', 'few', 'wave', 'challenge', 'hire',
    // "Next, write the tests": an instruction, not the framework.
    'write', 'build', 'run', 'add', 'create', 'check', 'see', 'install', 'open', 'click', 'go', 'use', 'let', "let's", 'make',
    'try', 'learn', 'read', 'deploy', 'test', 'set', 'configure',
  ],
};

export const DETERMINERS_BEFORE = DETERMINERS;
