// The English (UK) catalogue: complete, and the words behind any key another catalogue leaves out. Each
// feature keeps its words in a file of its own here; add a group by importing it below.
import { common } from './common.ts';

export const enGB = {
  common,
};
