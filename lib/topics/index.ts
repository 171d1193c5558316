export { compileTopics, findMentions, type Mention, type MentionRole, type CompiledTopics } from './mentions';
export { attributeTopics, sentenceTopics, nearestMention, refersBack, type Span } from './attribute';
