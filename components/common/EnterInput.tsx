import type { InputHTMLAttributes } from 'react';

/** A text input that adds what was typed on Enter (a tag, a stage, a synonym) instead of submitting a form. */
export function EnterInput({ onEnter, ...props }: InputHTMLAttributes<HTMLInputElement> & { onEnter: () => void }) {
  return (
    <input
      {...props}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        onEnter();
      }}
    />
  );
}
