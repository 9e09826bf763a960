export { CLIENT_FACTS, FACT_CLIENT_LABELS, findFact, type FactClient, type FactTopic } from './facts';
export { SOURCES } from './sources';
export { CLIENT_CONFIG_FACT } from './configFacts';
