import { describe, expect, it } from 'vitest';
import { parsePostingFile, postingFileName, postingToJson } from '@/lib/files/posting';
import { seedPosting } from '@/lib/scoring/seed-posting';

describe('posting files', () => {
  it('round-trips a posting as a copy: new id, never built-in', () => {
    const parsed = parsePostingFile(postingToJson(seedPosting), () => 'fresh-id');
    expect(parsed).toEqual({ ok: true, posting: { ...seedPosting, id: 'fresh-id', builtIn: false } });
  });

  it('names the file after the title', () => {
    expect(postingFileName(seedPosting)).toBe('posting-backend-developer-ci-cd-pipelines.json');
  });

  const file = (posting: unknown, extra: object = {}) => JSON.stringify({ format: 'talent-lens.posting', version: 1, posting, ...extra });

  it.each([
    ['not JSON', '{"format": "talent-lens.posting", ', 'not valid JSON'],
    ['a truncated file', postingToJson(seedPosting).slice(0, 200), 'not valid JSON'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, posting: seedPosting }), 'format'],
    ['a future version', JSON.stringify({ format: 'talent-lens.posting', version: 2, posting: seedPosting }), 'version'],
    ['a weight out of range', file({ ...seedPosting, requirements: [{ ...seedPosting.requirements[0], weight: 99 }] }), 'posting.requirements.0.weight'],
    ['a missing title', file({ ...seedPosting, title: undefined }), 'posting.title'],
    ['a huge file', ' '.repeat(1_000_001), 'too large'],
  ])('refuses %s and says what is wrong', (_, text, message) => {
    const parsed = parsePostingFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });

  it('keeps script-looking text as plain text', () => {
    const parsed = parsePostingFile(file({ ...seedPosting, title: '<img src=x onerror=alert(1)>' }), () => 'x');
    expect(parsed.ok && parsed.posting.title).toBe('<img src=x onerror=alert(1)>');
  });
});
