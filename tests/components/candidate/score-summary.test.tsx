// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoreSummary } from '@/components/candidate/ScoreSummary';
import { ScoreBreakdown } from '@/components/candidate/ScoreBreakdown';
import { BANDS, bandRange } from '@/lib/scoring/bands';
import type { ScoreResult } from '@/lib/schema/score';
import { maraScore } from '../../files/fixtures';

afterEach(cleanup);

const scored = (patch: Partial<ScoreResult> = {}): ScoreResult => ({ ...maraScore.result, ...patch });
const requirement = (id: string) => scored().requirements.find((item) => item.requirementId === id)!;
const rowOf = (label: string) => screen.getAllByTestId('requirement').find((row) => row.textContent?.includes(label))!;

describe('ScoreSummary: what the score means', () => {
  it.each(BANDS.map((band) => [band.label, band]))('names the band %s beside the number, with its meaning as text', (_, band) => {
    render(<ScoreSummary score={scored({ total: band.min })} />);
    expect(screen.getByTestId('score-total').textContent).toBe(`${band.min}/ 100`);
    expect(screen.getByTestId('score-band').textContent).toBe(`${band.label} ${band.meaning}`);
  });

  it('lists every band with its range in a legend', () => {
    render(<ScoreSummary score={scored()} />);
    const legend = within(screen.getByText('What the bands mean').closest('details')!);
    for (const band of BANDS) expect(legend.getByText(band.label).parentElement?.textContent).toBe(`${band.label} ${bandRange(band)}: ${band.meaning}`);
  });

  it('says what would raise the confidence, under the reasons', () => {
    render(<ScoreSummary score={scored({ raiseConfidence: ['Add a GitHub token in Options to read every repository.', 'Open the profile once more.'] })} />);
    expect(screen.getByTestId('raise-confidence').textContent).toBe(
      'What would raise it: Add a GitHub token in Options to read every repository. Open the profile once more.',
    );
  });

  it('says nothing about raising it when there is nothing to say', () => {
    render(<ScoreSummary score={scored({ raiseConfidence: [] })} />);
    expect(screen.queryByTestId('raise-confidence')).toBeNull();
    cleanup();
    render(<ScoreSummary score={scored()} />);
    expect(screen.queryByText(/What would raise it/)).toBeNull();
  });
});

describe('ScoreBreakdown: gaps', () => {
  it('shows the gap instead of the bare "no evidence" line for a missing must-have', () => {
    const gap = 'Looked at 12 repositories and the bio: no Go code or mention; a Go repository of their own would count.';
    const missing = { ...requirement('go'), met: false, points: 0, strength: 0, evidence: [], gap };
    render(<ScoreBreakdown score={scored({ requirements: [missing, requirement('k8s')] })} />);
    const go = rowOf('Go');
    expect(within(go).getByTestId('requirement-gap').textContent).toBe(gap);
    expect(within(go).queryByText('No evidence found on this profile.')).toBeNull();
    // Without a gap, the plain line stays.
    expect(within(rowOf('Kubernetes')).getByText('No evidence found on this profile.')).toBeTruthy();
  });

  it('shows the gap under thin evidence, after the evidence', () => {
    const gap = 'Only one small repository in Go; more Go work of their own would raise it.';
    render(<ScoreBreakdown score={scored({ requirements: [{ ...requirement('go'), gap }] })} />);
    const go = rowOf('Go');
    expect(within(go).getByTestId('evidence')).toBeTruthy();
    expect(go.lastElementChild?.textContent).toBe(gap);
  });
});
