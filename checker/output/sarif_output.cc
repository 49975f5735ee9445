// SARIF 2.1.0 (OASIS), the format of GitHub code scanning and most IDEs: one
// run whose driver lists every rule in force, results with repo-relative URIs,
// character-based regions and partialFingerprints; the cross-report findings
// are results of the same run, with the other report as a relatedLocation.
// docs/output.md shows it.
#include <filesystem>

#include "checker/findings/evidence.h"
#include "checker/output/formats.h"
#include "checker/output/place.h"
#include "checker/output/related_places.h"
#include "checker/output/rule_help.h"
#include "reportlint/version.h"

namespace reportlint {
namespace {

using Json = nlohmann::ordered_json;
constexpr const char* kBase = "%SRCROOT%";

// RFC 3986: unreserved characters and '/' stay, the rest is %XX of the UTF-8 bytes.
std::string PercentEncode(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// The artifact location of `path`: relative to the root when inside it.
Json ArtifactLocation(const std::string& path, const std::string& root) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  fs::path rel = abs.lexically_relative(fs::path(root).lexically_normal());
  if (!rel.empty() && *rel.begin() != "..") {
    return {{"uri", PercentEncode(rel.generic_string())}, {"uriBaseId", kBase}};
  }
  return {{"uri", "file://" + PercentEncode(abs.generic_string())}};
}

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "error";
}

// A rule of the driver's table, its texts in the run's language: the title
// (its message with "…" for the values, a whole sentence, far below GitHub's
// 1024 characters), the pack's description, help with its parameters and an
// example, and the page of a built-in rule under `doc_base` (rule_help.h).
Json RuleJson(const RuleSummary& r, const std::string& lang, const std::string& doc_base) {
  std::string page = RuleDocPath(r);
  std::string uri = page.empty() ? "" : doc_base + PercentEncode(page);
  Json rule;
  rule["id"] = r.id;
  rule["name"] = r.id.substr(r.id.rfind('/') + 1);
  rule["shortDescription"] = {{"text", RuleTitle(r, lang)}};
  rule["fullDescription"] = {{"text", RuleDescription(r, lang)}};
  rule["help"] = {{"text", RuleHelpText(r, lang)}, {"markdown", RuleHelpMarkdown(r, lang, uri)}};
  if (!uri.empty()) rule["helpUri"] = uri;
  rule["defaultConfiguration"] = {{"level", Level(r.severity)}};
  rule["properties"] = {{"kind", r.kind}, {"pack", r.pack}, {"tags", {r.pack, r.kind}}};
  return rule;
}

// A DOCX paragraph or table cell (a w:p or w:tc element), or a PDF page, as
// SARIF's logicalLocation: the place in the run's language as its name, in
// English as its fullyQualifiedName (the same whatever --lang), and the line
// and column of the reading text (`reportlint dump`) among its properties.
Json LogicalLocation(const Location& l, const std::string& lang) {
  return {{"name", PlaceText(l, lang)},
          {"fullyQualifiedName", PlaceText(l, "en")},
          {"kind", l.page > 0 ? "page" : "element"},
          {"properties", {{"readingLine", l.line}, {"readingColumn", l.column}}}};
}

std::string DocBase(const OutputOptions& options) {
  std::string base = options.doc_url.empty() ? DefaultRuleDocBase() : options.doc_url;
  if (base.back() != '/') base += '/';
  return base;
}

class SarifWriter : public OutputWriter {
 public:
  SarifWriter(const OutputOptions& options, std::ostream& out) : options_(options), out_(out) {
    Json driver;
    driver["name"] = "reportlint";
    driver["version"] = Version();
    driver["rules"] = Json::array();
    for (const RuleSummary& r : options.rules) {
      if (index_.count(r.id)) continue;
      index_[r.id] = static_cast<int>(index_.size());
      driver["rules"].push_back(RuleJson(r, options.lang, DocBase(options)));
    }
    Json base = {{kBase, {{"uri", "file://" + PercentEncode(RootWithSlash())}}}};
    out_ << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         << "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": "
         << DumpNested(Json{{"driver", driver}}, 3).substr(6) << ",\n"
         << "      \"columnKind\": \"unicodeCodePoints\",\n"
         << "      \"originalUriBaseIds\": " << DumpNested(base, 3).substr(6) << ",\n"
         << "      \"results\": [";
  }

