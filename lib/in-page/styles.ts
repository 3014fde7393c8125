/** The in-page UI's styles, in GitHub's CSS variables so they follow the page's light or dark theme. */
export const BADGE_CSS = `
:host {
  display: inline-flex !important;
  flex: none !important;
  vertical-align: middle !important;
  position: static !important;
  float: none !important;
  margin: 0 !important;
  margin-inline-start: 6px !important;
  padding: 0 !important;
  border: 0 !important;
  width: auto !important;
  height: auto !important;
  max-width: none !important;
  white-space: nowrap !important;
}
.badge {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  box-sizing: border-box;
  min-width: 28px;
  height: 20px;
  padding: 0 7px;
  border: 1px solid var(--borderColor-accent-muted, rgba(84, 174, 255, 0.4));
  border-radius: 999px;
  background: var(--bgColor-accent-muted, #ddf4ff);
  color: var(--fgColor-accent, #0969da);
  font: inherit;
  font-size: 12px;
  font-weight: 600;
  line-height: 18px;
  font-variant-numeric: tabular-nums;
  text-decoration: none;
  cursor: default;
}
.badge[data-state='capped'] {
  border-color: var(--borderColor-danger-muted, rgba(255, 129, 130, 0.4));
  background: var(--bgColor-danger-muted, #ffebe9);
  color: var(--fgColor-danger, #d1242f);
}
.badge[data-state='none'],
.badge[data-state='loading'] {
  border-color: var(--borderColor-default, #d1d9e0);
  background: transparent;
  color: var(--fgColor-muted, #59636e);
  font-weight: 400;
}
`;

export const TOOLBAR_CSS = `
:host {
  display: block !important;
  position: static !important;
  float: none !important;
  margin: 8px 0 !important;
}
.bar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 12px;
  padding: 8px 12px;
  border: 1px solid var(--borderColor-default, #d1d9e0);
  border-radius: var(--borderRadius-medium, 6px);
  background: var(--bgColor-muted, #f6f8fa);
  color: var(--fgColor-default, #1f2328);
  font: inherit;
  font-size: 14px;
  line-height: 20px;
}
.brand {
  font-weight: 600;
}
.progress {
  color: var(--fgColor-muted, #59636e);
  font-size: 12px;
  overflow-wrap: anywhere;
}
.progress:empty {
  display: none;
}
button {
  box-sizing: border-box;
  height: 28px;
  padding: 0 12px;
  border: 1px solid var(--button-default-borderColor-rest, var(--borderColor-default, #d1d9e0));
  border-radius: var(--borderRadius-medium, 6px);
  background: var(--button-default-bgColor-rest, #f6f8fa);
  color: var(--button-default-fgColor-rest, var(--fgColor-default, #25292e));
  font: inherit;
  font-size: 12px;
  font-weight: 500;
  cursor: pointer;
}
button.primary {
  border-color: var(--button-primary-borderColor-rest, rgba(31, 35, 40, 0.15));
  background: var(--button-primary-bgColor-rest, #1f883d);
  color: var(--button-primary-fgColor-rest, #ffffff);
}
button:disabled {
  opacity: 0.6;
  cursor: default;
}
button[hidden] {
  display: none;
}
button:focus-visible {
  outline: 2px solid var(--focus-outlineColor, #0969da);
  outline-offset: 1px;
}
`;
