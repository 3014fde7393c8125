/**
 * The in-page UI's styles, in GitHub's CSS variables so they follow the page's light or dark theme.
 * Real CSS files, inlined as strings (and minified) by the bundler: each goes into its own shadow root.
 */
export { default as MARKER_CSS } from './marker.css?inline';
export { default as TOOLBAR_CSS } from './toolbar.css?inline';
