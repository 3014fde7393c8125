import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A view that fails to render says so and can be retried, instead of blanking the whole panel. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidUpdate(previous: { resetKey?: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <section className="page-status page-status--problem" role="alert">
        <h2>This view could not be shown</h2>
        <p>{this.state.error.message.slice(0, 300)}</p>
        <button onClick={() => this.setState({ error: null })}>Try again</button>
      </section>
    );
  }
}
