// Shared sample data for the credentials tests (not a test file itself).
import type { Credentials } from '../../src/lib/credentials/model';

export const CLUSTER = '5c34c0a7-7f29-4424-8414-125615f7a9b9';
export const CLIENT_ID = 'Xk3.qR7~w2_LmN9-pT4vB8cZ1yH6sJ0d';
export const SECRET = 'q9~Vb2.Kd8_Lm3-Np7Rt1Sx5Wz0Yc4Fh6Gj8Hk2Jm4Ln6Pq8Rs0Tu2Vw4Xy6Za8B';

/** The Console's download for a client with all four API scopes (the domain notes' example). */
export const CONSOLE_FILE = `export ZEEBE_ADDRESS='${CLUSTER}.syd-1.zeebe.camunda.io:443'
export ZEEBE_CLIENT_ID='${CLIENT_ID}'
export ZEEBE_CLIENT_SECRET='${SECRET}'
export ZEEBE_AUTHORIZATION_SERVER_URL='https://login.cloud.camunda.io/oauth/token'
export ZEEBE_TOKEN_AUDIENCE='zeebe.camunda.io'
export CAMUNDA_CLUSTER_ID='${CLUSTER}'
export CAMUNDA_CLUSTER_REGION='syd-1'
export CAMUNDA_CREDENTIALS_SCOPES='Zeebe,Tasklist,Operate,Optimize'
export CAMUNDA_TASKLIST_BASE_URL='https://syd-1.tasklist.camunda.io/${CLUSTER}'
export CAMUNDA_OPTIMIZE_BASE_URL='https://syd-1.optimize.camunda.io/${CLUSTER}'
export CAMUNDA_OPERATE_BASE_URL='https://syd-1.operate.camunda.io/${CLUSTER}'
export CAMUNDA_OAUTH_URL='https://login.cloud.camunda.io/oauth/token'
`;

export const CONSOLE_CREDENTIALS: Credentials = {
  clientId: CLIENT_ID,
  clientSecret: SECRET,
  clusterId: CLUSTER,
  region: 'syd-1',
  audience: 'zeebe.camunda.io',
  authorizationServerUrl: 'https://login.cloud.camunda.io/oauth/token',
  scopes: ['Zeebe', 'Tasklist', 'Operate', 'Optimize'],
  zeebeGrpcAddress: `${CLUSTER}.syd-1.zeebe.camunda.io:443`,
  zeebeRestAddress: `https://syd-1.zeebe.camunda.io/${CLUSTER}`,
  tasklistBaseUrl: `https://syd-1.tasklist.camunda.io/${CLUSTER}`,
  operateBaseUrl: `https://syd-1.operate.camunda.io/${CLUSTER}`,
  optimizeBaseUrl: `https://syd-1.optimize.camunda.io/${CLUSTER}`,
};

/** A minimal Zeebe-only client file. */
export const ZEEBE_ONLY = `export ZEEBE_ADDRESS='${CLUSTER}.bru-2.zeebe.camunda.io:443'
export ZEEBE_CLIENT_ID='${CLIENT_ID}'
export ZEEBE_CLIENT_SECRET='${SECRET}'
export ZEEBE_AUTHORIZATION_SERVER_URL='https://login.cloud.camunda.io/oauth/token'
export ZEEBE_TOKEN_AUDIENCE='zeebe.camunda.io'
export CAMUNDA_CLUSTER_ID='${CLUSTER}'
export CAMUNDA_CLUSTER_REGION='bru-2'
export CAMUNDA_CREDENTIALS_SCOPES='Zeebe'
export CAMUNDA_OAUTH_URL='https://login.cloud.camunda.io/oauth/token'
`;
