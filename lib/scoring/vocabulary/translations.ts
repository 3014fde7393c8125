/**
 * Names of concepts and practices in German, French and Spanish postings and profiles. Technology names
 * (Go, PostgreSQL, Kubernetes) are the same in every language and need none. German nouns are listed in
 * the forms their adjectives take ("nebenläufige", "nebenläufiger Programmierung").
 */
export const TRANSLATED_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'operating-systems': [
    'betriebssystem', 'betriebssysteme', 'betriebssystemen', 'systemprogrammierung', "système d'exploitation", "systèmes d'exploitation",
    'programmation système', 'sistema operativo', 'sistemas operativos', 'programación de sistemas',
  ],
  concurrency: [
    'nebenläufigkeit', 'nebenläufige programmierung', 'nebenläufiger programmierung', 'parallele programmierung', 'paralleler programmierung',
    'programmation concurrente', 'programmation parallèle', 'programación concurrente', 'programación paralela',
  ],
  'distributed-systems': ['verteilte systeme', 'verteilten systemen', 'systèmes distribués', 'sistemas distribuidos'],
  'open-source': ['logiciel libre', 'logiciels libres', 'código abierto', 'software libre'],
  sysadmin: ['systemadministration', 'linux-administration', 'administration système', 'administration systèmes', 'administración de sistemas'],
  testing: [
    'automatisierte tests', 'softwaretests', 'testautomatisierung', 'tests unitaires', 'tests automatisés', 'pruebas unitarias',
    'pruebas automatizadas', 'testing automatizado',
  ],
  databases: ['relationale datenbanken', 'datenbankdesign', 'bases de données relationnelles', 'bases de datos relacionales'],
  security: ['it-sicherheit', 'informationssicherheit', 'sécurité informatique', 'cybersécurité', 'seguridad informática', 'ciberseguridad'],
  microservices: ['microservicios', 'microserviços'],
  'cloud-infrastructure': ['nube', 'la nube', 'cloud-plattform', 'cloud-plattformen', 'plateforme cloud', 'infraestructura en la nube'],
  'system-design': ['softwarearchitektur', 'architecture logicielle', 'arquitectura de software'],
  'api-design': ['api-design', 'conception d’api', "conception d'api", 'diseño de api', 'diseño de apis'],
};
