export { CLIENT_FACTS, FACT_CLIENT_LABELS, findFact, type ClientFact, type FactClient, type FactTopic } from './facts';
export { SOURCES, type FactSource, type SourceId } from './sources';
export { CLIENT_CONFIG_FACT } from './configFacts';
