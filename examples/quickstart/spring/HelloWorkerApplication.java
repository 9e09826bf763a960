// A minimal Camunda 8 job worker with the Camunda Spring Boot Starter 8.8
// (io.camunda:camunda-spring-boot-starter). The connection comes from application.yaml.
package com.example.hello;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.Topology;
import java.util.Map;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class HelloWorkerApplication {

  public static void main(String[] args) {
    SpringApplication.run(HelloWorkerApplication.class, args);
  }

  // Step 1: a token request, then GET /v2/topology with the token.
  @Bean
  CommandLineRunner checkTopology(CamundaClient client) {
    return args -> {
      Topology topology = client.newTopologyRequest().send().join();
      System.out.printf("Connected: cluster of %d brokers, gateway %s%n",
          topology.getClusterSize(), topology.getGatewayVersion());
    };
  }

  // Step 2: a worker for jobs of type "hello". The returned map becomes process variables.
  @JobWorker(type = "hello")
  public Map<String, Object> hello() {
    return Map.of("greeting", "Hello from Spring Boot");
  }
}
