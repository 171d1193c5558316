export { findExcludedRanges, blankRanges, type ExcludedRange, type ExclusionReason } from './excluded-ranges';
