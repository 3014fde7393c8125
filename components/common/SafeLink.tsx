import { isHttpUrl } from '@/lib/schema/limits';
import type { ReactNode } from 'react';

/** Links come from hostile pages: only http(s) targets become clickable. */
export function SafeLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  if (!isHttpUrl(href)) return <span className={className}>{children}</span>;
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
