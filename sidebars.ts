import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// Ordered for a newcomer: the idea first, then the credentials, then the token, then operations.
const sidebars = {
  guide: [
    'how-authentication-works',
    'access-tokens',
    'caching-and-rate-limits',
    'connect-your-client',
    'troubleshooting',
    'mock-auth-server',
  ],
} satisfies SidebarsConfig;

export default sidebars;
