// A minimal Camunda 8 job worker for Node.js with @camunda8/sdk 8.8.
// Every setting comes from the environment: source your credentials file first.
import { Camunda8 } from '@camunda8/sdk';

const camunda = new Camunda8();

async function main(): Promise<void> {
  // Step 1 (REST): a token request, then GET /v2/topology with the token.
  const topology = await camunda.getCamundaRestClient().getTopology();
  console.log(`Connected: cluster of ${topology.clusterSize} brokers, gateway ${topology.gatewayVersion}`);

  // Step 2 (gRPC): a worker for jobs of type "hello". It reuses the same cached token.
  camunda.getZeebeGrpcApiClient().createWorker({
    taskType: 'hello',
    taskHandler: (job) => {
      console.log(`Got job ${job.key} of process instance ${job.processInstanceKey}`);
      return job.complete({ greeting: 'Hello from Node.js' });
    },
  });
  console.log('Worker for "hello" jobs started; press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
