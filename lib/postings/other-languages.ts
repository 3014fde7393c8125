/**
 * The wording of German, French and Spanish postings, role by role, beside the English in wording.ts.
 * Each list is alternatives of one regex, matched as whole words in any case.
 */

export interface LanguageWording {
  name: 'german' | 'french' | 'spanish';
  /** Section headings. */
  ignoreSection: string[];
  plusSection: string[];
  mustSection: string[];
  contextSection: string[];
  /** Inline cues. */
  plusCue: string[];
  mustCue: string[];
  /** "not required" alone: the skill is not asked for (with a plus cue beside it, a plus). */
  notRequired: string[];
  /** "we do not use", "no … needed": the skill is not asked for at all. */
  negation: string[];
  /** A sentence describing the candidate, at its start: "Du hast…", "Vous avez…", "Tienes…". */
  voice: string[];
  emphasis: string[];
  /** Words a plain-text heading is made of. */
  headingWords: string;
  /** Between two skills: examples of one requirement ("z. B.", "comme", "como"). */
  examples: string[];
  or: string[];
  and: string[];
  /** "one of": alternatives follow. */
  oneOf: string[];
  /** Where a sentence with mixed cues splits: "but", "whereas". */
  but: string[];
  /** "and ideally": the rest is a plus. */
  andIdeally: string[];
  /** Words beside an ambiguous skill name in a posting that show it is meant technically ("Erfahrung mit Go"). */
  contextWords: string;
  /** Words ending in "." that do not end a sentence. */
  abbreviations: string[];
}

const Y = '(?:\\d+\\s*\\+?|mehr\\s+als\\s+\\d+|plus\\s+de\\s+\\d+|más\\s+de\\s+\\d+)';

