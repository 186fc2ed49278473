/** The merge of two progress records, loaded only when another tab's save must be joined with this one's. */
export { mergeProgress } from '../../lib/progress/merge';
