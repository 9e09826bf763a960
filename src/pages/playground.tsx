import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CodeEditor from '@site/src/components/CodeEditor';
import { useCredentials } from '@site/src/hooks/useCredentials';

export default function Playground(): ReactNode {
  const { fileText, setFileText } = useCredentials();
  return (
    <Layout title="Token playground" description="Try the Camunda 8 client-credentials flow in your browser.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Token playground</Heading>
        <CodeEditor value={fileText} onChange={setFileText} language="shell" ariaLabel="Credentials file" />
      </main>
    </Layout>
  );
}
