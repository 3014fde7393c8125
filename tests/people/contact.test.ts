import { describe, expect, it } from 'vitest';
import { contactOf } from '@/lib/people/contact';
import type { LinkedInProfile, StackOverflowProfile } from '@/lib/schema/profile';
import { makeProfile } from '../scoring/profiles';

const stackOverflow: StackOverflowProfile = {
  site: 'stackoverflow',
  login: '1234567',
  url: 'https://stackoverflow.com/users/1234567/ada',
  name: 'Ada',
  tags: [],
  website: 'https://ada.example.dev/',
  socialLinks: [{ url: 'https://github.com/ada', label: 'GitHub' }],
  capturedAt: '2026-11-01T00:00:00.000Z',
} as StackOverflowProfile;

describe('public contact details', () => {
  it('lists the email, website and links each profile shows, the main profile first, each once, with where it was shown', () => {
    const github = makeProfile({
      login: 'ada',
      email: 'ada@example.dev',
      website: 'https://ada.example.dev',
      socialLinks: [{ url: 'https://mastodon.example/@ada', label: '@ada@mastodon.example' }],
    });
    const items = contactOf({ profile: github, linked: [{ key: 'stackoverflow:1234567', profile: stackOverflow, via: 'link' } as never] });
    expect(items).toEqual([
      { kind: 'email', value: 'ada@example.dev', label: 'ada@example.dev', source: 'the GitHub profile' },
      { kind: 'website', value: 'https://ada.example.dev', label: 'https://ada.example.dev', source: 'the GitHub profile' },
      { kind: 'link', value: 'https://mastodon.example/@ada', label: '@ada@mastodon.example', source: 'the GitHub profile' },
      { kind: 'link', value: 'https://github.com/ada', label: 'GitHub', source: 'the Stack Overflow profile' },
    ]);
  });

  it('never takes a placeholder or a non-web link for contact', () => {
    const github = makeProfile({ email: 'Sign in to view email', socialLinks: [{ url: 'javascript:alert(1)', label: 'x' }] });
    expect(contactOf({ profile: github, linked: [] })).toEqual([]);
  });

  it('shows nothing it was not shown: a LinkedIn profile without links gives no contact', () => {
    const linkedin = { site: 'linkedin', login: 'ada', url: 'https://www.linkedin.com/in/ada', name: 'Ada', view: 'public', positions: [], skills: [], socialLinks: [], capturedAt: '2026-11-01T00:00:00.000Z' } as unknown as LinkedInProfile;
    expect(contactOf({ profile: linkedin, linked: [] })).toEqual([]);
  });
});
