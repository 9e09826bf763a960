// A minimal Camunda 8 job worker with the community C# client zb-client 2.x (gRPC only).
// FromEnv() reads ZEEBE_ADDRESS, ZEEBE_CLIENT_ID, ZEEBE_CLIENT_SECRET and ZEEBE_AUTHORIZATION_SERVER_URL;
// the token's audience comes from the address.
using System;
using System.Threading;
using Zeebe.Client.Impl.Builder;

var client = CamundaCloudClientBuilder.Builder().FromEnv().Build();

// Step 1 (gRPC): the first call makes the client request a token, then asks for the topology.
var topology = await client.TopologyRequest().Send();
Console.WriteLine($"Connected: cluster of {topology.Brokers.Count} brokers, gateway {topology.GatewayVersion}");

// Step 2 (gRPC): a worker for jobs of type "hello"; it reuses the cached token.
using var worker = client.NewWorker()
    .JobType("hello")
    .Handler((jobClient, job) =>
    {
        Console.WriteLine($"Got job {job.Key}");
        jobClient.NewCompleteJobCommand(job.Key)
            .Variables("{\"greeting\":\"Hello from C#\"}")
            .Send()
            .GetAwaiter()
            .GetResult();
    })
    .MaxJobsActive(5)
    .Name("hello-worker")
    .PollInterval(TimeSpan.FromSeconds(1))
    .Timeout(TimeSpan.FromSeconds(30))
    .Open();
Console.WriteLine("Worker for \"hello\" jobs started; press Ctrl-C to stop.");

var stop = new ManualResetEventSlim();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
stop.Wait();
