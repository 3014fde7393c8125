import { useState } from 'react';
import type { Candidate } from '@/lib/schema/candidate';
import { contactOf, type ContactItem } from '@/lib/people/contact';
import { SafeLink } from '../common/SafeLink';

const KIND_LABELS: Record<ContactItem['kind'], string> = { email: 'Email', website: 'Website', link: 'Link' };

/** What the person's profiles show in public to reach them, each with a copy button and where it was shown. */
export function ContactDetails({ candidate }: { candidate: Pick<Candidate, 'profile' | 'linked'> }) {
  const items = contactOf(candidate);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = (value: string) =>
    void navigator.clipboard.writeText(value).then(
      () => setCopied(value),
      () => setCopied(null),
    );

  return (
    <section className="contact" aria-label="Contact" data-testid="contact">
      <h2>Contact</h2>
      {items.length === 0 ? (
        <p className="contact__none">No public email, website or links on these profiles.</p>
      ) : (
        <ul className="contact__list">
          {items.map((item) => (
            <li key={`${item.kind}:${item.value}`} data-testid="contact-item">
              <span className="contact__kind">{KIND_LABELS[item.kind]}</span>{' '}
              {item.kind === 'email' ? <span className="contact__value">{item.value}</span> : <SafeLink href={item.value}>{item.label}</SafeLink>}{' '}
              <button type="button" aria-label={`Copy ${item.value}`} onClick={() => copy(item.value)}>
                {copied === item.value ? 'Copied' : 'Copy'}
              </button>
              <span className="contact__source"> · from {item.source}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
