export { findExcludedRanges, blankRanges, type ExcludedRange, type ExclusionReason } from './excluded-ranges';
export { joinWrapped } from './join-wrapped';
export { stem } from './stem';