export const GERMAN: LanguageWording = {
  name: 'german',
  ignoreSection: [
    'benefits', 'wir bieten', 'was wir (?:dir|ihnen)? ?bieten', 'das bieten wir(?: dir| ihnen)?', 'unser angebot', 'deine vorteile', 'ihre vorteile',
    'vorteile', 'über uns', 'wer wir sind', 'unternehmen', 'bewerbung', 'so bewirbst du dich', 'kontakt', 'standort', 'gehalt', 'vergütung',
    'warum wir', 'warum du bei uns', 'gleichstellung', 'datenschutz',
  ],
  plusSection: ['wünschenswert', 'von vorteil', 'vorteilhaft', 'pluspunkte?', 'bonuspunkte', 'idealerweise', 'optional', 'gerne gesehen', 'was toll wäre', 'wäre schön', 'ein plus'],
  mustSection: [
    'anforderungen', 'anforderungsprofil', '(?:dein|ihr) profil', 'profil', 'was (?:du|sie) mitbring(?:st|en)', 'das bring(?:st du|en sie) mit',
    '(?:du|sie) bring(?:st|en) mit', 'qualifikationen?', 'voraussetzungen', 'kenntnisse', 'erfahrungen?', 'fähigkeiten', 'kompetenzen',
    'wen wir suchen', 'was wir erwarten', 'was wir von (?:dir|ihnen) erwarten', 'muss', 'mitbringen', 'must-haves?',
  ],
  contextSection: [
    '(?:deine|ihre) aufgaben', 'aufgaben', 'tätigkeiten', '(?:die|deine|ihre) rolle', 'rolle', 'stelle', 'die stelle', 'das erwartet (?:dich|sie)',
    'was (?:dich|sie) erwartet', 'technologien', 'tech-stack', 'techstack', 'unser stack', 'werkzeuge', 'projekte?', 'team', 'unser team',
    'verantwortung', 'stellenbeschreibung', 'einleitung', 'dein job', 'ihr job', 'dein alltag',
  ],
  plusCue: [
    'von vorteil', 'vorteilhaft', 'wünschenswert', 'ein (?:großes |großer |echtes )?plus', 'pluspunkte?', 'idealerweise', 'vorzugsweise',
    'gerne gesehen', 'wäre (?:schön|toll|super|ideal)', 'optional', 'bonus',
  ],
  mustCue: [
    'erforderlich', 'zwingend(?: erforderlich)?', 'vorausgesetzt', 'voraussetzung', 'muss', 'müssen', 'musst', 'unbedingt', 'pflicht', 'unabdingbar',
    'notwendig', 'benötigt', 'setzen wir voraus',
  ],
  notRequired: ['nicht (?:zwingend )?(?:erforderlich|notwendig|nötig|vorausgesetzt)', 'keine voraussetzung', 'kein muss'],
  negation: [
    'wir (?:nutzen|verwenden|benutzen|setzen) (?:kein(?:e|en)?|nicht)', 'nutzen wir (?:kein(?:e|en)?|nicht)', 'verwenden wir (?:kein(?:e|en)?|nicht)',
    'keine [\\w\\u00C0-\\u024F#+./-]+(?:[ -]?(?:kenntnisse|erfahrung))? (?:erforderlich|nötig|notwendig)', 'ohne [\\w\\u00C0-\\u024F#+./-]+-?kenntnisse',
  ],
  voice: ['du hast', 'du bist', 'du bringst', 'du kennst', 'du verfügst', 'du beherrschst', 'sie haben', 'sie bringen', 'sie verfügen', 'sie beherrschen'],
  emphasis: [
    'sehr gute', 'fundierte', 'tiefe', 'tiefgehende', 'umfassende', 'mehrjährige', 'langjährige', `${Y} jahre`, 'experte', 'expertise',
    'sicherer? umgang', 'ausgezeichnete', 'profunde', 'versiert', 'produktiv(?:em|en)? einsatz',
  ],
  headingWords:
    'anforderungen anforderungsprofil dein deine ihr ihre profil was du sie mitbringst mitbringen das bringst bringen mit qualifikationen ' +
    'voraussetzungen kenntnisse erfahrung erfahrungen wünschenswert von vorteil pluspunkte aufgaben tätigkeiten rolle stelle wir bieten ' +
    'über uns unser angebot vorteile benefits erwartet dich uns team unternehmen',
  examples: ['z\\.? ?b\\.?', 'wie', 'etwa', 'beispielsweise', 'insbesondere', 'u\\.? ?a\\.?'],
  or: ['oder', 'bzw\\.?'],
  and: ['und'],
  oneOf: ['eine[rsn]? (?:der|von|aus)'],
  but: ['aber', 'jedoch', 'während', 'sondern'],
  andIdeally: ['idealerweise', 'vorzugsweise'],
  contextWords:
    'erfahrung erfahrungen kenntnisse kenntnis entwickler entwicklerin entwicklung programmierung programmiersprache programmiersprachen jahre ' +
    'sprache umgang einsatz praxis fundierte sehr gute',
  abbreviations: ['z', 'b', 'z.b', 'bzw', 'ca', 'ggf', 'usw', 'inkl', 'u', 'a', 'u.a', 'evtl', 'bspw'],
};

