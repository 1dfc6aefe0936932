import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A render bug must leave the user a way out (retry), never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode; compact?: boolean }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className={this.props.compact ? 'problem compact' : 'problem'} role="alert">
        <h1 className="problem-title">This part of Tactful stopped working.</h1>
        <p>{this.state.error.message || 'An unexpected error happened.'} Your data is safe; nothing was sent.</p>
        <button type="button" className="button primary" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