  std::string Render(const Result& file) const override {
    std::string out;
    if (file.error) return out;
    for (const Finding& f : file.findings) {
      out += (out.empty() ? "" : ",\n") + DumpNested(SarifResult(file.path, f), 4);
    }
    return out;
  }

  void Write(const Result& file, const std::string& rendered) override {
    run_paths_.insert(file.path);
    if (file.error) {
      Json n = {{"level", "error"}, {"message", {{"text", file.error->message}}}};
      if (file.path != "<stdin>") {
        n["locations"] = {{{"physicalLocation",
                            {{"artifactLocation", ArtifactLocation(file.path, options_.root)}}}}};
      }
      notifications_.push_back(std::move(n));
    }
    Append(rendered);
  }

  // Results like a report's, on the report or the hierarchy file; the other
  // report named by the evidence (related_places.h) is a related location.
  void WriteCorpus(const CorpusResult& corpus) override {
    for (const PlacedFinding& p : corpus.findings) run_paths_.insert(p.path);
    for (const PlacedFinding& p : corpus.findings) {
      Json r = SarifResult(p.path, p.finding);
      Json related = Json::array();
      for (const RelatedPlace& place : RelatedPlaces(EvidenceOf(p.finding), run_paths_)) {
        if (place.path == "<stdin>") continue;  // no artifact to point at, as for results
        Json physical = {{"artifactLocation", ArtifactLocation(place.path, options_.root)},
                         {"region", {{"startLine", place.line}}}};
        related.push_back({{"id", static_cast<int>(related.size())},
                           {"physicalLocation", physical},
                           {"message", {{"text", place.key}}}});
      }
      if (!related.empty()) r["relatedLocations"] = related;
      Append(DumpNested(r, 4));
    }
  }

  void End(const RunSummary& summary) override {
    Json invocation = {{"executionSuccessful", summary.unreadable == 0}};
    if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
    out_ << (first_ ? "]" : "\n      ]")
         << ",\n      \"invocations\": " << DumpNested(Json::array({invocation}), 3).substr(6)
         << "\n    }\n  ]\n}\n";
  }

 private:
  std::string RootWithSlash() const {
    std::string root = std::filesystem::path(options_.root).generic_string();
    if (root.empty() || root.back() != '/') root += '/';
    return root;
  }

  void Append(const std::string& rendered) {
    if (rendered.empty()) return;
    out_ << (first_ ? "\n" : ",\n") << rendered;
    first_ = false;
  }

  Json SarifResult(const std::string& path, const Finding& f) const {
    Json r;
    r["ruleId"] = f.rule_id;
    if (auto it = index_.find(f.rule_id); it != index_.end()) r["ruleIndex"] = it->second;
    r["level"] = Level(f.severity);
    const bool document_place = HasDocumentPlace(f.begin);
    r["message"] = {{"text", document_place ? PlaceText(f.begin, options_.lang) +
                                                  (options_.lang == "en" ? ": " : "：") + f.message
                                            : f.message}};
    if (path != "<stdin>") {
      Json physical = {{"artifactLocation", ArtifactLocation(path, options_.root)}};
      if (document_place) {
        // A DOCX or PDF has no lines a viewer can show; GitHub code scanning
        // wants a region all the same, so the file's start, and the place
        // itself as a logical location.
        physical["region"] = {{"startLine", 1}};
      } else if (f.begin.line >= 1) {
        physical["region"] = {{"startLine", f.begin.line},
                              {"startColumn", std::max(1, f.begin.column)},
                              {"endLine", std::max(f.begin.line, f.end.line)},
                              {"endColumn", std::max(1, f.end.column)}};
      }
      Json location = {{"physicalLocation", physical}};
      if (document_place) location["logicalLocations"] = {LogicalLocation(f.begin, options_.lang)};
      r["locations"] = {location};
    } else if (document_place) {
      r["locations"] = {{{"logicalLocations", {LogicalLocation(f.begin, options_.lang)}}}};
    }
    r["partialFingerprints"] = {{"reportlint/v1", f.fingerprint}};
    r["properties"] = {{"kind", f.kind}, {"evidence", EvidenceOf(f)}};
    return r;
  }

  OutputOptions options_;
  std::ostream& out_;
  std::map<std::string, int> index_;
  Json notifications_ = Json::array();
  bool first_ = true;
  std::set<std::string> run_paths_;  // the reports written, and the files of cross-report findings
};

}  // namespace

std::unique_ptr<OutputWriter> MakeSarifWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<SarifWriter>(options, out);
}

}  // namespace reportlint
