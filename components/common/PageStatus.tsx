import type { ReactNode } from 'react';

interface Props {
  tone: 'info' | 'waiting' | 'problem';
  title: string;
  children?: ReactNode;
}

/** A page the panel cannot score says so plainly, never as an empty profile scored 0. */
export function PageStatus({ tone, title, children }: Props) {
  return (
    <section className={`page-status page-status--${tone}`} role="status" data-testid="page-status">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
    </section>
  );
}
