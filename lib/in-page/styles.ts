/**
 * The in-page UI's styles, in GitHub's CSS variables so they follow the page's light or dark theme.
 * Real CSS files, inlined as strings (and minified) by the bundler: each goes into its own shadow root.
 */
export { default as BADGE_CSS } from './badge.css?inline';
export { default as TOOLBAR_CSS } from './toolbar.css?inline';
