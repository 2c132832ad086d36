import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the children once they threw. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Keeps a failing plugin page or widget (a thrown render error, a chunk that did not load) inside its
 * own box: the shell, the menu and the other cards stay usable. Remount it (a `key`) to try again.
 */
export class PluginErrorBoundary extends Component<Props, { hasFailed: boolean }> {
  override state = { hasFailed: false };

  static getDerivedStateFromError(): { hasFailed: boolean } {
    return { hasFailed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // a plugin's own bug: the person sees the fallback, the developer needs the stack
    // eslint-disable-next-line no-console
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.hasFailed ? this.props.fallback : this.props.children;
  }
}
