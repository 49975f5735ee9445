// Nearly identical sketches among many (paragraphs of every report of a run), found
// in near-linear time by banding the sketches, without comparing every pair.
#ifndef REPORTLINT_CORPUS_NEAR_DUPLICATES_H_
#define REPORTLINT_CORPUS_NEAR_DUPLICATES_H_

#include <cstddef>
#include <vector>

#include "checker/corpus/text_sketch.h"

namespace reportlint {

struct SketchItem {
  const Sketch* sketch;  // not owned
  int group;             // e.g. the body the paragraph is of
};

struct NearPair {
  size_t a, b;  // indices into the items, a < b, of different groups
  double similarity;
};

struct NearDuplicateOptions {
  double threshold = 0.9;  // estimated similarity for two items to match
  // A cluster (items linked by matches) holding items of this many distinct
  // groups or more is text they all share, not a copy: none of its pairs is
  // returned.
  int shared_groups = 3;
};

// Design. Sketches are cut into 16 bands of 4 values (text_sketch.h: BandKey);
// two sketches of similarity s share some band with probability
// 1 - (1 - s^4)^16: 0.9998 at 0.8, 0.64 at 0.5, 0.12 at 0.3. In each band's
// buckets an item is compared with the bucket's leaders (the first item of
// each set of matching items seen there) and linked to the first it matches,
// else it becomes a leader: a bucket of 10,000 copies of one sentence costs
// 10,000 comparisons, not 50 million. Linked items form clusters; the pairs
// of different groups inside a cluster are then verified one by one, so every
// pair returned is itself a match (a chain A~B~C does not make A~C).
std::vector<NearPair> NearDuplicatePairs(const std::vector<SketchItem>& items,
                                         const NearDuplicateOptions& options);

}  // namespace reportlint

#endif  // REPORTLINT_CORPUS_NEAR_DUPLICATES_H_
