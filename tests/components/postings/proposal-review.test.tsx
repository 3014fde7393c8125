// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PostingEditor } from '@/components/postings/PostingEditor';

afterEach(cleanup);

const POSTING = 'We need a backend engineer. You must have 3 years of Go in production. Experience with Kubernetes is a plus. <img src=x onerror=alert(1)> and TypeScript welcome.';

async function proposeFrom(text: string) {
  render(<PostingEditor postingId="new" />);
  const area = await screen.findByPlaceholderText(/Paste the job posting/);
  fireEvent.change(area, { target: { value: text } });
  fireEvent.click(screen.getByText('Propose requirements from the text'));
  return screen.findAllByTestId('proposal');
}

describe('proposal review', () => {
  it('shows each proposal with its sentence and the skill words in <mark>', async () => {
    const proposals = await proposeFrom(POSTING);
    expect(proposals.length).toBeGreaterThan(0);
    expect(screen.queryAllByTestId('requirement-editor')).toHaveLength(0);
    for (const p of proposals) {
      const sentence = p.querySelector('[data-testid="proposal-sentence"]');
      expect(sentence).not.toBeNull();
      expect(sentence!.querySelectorAll('mark').length).toBeGreaterThan(0);
    }
    expect(document.querySelector('img')).toBeNull();
  });

  it('accepts one, rejects one, accepts all', async () => {
    const proposals = await proposeFrom(POSTING);
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    const labelOf = (node: HTMLElement) => node.querySelector('strong')?.textContent ?? '';
    const first = labelOf(proposals[0]!);
    fireEvent.click(screen.getByRole('button', { name: `Accept ${first}` }));
    expect(screen.getAllByTestId('requirement-editor')).toHaveLength(1);
    const left = screen.getAllByTestId('proposal');
    expect(left).toHaveLength(proposals.length - 1);
    expect(left.map(labelOf)).not.toContain(first);

    const second = labelOf(left[0]!);
    fireEvent.click(screen.getByRole('button', { name: `Reject ${second}` }));
    expect(screen.getAllByTestId('requirement-editor')).toHaveLength(1);
    const rest = screen.getAllByTestId('proposal');
    expect(rest).toHaveLength(left.length - 1);

    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(screen.getAllByTestId('requirement-editor')).toHaveLength(1 + rest.length);
    expect(screen.queryAllByTestId('proposal')).toHaveLength(0);
  });

  it('renders a hostile sentence as text', async () => {
    await proposeFrom('You must know Go well <img src=x onerror=alert(1)> and Kubernetes.');
    expect(document.querySelector('img')).toBeNull();
    const sentences = screen.getAllByTestId('proposal-sentence').map((node) => node.textContent).join(' ');
    expect(sentences).toContain('<img src=x onerror=alert(1)>');
  });
});
