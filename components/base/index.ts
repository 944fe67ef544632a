/** The foundation shared by every cityweave component. */
export { CwElement, type CwTheme, type LoadStatus } from './cw-element.js';
export { CwDataElement, type AtlasRecords } from './cw-data-element.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
export { AUTHOR_DIR, resolveLocale, watchLocale, unwatchLocale, type ResolvedLocale } from './locale.js';
export { absoluteUrl, clearAtlasCache, DEFAULT_TIMEOUT_MS, loadAtlasFrom, loadBundledAtlas, parseAtlasLazily, type AtlasLoad } from './data-source.js';
export {
  CwFailureError,
  errorDetail,
  failureOf,
  failureText,
  failureTitle,
  renderEmpty,
  renderError,
  renderLoading,
  type CwErrorDetail,
  type CwErrorEvent,
  type CwErrorKind,
  type CwFailure,
  type CwState,
  type LoadingOptions,
} from './states.js';
export { baseStyles, tokens } from './tokens.css.js';
export { contrastRatio, parseHex, readableTextOn, relativeLuminance } from './color.js';
export { heading, headingLevel, outlineLevel, type HeadingOptions } from './heading.js';
export { hrefFromTemplate, safeUrl } from './links.js';
export { JSON_LD_POLICY, jsonLdText, writeStructuredData } from './structured-data.js';
export { jsonLdLoaded, jsonLdReady } from './json-ld-ready.js';
export { hasMessage, loadMessages, messagesLoaded, messagesReady, uiMsg, type UiMessageKey } from './messages.js';
export { styleProps, type StyleProps } from './style-props.js';
export { nextFrame } from './frames.js';
export { WindowedListController, type WindowedListOptions } from './windowed-list.js';
