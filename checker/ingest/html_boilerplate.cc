#include "checker/ingest/html_boilerplate.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace reportlint {
namespace {

// A cell with more text than this is a page column, not a table cell.
constexpr size_t kMaxDataCellText = 400;

// Words in an id or class that name page furniture ("main-nav", "footer_box").
const char* const kFurnitureWords[] = {
    "nav",    "navbar",  "menu",   "footer",  "breadcrumb", "crumb",    "crumbs",
    "sidebar", "share",  "copyright", "banner", "topbar",   "toolbar",  "search",
    "friendlink", "login", "skip", "sitemap", "dh", "daohang", "wzdh"};

size_t CountText(const char* utf8) {
  size_t n = 0;
  for (const unsigned char* p = reinterpret_cast<const unsigned char*>(utf8); *p; ++p) {
    if ((*p & 0xC0) == 0x80) continue;  // continuation byte
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') continue;
    ++n;
  }
  return n;
}

std::string Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  if (a == nullptr || a->value == nullptr) return "";
  std::string v = a->value;
  for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return v;
}

bool NamesFurniture(const std::string& value) {
  std::string word;
  auto check = [&]() {
    bool hit = std::any_of(std::begin(kFurnitureWords), std::end(kFurnitureWords),
                           [&](const char* w) { return word == w; });
    word.clear();
    return hit;
  };
  for (char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word.push_back(c);
    } else if (check()) {
      return true;
    }
  }
  return check();
}

bool Hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  std::string style = Attr(e, "style");
  style.erase(std::remove_if(style.begin(), style.end(),
                             [](char c) { return c == ' ' || c == '\t' || c == '\n'; }),
              style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

}  // namespace

bool MeasureTree(const GumboNode* root, int max_depth, StatsMap* stats) {
  // Iterative post-order walk: deep pages must not exhaust the stack.
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack{{root, 0}};
  bool too_deep = false;
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    const GumboVector* children =
        n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE ? &n->v.element.children
        : n->type == GUMBO_NODE_DOCUMENT                                ? &n->v.document.children
                                                                        : nullptr;
    if (children != nullptr && f.next < children->length) {
      const GumboNode* child = static_cast<const GumboNode*>(children->data[f.next++]);
      if (static_cast<int>(stack.size()) >= max_depth) {
        too_deep = true;
        continue;
      }
      stack.push_back({child, 0});
      continue;
    }
    NodeStats s;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      s.text = CountText(n->v.text.text);
    } else if (children != nullptr) {
      for (unsigned i = 0; i < children->length; ++i) {
        auto it = stats->find(static_cast<const GumboNode*>(children->data[i]));
        if (it == stats->end()) continue;
        const NodeStats& c = it->second;
        const GumboNode* cn = static_cast<const GumboNode*>(children->data[i]);
        bool link = cn->type == GUMBO_NODE_ELEMENT && cn->v.element.tag == GUMBO_TAG_A;
        bool table = cn->type == GUMBO_NODE_ELEMENT && cn->v.element.tag == GUMBO_TAG_TABLE;
        s.text += c.text;
        s.link_text += link ? c.text : c.link_text;
        s.links += c.links + (link ? 1 : 0);
        s.has_table = s.has_table || c.has_table || table;
      }
    }
    if (s.text > 0 || s.has_table || n->type == GUMBO_NODE_ELEMENT) (*stats)[n] = s;
    stack.pop_back();
  }
  return !too_deep;
}

bool IsBoilerplate(const GumboNode* node, const NodeStats& stats, bool in_article) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& e = node->v.element;
  switch (e.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_TITLE:
      return true;
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
      return !in_article;
    default:
      break;
  }
  if (Hidden(e)) return true;
  if (NamesFurniture(Attr(e, "id")) || NamesFurniture(Attr(e, "class"))) return true;
  // A block that is mostly links: a menu, a list of related pages.
  bool container = e.tag == GUMBO_TAG_DIV || e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL ||
                   e.tag == GUMBO_TAG_SECTION || e.tag == GUMBO_TAG_DL ||
                   e.tag == GUMBO_TAG_TABLE || e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_P;
  return container && stats.links >= 3 && stats.link_text * 10 >= stats.text * 7;
}

void TableRows(const GumboNode* table, std::vector<const GumboNode*>* rows) {
  const GumboVector& kids = table->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag t = k->v.element.tag;
    if (t == GUMBO_TAG_TR) {
      rows->push_back(k);
    } else if (t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TFOOT) {
      const GumboVector& trs = k->v.element.children;
      for (unsigned j = 0; j < trs.length; ++j) {
        const GumboNode* tr = static_cast<const GumboNode*>(trs.data[j]);
        if (tr->type == GUMBO_NODE_ELEMENT && tr->v.element.tag == GUMBO_TAG_TR) rows->push_back(tr);
      }
    }
  }
}

bool IsDataTable(const GumboNode* table, const StatsMap& stats) {
  if (Attr(table->v.element, "role") == "presentation") return false;
  std::vector<const GumboNode*> rows;
  TableRows(table, &rows);
  if (rows.empty()) return false;
  for (const GumboNode* tr : rows) {
    const GumboVector& cells = tr->v.element.children;
    for (unsigned i = 0; i < cells.length; ++i) {
      auto it = stats.find(static_cast<const GumboNode*>(cells.data[i]));
      if (it == stats.end()) continue;
      if (it->second.has_table || it->second.text > kMaxDataCellText) return false;
    }
  }
  return true;
}

}  // namespace reportlint
