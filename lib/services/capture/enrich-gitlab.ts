import { fetchGitlabProjects } from '@/lib/sites/gitlab/api/client';
import { currentScorer, updateProfile } from '@/lib/services';
import { oncePerKey } from '../once-per-key';

/**
 * After a GitLab profile page is read: its projects from GitLab's public REST API, added to the
 * stored profile. A failure keeps what was stored; the next visit tries again.
 */
export const enrichGitlabProfile: (key: string, fetchFn?: typeof fetch) => Promise<'enriched' | 'failed'> = oncePerKey(enrichNow);

async function enrichNow(key: string, fetchFn?: typeof fetch): Promise<'enriched' | 'failed'> {
  const username = key.replace(/^gitlab:/, '');
  const result = await fetchGitlabProjects(username, { fetchFn });
  if (!result.ok) {
    console.warn(`GitLab API: ${result.failure.message}`);
    return 'failed';
  }
  await updateProfile(
    key,
    (profile) => (profile.site === 'gitlab' ? { ...profile, repositories: result.data.repositories } : profile),
    await currentScorer(),
  );
  return 'enriched';
}
