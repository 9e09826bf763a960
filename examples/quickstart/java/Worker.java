// A minimal Camunda 8 job worker with the Java client 8.8 (io.camunda:camunda-client-java).
// Every setting comes from the environment: source your credentials file first.
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import io.camunda.client.api.worker.JobWorker;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

public class Worker {
  public static void main(String[] args) throws InterruptedException {
    // newClientBuilder() reads CAMUNDA_* variables, each falling back to its ZEEBE_* name.
    // REST is chosen explicitly, so the topology call and the job polling use the REST address.
    try (CamundaClient client = CamundaClient.newClientBuilder().preferRestOverGrpc(true).build()) {
      // Step 1: a token request, then GET /v2/topology with the token.
      Topology topology = client.newTopologyRequest().send().join();
      System.out.printf("Connected: cluster of %d brokers, gateway %s%n",
          topology.getClusterSize(), topology.getGatewayVersion());

      // Step 2: a worker for jobs of type "hello"; it reuses the cached token.
      try (JobWorker worker = client.newWorker()
          .jobType("hello")
          .handler((jobClient, job) -> {
            System.out.printf("Got job %d%n", job.getKey());
            jobClient.newCompleteCommand(job.getKey())
                .variables(Map.of("greeting", "Hello from Java"))
                .send()
                .join();
          })
          .open()) {
        System.out.println("Worker for \"hello\" jobs started; press Ctrl-C to stop.");
        new CountDownLatch(1).await();
      }
    }
  }
}