export const FRENCH: LanguageWording = {
  name: 'french',
  ignoreSection: [
    'avantages', 'ce que nous (?:offrons|proposons)', 'nous (?:offrons|proposons)', 'pourquoi nous rejoindre', 'à propos de nous', 'a propos',
    'qui sommes-nous', "l['’]entreprise", 'entreprise', 'rémunération', 'salaire', 'processus de recrutement', 'comment postuler', 'candidature',
    'localisation', 'lieu', 'la société',
  ],
  plusSection: ['atouts?', 'un plus', 'serait un plus', 'les plus', 'le petit plus', 'souhaitée?s?', 'appréciée?s?', 'idéalement', 'optionnel(?:le)?s?', 'souhaitable', 'bonus'],
  mustSection: [
    'profil recherché', '(?:votre|ton) profil', 'profil', 'compétences(?: requises| techniques| attendues)?', 'pré-?requis', 'exigences',
    'qualifications?', 'requis', 'indispensables?', 'ce que nous recherchons', 'nous recherchons', 'ce que (?:vous apportez|tu apportes)',
    'expériences?', 'connaissances', 'savoir-faire', 'obligatoires?', 'attendus',
  ],
  contextSection: [
    '(?:vos|tes) missions', 'missions?', 'responsabilités', 'le poste', 'le rôle', '(?:votre|ton) rôle', 'description du poste', 'stack technique',
    'technologies', 'environnement technique', 'outils', 'équipe', "l['’]équipe", 'projets?', 'au quotidien', 'tâches',
  ],
  plusCue: [
    '(?:un|gros|vrai|grand) plus', 'sont des plus', 'un (?:vrai |réel |gros )?atout', 'atouts?', 'appréciée?s?', 'souhaitée?s?', 'souhaitable',
    'idéalement', 'de préférence', 'optionnel(?:le)?s?', 'bienvenue?s?', 'bonus',
  ],
  mustCue: [
    'requis(?:e|es)?', 'obligatoires?', 'indispensables?', 'exigée?s?', 'impérati(?:f|ve)s?', 'nécessaires?', 'doit', 'devez', 'devrez', 'dois',
    'essentiel(?:le)?s?',
  ],
  notRequired: [
    "(?:n['’](?:est|sont) )?pas (?:obligatoirement )?(?:requis(?:e|es)?|nécessaires?|obligatoires?|indispensables?|exigée?s?)",
  ],
  negation: [
    "nous n['’](?:utilisons|employons) pas", "on n['’]utilise pas", "n['’]utilisons pas",
    'aucune? (?:connaissance|expérience)s? (?:en|de|avec|du|d[e\'’]) ?[\\w\\u00C0-\\u024F#+./-]+ (?:n[\'’]est )?(?:requise?|nécessaire)',
  ],
  voice: ['vous avez', 'vous êtes', 'vous maîtrisez', 'vous connaissez', 'vous disposez', 'vous possédez', 'tu as', 'tu es', 'tu maîtrises', 'tu connais'],
  emphasis: [
    'solides?', 'maîtrise', 'maîtrisez', 'maîtrises', 'experte?', 'expertise', `${Y} ans`, 'excellente?s?', 'approfondie?s?', 'confirmée?s?',
    'significative', 'avancée?s?', 'en production',
  ],
  headingWords:
    'profil recherché votre ton compétences requises techniques prérequis pré-requis exigences qualifications ce que nous recherchons ' +
    'vous apportez atouts un plus les le petit souhaité appréciés missions vos tes responsabilités poste rôle avantages offrons proposons ' +
    'à propos de qui sommes-nous description stack technique environnement',
  examples: ['par exemple', 'p\\.? ?ex\\.?', 'comme', 'notamment', 'tel(?:le)?s? que', 'dont', 'en particulier'],
  or: ['ou'],
  and: ['et'],
  oneOf: ["l['’]une? des", 'un(?:e)? des', 'au moins un(?:e)? des'],
  but: ['mais', 'tandis que', 'cependant', 'alors que'],
  andIdeally: ['idéalement', 'de préférence'],
  contextWords:
    'expérience expériences connaissance connaissances développeur développeuse développement programmation langage langages maîtrise ans ' +
    'solide solides pratique',
  abbreviations: ['p', 'ex', 'p.ex', 'etc', 'cf', 'env'],
};

