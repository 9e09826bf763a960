/**
 * The playground's panels below the first screen load and draw when the reader scrolls near them
 * (see WhenVisible), so that a phone does not evaluate and render all of them before the page
 * answers its first tap. A reproduction or a shared token in the address needs them at once.
 */
export const LOAD_AT_ONCE = /(?:^|[#&])(?:repro|token)=/;
