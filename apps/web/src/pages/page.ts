// What a page gets: where to draw, the view from the URL, the signed-in user, and a signal aborted when the view changes.
import type { SignedInUser, Role } from '../api/session';
import type { View } from '../state/view';

export interface PageContext {
  main: HTMLElement;
  view: View;
  user: SignedInUser;
  signal: AbortSignal;
  /** Resolves when every chart of the page has been drawn (browser tests wait on it). */
  charts: Promise<void>[];
}

export interface Page {
  id: string;
  roles: readonly Role[];
  /** In the navigation (the course page is reached from the team page). */
  inNav: boolean;
  title: () => string;
  render: (ctx: PageContext) => Promise<void>;
}
