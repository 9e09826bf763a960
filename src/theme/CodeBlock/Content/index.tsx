import React, { forwardRef, useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { Props } from '@theme/CodeBlock/Content';
import Line from '@theme/CodeBlock/Line';
import { CLASS_ONLY_THEME } from '@site/src/lib/prism/themeCss';
// The original's classes, so every version of a block looks the same.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import { describeBlock, readHighlightedHtml, rememberHighlightedHtml } from './highlightedHtml';
import { loadPrismRenderer } from './prismRenderer';

// Swizzled (ejected) so a page with code starts quickly; what the reader sees is unchanged.
// - While the page hydrates, a block keeps the server's highlighted HTML instead of running
//   Prism over its code again to produce the same spans.
// - A block mounted again later (Tabs remount their panels after hydration) reuses the HTML
//   this page load already made. Prism runs only for code the page has not shown yet, such as
//   a snippet filled in with the reader's own values.
// - Tokens get classes only; their colours come from a stylesheet per colour mode
//   (src/lib/prism/themeCss.ts), so the same HTML is right in dark mode too.

type Source = 'server' | 'remembered' | 'prism';

/** React keeps an element's existing children when it hydrates one with this prop. */
const KEEP_SERVER_HTML = { __html: '' };

let startedFromServerHtml: boolean | undefined;

/** True while a production page hydrates its server HTML (`npm start` renders without any). */
function isHydratingServerHtml(isBrowser: boolean): boolean {
  if (isBrowser || typeof document === 'undefined') return false;
  startedFromServerHtml ??= document.getElementById('__docusaurus')?.firstElementChild != null;
  return startedFromServerHtml;
}

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
  return <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />;
});

function useCodeProps(): ComponentProps<'code'> {
  const { metadata } = useCodeBlockContext();
  const numbered = metadata.lineNumbersStart !== undefined;
  return {
    className: clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering),
    style: { counterReset: numbered ? `line-count ${metadata.lineNumbersStart! - 1}` : undefined },
  };
}

/** Remembers what the block shows once it is in the page; `onEmpty` when there is nothing. */
function useRememberHtml(block: string, onEmpty?: () => void) {
  const codeRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const html = codeRef.current?.innerHTML ?? '';
    if (html === '') onEmpty?.();
    else rememberHighlightedHtml(block, html);
  }, [block, onEmpty]);
  return codeRef;
}

function PrismContent({ className, block }: Props & { block: string }): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const codeProps = useCodeProps();
  const codeRef = useRememberHtml(block);
  const { code, language, lineNumbersStart, lineClassNames } = metadata;
  const { Highlight, Prism } = loadPrismRenderer();
  return (
    <Highlight prism={Prism} theme={CLASS_ONLY_THEME} code={code} language={language}>
      {({ className: prismClassName, style, tokens: lines, getLineProps, getTokenProps }) => (
        <Pre ref={wordWrap.codeBlockRef} className={clsx(className, prismClassName)} style={style}>
          <code {...codeProps} ref={codeRef}>
            {lines.map((line, i) => (
              <Line key={i} line={line} getLineProps={getLineProps} getTokenProps={getTokenProps} classNames={lineClassNames[i]} showLineNumbers={lineNumbersStart !== undefined} />
            ))}
          </code>
        </Pre>
      )}
    </Highlight>
  );
}

/** The server's HTML (kept as React hydrates) or HTML this page load made before. */
function ExistingContent({ className, block, source, onEmpty }: Props & { block: string; source: 'server' | 'remembered'; onEmpty: () => void }): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const [html] = useState(() => (source === 'server' ? KEEP_SERVER_HTML : { __html: readHighlightedHtml(block) ?? '' }));
  const codeProps = useCodeProps();
  // After a hydration error React renders without the server's HTML: then highlight instead.
  const codeRef = useRememberHtml(block, metadata.code === '' ? undefined : onEmpty);
  return (
    <Pre ref={wordWrap.codeBlockRef} className={clsx(className, `prism-code language-${metadata.language.toLowerCase()}`)} style={{}}>
      <code {...codeProps} ref={codeRef} dangerouslySetInnerHTML={html} suppressHydrationWarning />
    </Pre>
  );
}

function pickSource(block: string, hydrating: boolean): Source {
  if (hydrating) return 'server';
  return readHighlightedHtml(block) === undefined ? 'prism' : 'remembered';
}

export default function CodeBlockContent(props: Props): ReactNode {
  const { metadata } = useCodeBlockContext();
  const isBrowser = useIsBrowser();
  const block = describeBlock(metadata);
  const [shown, setShown] = useState(() => ({ block, source: pickSource(block, isHydratingServerHtml(isBrowser)) }));
  // New code (a snippet filled in with the reader's values): choose again, during render.
  if (shown.block !== block) setShown({ block, source: pickSource(block, false) });
  const [highlightInstead] = useState(() => () => setShown((current) => ({ ...current, source: 'prism' })));
  const source = shown.block === block ? shown.source : 'prism';
  if (source === 'prism') return <PrismContent key="prism" {...props} block={block} />;
  return <ExistingContent key={`${source} ${block}`} {...props} block={block} source={source} onEmpty={highlightInstead} />;
}
