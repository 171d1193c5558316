export { findExcludedRanges, blankRanges, type ExcludedRange, type ExclusionReason } from './excluded-ranges';
export { joinWrapped, readingUnits } from './join-wrapped';
export { stem } from './stem';
