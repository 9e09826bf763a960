// A minimal Camunda 8 job worker with the Go client (gRPC only), community-maintained since 8.6:
// github.com/camunda-community-hub/zeebe-client-go/v8. NewClient reads ZEEBE_CLIENT_ID,
// ZEEBE_CLIENT_SECRET, ZEEBE_AUTHORIZATION_SERVER_URL and ZEEBE_TOKEN_AUDIENCE from the environment.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/camunda-community-hub/zeebe-client-go/v8/pkg/entities"
	"github.com/camunda-community-hub/zeebe-client-go/v8/pkg/worker"
	"github.com/camunda-community-hub/zeebe-client-go/v8/pkg/zbc"
)

func main() {
	client, err := zbc.NewClient(&zbc.ClientConfig{GatewayAddress: os.Getenv("ZEEBE_ADDRESS")})
	if err != nil {
		panic(err)
	}
	defer client.Close()

	// Step 1 (gRPC): the first call makes the client request a token, then asks for the topology.
	ctx := context.Background()
	topology, err := client.NewTopologyCommand().Send(ctx)
	if err != nil {
		panic(err)
	}
	fmt.Printf("Connected: cluster of %d brokers, gateway %s\n", topology.ClusterSize, topology.GatewayVersion)

	// Step 2 (gRPC): a worker for jobs of type "hello"; it reuses the cached token.
	jobWorker := client.NewJobWorker().JobType("hello").Handler(func(jc worker.JobClient, job entities.Job) {
		fmt.Println("Got job", job.GetKey())
		command, err := jc.NewCompleteJobCommand().JobKey(job.GetKey()).VariablesFromMap(map[string]interface{}{"greeting": "Hello from Go"})
		if err == nil {
			_, err = command.Send(ctx)
		}
		if err != nil {
			fmt.Println("Could not complete job", job.GetKey(), err)
		}
	}).Open()
	defer jobWorker.Close()
	fmt.Println(`Worker for "hello" jobs started; press Ctrl-C to stop.`)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}
