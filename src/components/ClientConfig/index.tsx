import type { ReactNode } from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import { GROUP_LABELS, TARGET_GROUPS, targetsInGroup, type TargetGroup } from '@site/src/lib/snippets';
import ClientSnippet from '@site/src/components/ClientSnippet';
import VersionSwitch from '@site/src/components/VersionSwitch';
import InlineText from '@site/src/components/ClientSnippet/InlineText';
import { GROUP_INTROS } from './groupIntros';
import styles from './styles.module.css';

export interface ClientConfigProps {
  /** Which language tabs to show, in catalogue order; all by default. */
  groups?: readonly TargetGroup[];
  /** Snippets without the caching and local-testing notes. */
  compact?: boolean;
}

/**
 * Configuration for every common client, one tab per language. The language tab shares
 * groupId "language" with every other language tab of the site and is mirrored in the URL
 * (?language=go), so the reader's choice follows them from page to page and through links.
 */
export default function ClientConfig({ groups = TARGET_GROUPS, compact = false }: ClientConfigProps): ReactNode {
  const shown = TARGET_GROUPS.filter((g) => groups.includes(g));
  return (
    <div className={styles.config}>
      {!compact && <VersionSwitch note="Spring Boot property names and version notes follow it." />}
      <Tabs groupId="language" queryString>
        {shown.map((group) => {
          const targets = targetsInGroup(group);
          return (
            <TabItem key={group} value={group} label={GROUP_LABELS[group]}>
              {!compact && (
                <p>
                  <InlineText text={GROUP_INTROS[group]} />
                </p>
              )}
              {targets.length === 1 ? (
                <ClientSnippet targetId={targets[0].id} compact={compact} />
              ) : (
                // The variant (e.g. code or environment variables) is remembered per language.
                <Tabs groupId={`language-${group}`} className={styles.variants}>
                  {targets.map((t) => (
                    <TabItem key={t.id} value={t.id} label={t.label}>
                      <ClientSnippet targetId={t.id} compact={compact} />
                    </TabItem>
                  ))}
                </Tabs>
              )}
            </TabItem>
          );
        })}
      </Tabs>
    </div>
  );
}
