#include "checker/corpus/near_duplicates.h"

#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace reportlint {

namespace {

constexpr int kBands = 16;
constexpr int kRows = kSketchValues / kBands;
// Leaders per bucket: dissimilar sketches share a bucket only by chance, so a
// bucket with more is a run of near misses; the cap bounds the cost.
constexpr size_t kMaxLeaders = 32;

class Clusters {
 public:
  explicit Clusters(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Root(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Join(size_t a, size_t b) { parent_[Root(a)] = Root(b); }

 private:
  std::vector<size_t> parent_;
};

}  // namespace

std::vector<NearPair> NearDuplicatePairs(const std::vector<SketchItem>& items,
                                         const NearDuplicateOptions& options) {
  Clusters clusters(items.size());
  auto matches = [&](size_t a, size_t b) {
    return Similarity(*items[a].sketch, *items[b].sketch) >= options.threshold;
  };
  for (int band = 0; band < kBands; ++band) {
    std::unordered_map<uint64_t, std::vector<size_t>> leaders;
    for (size_t i = 0; i < items.size(); ++i) {
      std::vector<size_t>& bucket = leaders[BandKey(*items[i].sketch, band, kRows)];
      bool linked = false;
      for (size_t l : bucket) {
        if (matches(i, l)) {
          clusters.Join(i, l);
          linked = true;
          break;
        }
      }
      if (!linked && bucket.size() < kMaxLeaders) bucket.push_back(i);
    }
  }
  std::map<size_t, std::vector<size_t>> members;  // by root, in item order
  for (size_t i = 0; i < items.size(); ++i) members[clusters.Root(i)].push_back(i);
  std::vector<NearPair> pairs;
  for (const auto& [root, cluster] : members) {
    if (cluster.size() < 2) continue;
    std::set<int> groups;
    for (size_t i : cluster) groups.insert(items[i].group);
    if (static_cast<int>(groups.size()) >= options.shared_groups || groups.size() < 2) continue;
    for (size_t x = 0; x < cluster.size(); ++x) {
      for (size_t y = x + 1; y < cluster.size(); ++y) {
        size_t a = cluster[x], b = cluster[y];
        if (items[a].group == items[b].group) continue;
        double s = Similarity(*items[a].sketch, *items[b].sketch);
        if (s >= options.threshold) pairs.push_back({a, b, s});
      }
    }
  }
  return pairs;
}

}  // namespace reportlint
