export { nameKey, nameTokens } from './normalise';
export { scoreTokens, similarity, tokenSimilarity } from './score';
export { likelyDuplicates, matchNames, SUGGEST_AT, type DuplicatePair, type MatchCandidate, type MatchDecision, type NameMatch } from './match';
export { defaultKeep, duplicateRows, duplicateSide, likenessOf, type DuplicateRow, type DuplicateScope, type DuplicateSide } from './duplicates';
export { indexActors, namesakes, sameName, searchActors, type ActorHit, type ActorIndex } from './search';
