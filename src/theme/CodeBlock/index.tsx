import React, { isValidElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

// Swizzled (ejected) to drop the original's `key={String(isBrowser)}`, which threw away every code
// block after hydration and highlighted it again, only to apply the colour mode. Colours now come
// from a stylesheet keyed by the colour mode (src/lib/prism/themeCss.ts), so the server's HTML is
// right as it is. Otherwise unchanged.

/** Plain strings are joined so the block can be copied; React elements are left as they are. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  return typeof children === 'string' ? <StringContent {...props}>{children}</StringContent> : <ElementContent {...props}>{children}</ElementContent>;
}
