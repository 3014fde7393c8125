/** One kind of versioned JSON file this extension writes. */
export interface JsonFileKind {
  format: string;
  version: number;
  /** "bundle", "shared shortlist": how an error names the file. */
  label: string;
}

export type VersionedJson = { ok: true; format: string; json: Record<string, unknown> } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first checks on a file the user picked: JSON at all, one of ours, not from a newer release.
 * What the fields hold is the caller's Zod schema's job.
 */
export function parseVersionedJson(text: string, kinds: readonly JsonFileKind[]): VersionedJson {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `Not valid JSON (the file may be cut short, or not one of Talent Lens's files): ${(error as Error).message}` };
  }
  const kind = isRecord(json) ? kinds.find((candidate) => candidate.format === json.format) : undefined;
  if (!isRecord(json) || !kind) {
    const names = kinds.map((candidate) => `"${candidate.format}"`).join(' or ');
    return { ok: false, error: `Not a Talent Lens ${kinds.map((candidate) => candidate.label).join(' or ')}: "format" must be ${names}.` };
  }
  if (typeof json.version === 'number' && json.version > kind.version) {
    return {
      ok: false,
      error: `This ${kind.label} was made by a newer version of Talent Lens (version ${json.version}; this one reads version ${kind.version}). Update the extension to import it.`,
    };
  }
  return { ok: true, format: kind.format, json };
}
