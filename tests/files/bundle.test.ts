import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, ExportBundleSchema, parseBundle, toBundle } from '@/lib/files';
import { bandOf } from '@/lib/scoring/bands';
import { exportInput, jonasEntry, maraEntry } from './fixtures';

const bundleJson = () => JSON.parse(toBundle(exportInput())) as Record<string, any>;

function refused(text: string): string {
  const result = parseBundle(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('JSON bundle', () => {
  it('round-trips: toBundle then parseBundle gives back the same data', () => {
    const input = exportInput();
    const result = parseBundle(toBundle(input));
    expect(result).toEqual({
      ok: true,
      bundle: {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        exportedAt: input.exportedAt,
        posting: input.posting,
        title: input.title,
        candidates: input.candidates.map((entry) => (entry.score ? { ...entry, band: bandOf(entry.score.total).id } : entry)),
      },
    });
  });

  it('writes pretty JSON with the format and version first', () => {
    const text = toBundle(exportInput());
    expect(text).toMatch(/^\{\n  "format": "talent-lens\.bundle",\n  "version": 1,\n/);
  });

  it('is a full copy: blind mode does not change it', () => {
    expect(toBundle(exportInput({ blind: true }))).toBe(toBundle(exportInput()));
  });

  it('refuses to write data that would not read back, naming the field', () => {
    const entry = maraEntry({ tags: [42 as unknown as string] });
    expect(() => toBundle(exportInput({ candidates: [entry] }))).toThrow(/candidates\.0\.tags\.0/);
  });

  it('reads a bundle saved with a byte order mark', () => {
    expect(parseBundle('\uFEFF' + toBundle(exportInput())).ok).toBe(true);
  });

  it('refuses JSON that is not a bundle', () => {
    expect(refused(JSON.stringify({ ...bundleJson(), format: 'other.app' }))).toMatch(/Not a Talent Lens bundle/);
    expect(refused('[]')).toMatch(/Not a Talent Lens bundle/);
    expect(refused('null')).toMatch(/Not a Talent Lens bundle/);
  });

  it('refuses a bundle from a newer version, saying so', () => {
    const error = refused(JSON.stringify({ ...bundleJson(), version: 2 }));
    expect(error).toMatch(/made by a newer version of Talent Lens/);
    expect(error).toContain('version 2');
  });

  it('refuses an unknown older or malformed version by the schema', () => {
    expect(refused(JSON.stringify({ ...bundleJson(), version: 0 }))).toMatch(/^Invalid bundle: version:/);
    expect(refused(JSON.stringify({ ...bundleJson(), version: '1' }))).toMatch(/^Invalid bundle: version:/);
  });

  it('refuses truncated JSON', () => {
    const text = toBundle(exportInput());
    expect(refused(text.slice(0, Math.floor(text.length / 2)))).toMatch(/Not valid JSON/);
    expect(refused('')).toMatch(/Not valid JSON/);
  });

  it('names the field of the wrong type', () => {
    const json = bundleJson();
    json.candidates[0].score.total = 'seventy';
    expect(refused(JSON.stringify(json))).toMatch(/^Invalid bundle: candidates\.0\.score\.total: /);

    const other = bundleJson();
    other.candidates[1].candidate.profile.url = 'javascript:alert(1)';
    expect(refused(JSON.stringify(other))).toBe('Invalid bundle: candidates.1.candidate.profile.url: must be an http(s) URL');

    const missing = bundleJson();
    delete missing.posting.title;
    expect(refused(JSON.stringify(missing))).toMatch(/^Invalid bundle: posting\.title: /);
  });

  it('tolerates extra unknown fields and strips them', () => {
    const json = bundleJson();
    json.comment = 'from a later tool';
    json.candidates[0].rating = 5;
    json.candidates[0].candidate.avatarUrl = 'https://example.org/a.png';
    const result = parseBundle(JSON.stringify(json));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle).not.toHaveProperty('comment');
    expect(result.bundle.candidates[0]).not.toHaveProperty('rating');
    expect(result.bundle.candidates[0]!.candidate).not.toHaveProperty('avatarUrl');
    expect(result.bundle).toEqual(ExportBundleSchema.parse(bundleJson()));
  });

  it('writes the band of each score beside it, and none without a score', () => {
    const [mara, jonas] = bundleJson().candidates;
    expect(mara.band).toBe(bandOf(mara.score.total).id);
    expect(jonas).not.toHaveProperty('band');
  });

  it('reads a bundle without a band, or with a band this version does not know', () => {
    const without = bundleJson();
    delete without.candidates[0].band;
    expect(parseBundle(JSON.stringify(without)).ok).toBe(true);
    const unknown = bundleJson();
    unknown.candidates[0].band = 'exceptional';
    const result = parseBundle(JSON.stringify(unknown));
    expect(result.ok && result.bundle.candidates[0]!.band).toBeUndefined();
  });

  it('keeps candidates without a score or status', () => {
    const result = parseBundle(toBundle(exportInput({ candidates: [jonasEntry()] })));
    expect(result.ok && result.bundle.candidates[0]).toEqual(jonasEntry());
  });
});
