// The hierarchy file (--hierarchy): which bodies a supervising office expects a
// report from, and whose parts they are, read strictly like a rule pack.
#ifndef REPORTLINT_CORPUS_HIERARCHY_H_
#define REPORTLINT_CORPUS_HIERARCHY_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "reportlint/error.h"

namespace reportlint {

struct HierarchyBody {
  std::string name;    // as written
  std::string key;     // BodyKey(name)
  std::string parent;  // the parent's key; "" for a top body
  int line = 0;        // where the body is named (1-based, characters)
  int column = 0;
};

// Two forms, chosen by the extension:
//   .yaml/.yml:  bodies:
//                  - {organisation: 北山市}
//                  - {organisation: 东区, parent: 北山市}
//   .csv:        organisation,parent   (header row; UTF-8 or GBK, as for reports)
//                北山市,
//                东区,北山市
// A parent must be a body of the file. Unknown keys or columns, a body named
// twice (after BodyKey), an unknown parent and a cycle are errors at
// file:line:col.
class Hierarchy {
 public:
  // nullptr and the errors appended on any problem (or an unreadable file).
  static std::unique_ptr<Hierarchy> Load(const std::string& path, std::vector<Error>* errors);
  // The same for text already in memory; `path` names it and gives the form.
  static std::unique_ptr<Hierarchy> Parse(const std::string& path, const std::string& bytes,
                                          std::vector<Error>* errors);

  const std::string& path() const { return path_; }
  // In file order.
  const std::vector<HierarchyBody>& bodies() const { return bodies_; }
  // The body whose key is `key`, or null.
  const HierarchyBody* Find(const std::string& key) const;
  // The bodies whose parent is `key`, in file order.
  std::vector<const HierarchyBody*> Children(const std::string& key) const;

 private:
  std::string path_;
  std::vector<HierarchyBody> bodies_;
  std::map<std::string, size_t> by_key_;
  std::map<std::string, std::vector<size_t>> children_;  // parent key -> bodies, in file order
};

}  // namespace reportlint

#endif  // REPORTLINT_CORPUS_HIERARCHY_H_
