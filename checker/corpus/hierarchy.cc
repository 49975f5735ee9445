// Reading the hierarchy file: YAML through ParamReader (so its errors read like a
// pack's), CSV by RFC 4180 with a header row; then the checks both forms share.
#include "checker/corpus/hierarchy.h"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <set>
#include <sstream>

#include "checker/corpus/body_name.h"
#include "checker/ingest/decode.h"
#include "checker/util/param_reader.h"
#include "checker/util/read_file.h"
#include "checker/util/yaml_file.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

constexpr size_t kMaxBytes = 16 << 20;  // 16 MiB: some 300,000 bodies

struct Entry {
  std::string name, parent;
  int line = 0, column = 0;                // of the name
  int parent_line = 0, parent_column = 0;  // of the parent's name
};

bool ReadYaml(const std::string& path, const std::string& text, std::vector<Entry>* out,
              std::vector<Error>* errors) {
  CharacterColumns columns(path, text, errors);
  YamlLimits limits;
  limits.max_bytes = kMaxBytes;
  limits.max_nodes = 10'000'000;  // some 300,000 bodies of a few keys each
  std::optional<YAML::Node> loaded = LoadYaml(path, text, errors, limits);
  if (!loaded) return false;
  YAML::Node root = *loaded;
  size_t before = errors->size();
  if (!root.IsMap()) {
    errors->push_back(ErrorAt(path, root, "a hierarchy file is a mapping with the key 'bodies'"));
    return false;
  }
  ParamReader top(root, path, errors);
  top.Require("bodies");
  for (ParamReader& body : top.MapList("bodies")) {
    body.Require("organisation");
    Entry e;
    e.name = body.String("organisation");
    // Where the names are, in characters (yaml-cpp counts bytes): what the
    // findings at a body's line and the later errors point at.
    auto at = [&](const char* key, int* line, int* column) {
      Error mark = ErrorAt(path, body.node()[key], "");
      *line = mark.line;
      *column = CharacterColumn(text, mark.line, mark.column);
    };
    at("organisation", &e.line, &e.column);
    if (body.Has("parent")) {
      e.parent = body.String("parent");
      at("parent", &e.parent_line, &e.parent_column);
    }
    body.CheckUnknownKeys();
    out->push_back(std::move(e));
  }
  top.CheckUnknownKeys();
  return errors->size() == before;
}

// The fields of one CSV record starting at `*pos`, each with its column
// (1-based, in characters); advances past the record's line end.
std::vector<std::pair<std::string, int>> CsvRecord(const std::string& text, size_t* pos,
                                                   int* line) {
  std::vector<std::pair<std::string, int>> fields;
  std::string field;
  int column = 1, field_column = 1;  // of the next character, of the field
  bool quoted = false;
  size_t i = *pos;
  // Counts a character (not a UTF-8 continuation byte) at text[k].
  auto step = [&](size_t k) { column += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80; };
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        step(i++);
      } else if (c == '"') {
        quoted = false;
      } else if (c == '\n') {  // a line break inside quotes: the record goes on
        ++*line;
        field += c;
        column = 0;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back(std::move(field), field_column);
      field.clear();
      field_column = column + 1;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      break;
    } else {
      field += c;
    }
    step(i);
  }
  fields.emplace_back(std::move(field), field_column);
  *pos = i;
  return fields;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool ReadCsv(const std::string& path, const std::string& text, std::vector<Entry>* out,
             std::vector<Error>* errors) {
  size_t pos = 0;  // the BOM is gone with decoding
  int line = 1;
  auto header = CsvRecord(text, &pos, &line);
  size_t before = errors->size();
  int name_col = -1, parent_col = -1;
  for (size_t c = 0; c < header.size(); ++c) {
    std::string h = Trim(header[c].first);
    if (h == "organisation" && name_col < 0) {
      name_col = static_cast<int>(c);
    } else if (h == "parent" && parent_col < 0) {
      parent_col = static_cast<int>(c);
    } else {
      errors->push_back({path, 1, header[c].second,
                         "unknown column '" + h + "' (the columns are organisation,parent)"});
    }
  }
  if (name_col < 0) errors->push_back({path, 1, 1, "the header row has no column 'organisation'"});
  if (errors->size() != before) return false;
  while (pos < text.size()) {
    int at = ++line;
    auto fields = CsvRecord(text, &pos, &line);
    if (fields.size() == 1 && Trim(fields[0].first).empty()) continue;  // a blank line
    if (fields.size() > header.size()) {
      errors->push_back({path, at, fields[header.size()].second,
                         "more fields than the header row has columns"});
      continue;
    }
    Entry e;
    e.line = at;
    if (static_cast<size_t>(name_col) < fields.size()) {
      e.name = Trim(fields[name_col].first);
      e.column = fields[name_col].second;
    }
    if (parent_col >= 0 && static_cast<size_t>(parent_col) < fields.size()) {
      e.parent = Trim(fields[parent_col].first);
      e.parent_line = at;
      e.parent_column = fields[parent_col].second;
    }
    if (e.name.empty()) {
      errors->push_back({path, at, 1, "a row without an organisation"});
      continue;
    }
    out->push_back(std::move(e));
  }
  return errors->size() == before;
}

}  // namespace

