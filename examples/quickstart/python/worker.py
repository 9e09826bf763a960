# A minimal Camunda 8 job worker with pyzeebe 4.x (gRPC only).
# create_camunda_cloud_channel() reads the client id and secret, cluster id and region, token URL
# and audience from the environment: source your credentials file first.
import asyncio

from pyzeebe import ZeebeClient, ZeebeWorker, create_camunda_cloud_channel


async def main() -> None:
    channel = create_camunda_cloud_channel()

    # Step 1 (gRPC): the first call makes pyzeebe request a token, then asks for the topology.
    topology = await ZeebeClient(channel).topology()
    print(f"Connected: cluster of {topology.cluster_size} brokers, gateway {topology.gateway_version}")

    # Step 2 (gRPC): a worker for jobs of type "hello", on the same channel and token.
    worker = ZeebeWorker(channel)

    @worker.task(task_type="hello")
    async def hello() -> dict:
        print("Got a hello job")
        return {"greeting": "Hello from Python"}

    print('Worker for "hello" jobs started; press Ctrl-C to stop.')
    await worker.work()


asyncio.run(main())
