export { compileTopics, findMentions, type Mention, type MentionRole, type CompiledTopics } from './mentions';
export {
  asides,
  attributeTopics,
  clauseBreaks,
  joinWrapped,
  readingUnits,
  sentenceTopics,
  nearestMention,
  refersBack,
  type Span,
} from './attribute';
