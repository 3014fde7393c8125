import type { z } from 'zod';

/** "requirements.2.weight: Too big: expected number to be <=10" — which field is wrong, in one line. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
