import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposeRubric } from '@/lib/postings/propose';
import { getSkill } from '@/lib/scoring/skills';
import { TRANSLATED_ALIASES } from '@/lib/scoring/vocabulary/translations';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/postings/${name}`, import.meta.url), 'utf8');

/** "must: go, postgresql | plus: kafka": what a recruiter compares between two rubrics. */
function rubricOf(text: string) {
  const { requirements } = proposeRubric(text);
  const kinds = (kind: 'must' | 'plus') =>
    requirements
      .filter((r) => r.kind === kind)
      .map((r) => [...r.skills].sort().join(' or '))
      .sort();
  return { must: kinds('must'), plus: kinds('plus') };
}

describe('postings in German, French and Spanish', () => {
  const english = rubricOf(fixture('backend-go.en.md'));

  it('the English posting proposes what a recruiter would write', () => {
    expect(english.must).toEqual(['cloud-infrastructure', 'concurrency', 'docker', 'go', 'postgresql']);
    expect(english.plus).toEqual(['kafka', 'kubernetes', 'terraform']);
  });

  it.each(['de', 'fr', 'es'])('the %s translation proposes the same must-haves and pluses', (language) => {
    expect(rubricOf(fixture(`backend-go.${language}.md`))).toEqual(english);
  });

  it.each<[language: string, text: string, skill: string, kind: 'must' | 'plus' | 'none']>([
    ['de', 'Anforderungen:\n- Erfahrung mit Kafka ist von Vorteil', 'kafka', 'plus'],
    ['de', 'Das bringst du mit:\n- Kafka-Kenntnisse sind zwingend erforderlich', 'kafka', 'must'],
    ['de', 'Was du mitbringst:\n- Kenntnisse in Kafka wünschenswert', 'kafka', 'plus'],
    ['de', 'Dein Profil:\n- Python\n- Kafka-Kenntnisse sind nicht erforderlich', 'kafka', 'none'],
    ['de', 'Dein Profil:\n- Python\n- Wir verwenden kein Kafka', 'kafka', 'none'],
    ['de', 'Deine Aufgaben:\n- Du betreibst Kafka\n\nDein Profil:\n- Python', 'kafka', 'none'],
    ['fr', 'Profil recherché :\n- Une expérience de Kafka serait un plus', 'kafka', 'plus'],
    ['fr', 'Compétences requises\n- Kafka (obligatoire)', 'kafka', 'must'],
    ['fr', 'Votre profil :\n- Python\n- La connaissance de Kafka est appréciée', 'kafka', 'plus'],
    ['fr', 'Votre profil :\n- Python\n- Kafka n’est pas requis', 'kafka', 'none'],
    ['fr', 'Vos missions :\n- Exploiter Kafka\n\nVotre profil :\n- Python', 'kafka', 'none'],
    ['es', 'Requisitos:\n- Se valorará experiencia con Kafka', 'kafka', 'plus'],
    ['es', 'Requisitos:\n- Experiencia con Kafka (imprescindible)', 'kafka', 'must'],
    ['es', 'Requisitos:\n- Python\n- No es necesario conocer Kafka', 'kafka', 'none'],
    ['es', 'Requisitos:\n- Python\n- No usamos Kafka', 'kafka', 'none'],
    ['es', 'Funciones:\n- Operar Kafka\n\nRequisitos:\n- Python', 'kafka', 'none'],
  ])('%s: %j → %s is %s', (_language, text, skill, kind) => {
    const found = proposeRubric(text).requirements.filter((r) => r.skills.includes(skill));
    if (kind === 'none') expect(found).toEqual([]);
    else expect(found.map((r) => r.kind)).toEqual([kind]);
  });

  it('reads plain-text headings in capitals or ending in a colon, and "z. B." / "comme" / "como" examples as one any-of', () => {
    for (const text of [
      'ANFORDERUNGEN\nErfahrung mit Message-Brokern, z. B. RabbitMQ, NATS\n\nWÜNSCHENSWERT\nKafka',
      'PROFIL RECHERCHÉ\nExpérience d’un outil comme RabbitMQ, NATS\n\nLES PLUS\nKafka',
      'REQUISITOS\nExperiencia con herramientas como RabbitMQ, NATS\n\nDESEABLE\nKafka',
      'REQUIREMENTS\nExperience with tools such as RabbitMQ, NATS\n\nNICE TO HAVE\nKafka',
    ]) {
      expect(rubricOf(text), text).toEqual({ must: ['nats or rabbitmq'], plus: ['kafka'] });
    }
    for (const text of [
      'ANFORDERUNGEN\nErfahrung mit einer Cloud (z. B. AWS oder GCP)',
      'PROFIL RECHERCHÉ\nExpérience d’un cloud comme AWS ou GCP',
      'REQUISITOS\nExperiencia con una nube como AWS o GCP',
    ]) {
      expect(rubricOf(text), text).toEqual({ must: ['cloud-infrastructure'], plus: [] });
    }
  });

  it('never reads pay as a plus: "Jahresbonus", "prime", "bonus anual" sit with the benefits', () => {
    for (const text of [
      'Dein Profil:\n- Python\n\nWir bieten:\n- Jahresbonus und Docker-Schulungen',
      'Votre profil :\n- Python\n\nAvantages :\n- Bonus annuel, formation Docker',
      'Requisitos:\n- Python\n\nBeneficios:\n- Bonus anual y formación en Docker',
    ]) {
      expect(rubricOf(text), text).toEqual({ must: ['python'], plus: [] });
    }
  });

  it('maps every translated name to a skill of the vocabulary', () => {
    for (const [id, aliases] of Object.entries(TRANSLATED_ALIASES)) {
      expect(getSkill(id), id).toBeDefined();
      for (const alias of aliases) expect(getSkill(id)!.aliases, `${id}: ${alias}`).toContain(alias);
    }
  });
});
