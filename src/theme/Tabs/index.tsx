import React, { useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { sanitizeTabsChildren, TabsProvider, useScrollPositionBlocker, useTabs, useTabsContextValue } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/Tabs';
// The original's classes, so the tabs look the same.
import styles from '@docusaurus/theme-classic/lib/theme/Tabs/styles.module.css';

// Swizzled (ejected) to drop the original's `key={String(isBrowser)}`, which threw away every tab
// panel right after hydration and built it again: on the pages with tabbed code that was the
// longest task of the page load. The tab the reader chose before (query string or storage) is
// applied by `useTabsContextValue` in a layout effect, as a normal update, so the remount is not
// needed for it. Otherwise the same markup and keyboard behaviour as the original.

function TabList({ className }: { className?: string }): ReactNode {
  const { selectedValue, selectValue, tabValues, block } = useTabs();
  const tabs = useRef<(HTMLLIElement | null)[]>([]);
  const { blockElementScrollPositionUntilNextRender } = useScrollPositionBlocker();
  tabs.current.length = tabValues.length;

  const choose = (event: SyntheticEvent<HTMLLIElement>) => {
    const tab = event.currentTarget;
    const value = tabValues[tabs.current.indexOf(tab)]?.value;
    if (value !== undefined && value !== selectedValue) {
      blockElementScrollPositionUntilNextRender(tab);
      selectValue(value);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    const list = tabs.current;
    const index = list.indexOf(event.currentTarget);
    if (event.key === 'Enter') choose(event);
    else if (event.key === 'ArrowRight') (list[index + 1] ?? list[0])?.focus();
    else if (event.key === 'ArrowLeft') (list[index - 1] ?? list[list.length - 1])?.focus();
  };

  return (
    <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', { 'tabs--block': block }, className)}>
      {tabValues.map(({ value, label, attributes }, index) => (
        <li
          role="tab"
          tabIndex={selectedValue === value ? 0 : -1}
          aria-selected={selectedValue === value}
          key={value}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          onKeyDown={onKeyDown}
          onClick={choose}
          {...attributes}
          className={clsx('tabs__item', styles.tabItem, attributes?.className as string | undefined, { 'tabs__item--active': selectedValue === value })}
        >
          {label ?? value}
        </li>
      ))}
    </ul>
  );
}

export default function Tabs(props: Props): ReactNode {
  const value = useTabsContextValue(props);
  return (
    <TabsProvider value={value}>
      <div className={clsx(ThemeClassNames.tabs.container, 'tabs-container', styles.tabList)}>
        {/* As in the original: className goes on the list, not the container. */}
        <TabList className={props.className} />
        <div className="margin-top--md">{sanitizeTabsChildren(props.children)}</div>
      </div>
    </TabsProvider>
  );
}
