import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// Ordered for a newcomer: the idea first, then the credentials, then the token, then operations.
const sidebars = {
  guide: [
    'how-authentication-works',
    'create-a-client',
    'credentials-file',
    'access-tokens',
    'caching-and-rate-limits',
    'connect-your-client',
    'camunda-8-8-and-self-managed',
    'troubleshooting',
    'mock-auth-server',
  ],
} satisfies SidebarsConfig;

export default sidebars;