export const SPANISH: LanguageWording = {
  name: 'spanish',
  ignoreSection: [
    'beneficios', '(?:qué|lo que) (?:te )?ofrecemos', 'ofrecemos', 'sobre nosotros', 'quiénes somos', 'la empresa', 'empresa', 'salario',
    'remuneración', 'proceso de selección', 'cómo aplicar', 'ubicación',
  ],
  plusSection: ['deseables?', 'valorables?', 'se valorará', 'valoramos', 'un plus', 'puntos extra', 'idealmente', 'opcional(?:es)?', 'suma puntos'],
  mustSection: [
    'requisitos(?: mínimos)?', 'requerimientos', '(?:tu )?perfil', '(?:qué|lo que) buscamos', 'buscamos', 'imprescindibles?', 'lo que necesitas',
    'necesitas', 'conocimientos', 'experiencia', 'habilidades', 'competencias', 'indispensables?', 'obligatorios?', 'requeridos?',
  ],
  contextSection: [
    'funciones', 'responsabilidades', '(?:tus )?tareas', 'el puesto', '(?:el|tu) rol', 'descripción', '(?:qué|lo que) harás', 'tu día a día',
    'tecnologías', 'herramientas', 'equipo', 'proyectos?', 'misión',
  ],
  plusCue: [
    'deseables?', 'valorables?', 'se valorar(?:á|a|an|án)', 'valoramos', '(?:un|gran) plus', 'idealmente', 'preferiblemente', 'preferentemente',
    'opcional(?:es)?', 'suma puntos', 'bienvenid[oa]s?',
  ],
  mustCue: [
    'imprescindibles?', 'obligatori[oa]s?', 'requisitos?', 'requerid[oa]s?', 'se requiere', 'indispensables?', 'necesari[oa]s?', 'debes', 'deberás',
    'debe',
  ],
  notRequired: ['no (?:es |son )?(?:necesari[oa]s?|imprescindibles?|obligatori[oa]s?|requerid[oa]s?)', 'no se requiere'],
  negation: [
    'no (?:usamos|utilizamos|trabajamos con|empleamos)', 'sin necesidad de',
    'no (?:se requiere|hace falta|necesitas) (?:experiencia|conocimientos?) (?:en|con|de)',
  ],
  voice: ['tienes', 'eres', 'cuentas con', 'dominas', 'conoces', 'posees', 'sabes', 'has trabajado'],
  emphasis: [
    'sólid[oa]s?', 'amplia', 'amplio', 'expert[oa]', 'experiencia demostrable', `${Y} años`, 'dominio', 'avanzad[oa]s?', 'profund[oa]s?',
    'en producción',
  ],
  headingWords:
    'requisitos requerimientos mínimos tu perfil qué lo que buscamos imprescindible necesitas conocimientos experiencia habilidades deseable ' +
    'valorable se valorará funciones responsabilidades tareas el puesto rol beneficios ofrecemos te sobre nosotros quiénes somos harás día a',
  examples: ['por ejemplo', 'p\\.? ?ej\\.?', 'como', 'tales como', 'especialmente', 'en particular'],
  or: ['o', 'u'],
  and: ['y', 'e'],
  oneOf: ['un[oa]? de', 'algun[oa] de', 'al menos un[oa]? de'],
  but: ['pero', 'aunque', 'mientras que', 'sino'],
  andIdeally: ['idealmente', 'preferiblemente'],
  contextWords:
    'experiencia conocimientos conocimiento desarrollador desarrolladora desarrollo programación lenguaje lenguajes años dominio sólidos ' +
    'sólida sólidas amplia',
  abbreviations: ['p', 'ej', 'p.ej', 'etc', 'aprox'],
};

export const OTHER_LANGUAGES: readonly LanguageWording[] = [GERMAN, FRENCH, SPANISH];

/**
 * Latin letters with their accents, and digits: what these four languages write words with. Spelled out,
 * not \p{L}: a Unicode property in a long alternation makes each regex take milliseconds to compile.
 */
export const LATIN_WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/** One regex of whole-word alternatives: letters on either side (é, ß, ñ included) break a match. */
export function wordsRegex(alternatives: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`(?<![${LATIN_WORD_CHAR}])(?:${alternatives.join('|')})(?![${LATIN_WORD_CHAR}])`, flags);
}

/** The other languages a posting's text is written in: the one detected, or all of them when it is unclear. */
export function otherLanguagesOf(detected: string | undefined): readonly LanguageWording[] {
  if (detected === 'english') return [];
  return OTHER_LANGUAGES.filter((language) => detected === undefined || language.name === detected);
}