std::unique_ptr<Hierarchy> Hierarchy::Load(const std::string& path, std::vector<Error>* errors) {
  std::string text;
  ReadFailure failure;
  if (!ReadFileCapped(path, kMaxBytes, &text, &failure)) {
    errors->push_back({path, 0, 0, "cannot read the hierarchy file: " +
                                       ReadError(path, failure, kMaxBytes).message});
    return nullptr;
  }
  return Parse(path, text, errors);
}

std::unique_ptr<Hierarchy> Hierarchy::Parse(const std::string& path, const std::string& bytes,
                                            std::vector<Error>* errors) {
  std::vector<Entry> entries;
  bool csv = path.ends_with(".csv") || path.ends_with(".CSV");
  // A CSV saved by Excel or WPS is often GBK: decoded like a report.
  Decoded decoded = DecodeText(bytes, "");
  if (!decoded.error.empty()) {
    errors->push_back({path, 0, 0, "cannot read the hierarchy file: " + decoded.error});
    return nullptr;
  }
  std::string text = U32ToUtf8(decoded.text);
  if (!(csv ? ReadCsv(path, text, &entries, errors) : ReadYaml(path, text, &entries, errors))) {
    return nullptr;
  }
  size_t before = errors->size();
  auto h = std::unique_ptr<Hierarchy>(new Hierarchy);
  h->path_ = path;
  for (const Entry& e : entries) {
    HierarchyBody b{e.name, BodyKey(e.name), "", e.line, e.column};
    if (b.key.empty()) {
      errors->push_back({path, e.line, e.column,
                         e.name.empty() ? std::string("an organisation without a name") :
                         "'" + e.name +
                             "' names no place: write the body's full name (such as "
                             "北山市东区人民政府)"});
      continue;
    }
    auto [it, fresh] = h->by_key_.emplace(b.key, h->bodies_.size());
    if (!fresh) {
      const HierarchyBody& first = h->bodies_[it->second];
      errors->push_back({path, e.line, e.column,
                         "'" + e.name + "' is listed twice (first at line " +
                             std::to_string(first.line) + ")"});
      continue;
    }
    h->bodies_.push_back(std::move(b));
  }
  // Parents, once every body is known.
  for (const Entry& e : entries) {
    if (e.parent.empty()) continue;
    auto self = h->by_key_.find(BodyKey(e.name));
    std::string parent = BodyKey(e.parent);
    if (!h->by_key_.count(parent)) {
      errors->push_back({path, e.parent_line, e.parent_column,
                         "the parent '" + e.parent + "' is not a body of this file"});
      continue;
    }
    if (parent == self->first) {
      errors->push_back({path, e.parent_line, e.parent_column,
                         "'" + e.name + "' is its own parent"});
      continue;
    }
    if (h->bodies_[self->second].line == e.line) h->bodies_[self->second].parent = parent;
  }
  // A cycle: following the parents from some body comes back to it.
  for (const HierarchyBody& b : h->bodies_) {
    std::set<std::string> seen{b.key};
    for (const HierarchyBody* p = h->Find(b.parent); p; p = h->Find(p->parent)) {
      if (p->key == b.key) {
        errors->push_back({path, b.line, b.column,
                           "'" + b.name + "' is its own ancestor (a cycle of parents)"});
        break;
      }
      if (!seen.insert(p->key).second) break;  // a cycle that does not pass through b
    }
  }
  if (errors->size() != before) return nullptr;
  for (size_t i = 0; i < h->bodies_.size(); ++i) {
    if (!h->bodies_[i].parent.empty()) h->children_[h->bodies_[i].parent].push_back(i);
  }
  return h;
}

const HierarchyBody* Hierarchy::Find(const std::string& key) const {
  if (key.empty()) return nullptr;
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &bodies_[it->second];
}

std::vector<const HierarchyBody*> Hierarchy::Children(const std::string& key) const {
  std::vector<const HierarchyBody*> out;
  auto it = children_.find(key);
  if (it == children_.end()) return out;
  for (size_t i : it->second) out.push_back(&bodies_[i]);
  return out;
}

}  // namespace reportlint
