import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// Ordered for a newcomer: the idea first, a worker running, then the credentials, the token and operations.
const sidebars = {
  guide: [
    'how-authentication-works',
    'quickstart',
    'create-a-client',
    'credentials-file',
    'access-tokens',
    'caching-and-rate-limits',
    'connect-your-client',
    'camunda-8-8-and-self-managed',
    'troubleshooting',
    'mock-auth-server',
    'how-the-simulator-works',
  ],
} satisfies SidebarsConfig;

export default sidebars;
