// The pipeline for one report: ingest -> analyse (normalise, structure, facts)
// -> rules -> finding sink. Packs are loaded once, in Create().
#include "reportlint/checker.h"

#include "checker/analysis.h"
#include "checker/findings/finding_sink.h"
#include "checker/ingest/read_input.h"
#include "checker/rules/pack_loader.h"
#include "checker/util/utf.h"

namespace reportlint {

struct Checker::Impl {
  CheckOptions options;
  std::vector<std::unique_ptr<Pack>> packs;
};

Checker::Checker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Checker::~Checker() = default;

std::unique_ptr<Checker> Checker::Create(const CheckOptions& options, std::vector<Error>* errors) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  size_t before = errors->size();
  const KindRegistry& kinds = BuiltinKinds();
  if (options.builtin_packs) impl->packs = LoadBuiltinPacks(kinds, errors);
  for (const std::string& dir : options.pack_dirs) {
    if (auto pack = LoadPackFromDisk(dir, kinds, errors)) impl->packs.push_back(std::move(pack));
  }
  CheckUniqueRuleIds(impl->packs, errors);
  if (errors->size() != before) return nullptr;
  return std::unique_ptr<Checker>(new Checker(std::move(impl)));
}

FileResult Checker::CheckFile(const std::string& path) const {
  Error error;
  ReadOptions read;
  read.encoding = impl_->options.encoding;
  std::shared_ptr<const Document> doc = ReadInput(path, read, &error);
  if (!doc) {
    FileResult r;
    r.path = path == "-" ? "<stdin>" : path;
    r.error = error;
    return r;
  }
  return CheckDocument(doc);
}

FileResult Checker::CheckDocument(std::shared_ptr<const Document> document) const {
  FileResult result;
  result.path = document->path();
  result.document = document;
  Analysis analysis = Analyze(*document);

  ReportMetadata& m = result.report;
  m.title = analysis.info.title_line
                ? analysis.OriginalText(analysis.info.title_begin, analysis.info.title_end)
                : "";
  m.organisation = U32ToUtf8(analysis.info.organisation);
  m.year = analysis.info.year;
  m.year_source = analysis.info.year_source == YearSource::kTitle    ? "title"
                  : analysis.info.year_source == YearSource::kPeriod ? "period"
                                                                     : "";
  if (!analysis.periods.empty()) {
    m.period_start = analysis.periods.front().start.ToIso();
    m.period_end = analysis.periods.front().finish.ToIso();
  }
  if (analysis.info.published) m.published = analysis.info.published->date.ToIso();
  if (analysis.info.signed_on) m.signed_on = analysis.info.signed_on->date.ToIso();
  m.format = FormatName(document->format());
  m.encoding = document->encoding();

  FindingSink sink(analysis, impl_->options.lang);
  for (const auto& pack : impl_->packs) {
    if (!pack->AppliesTo(analysis.info.year)) continue;
    m.packs.push_back(pack->name);
    for (const auto& rule : pack->rules) {
      FindingSink::ForRule reporter(&sink, rule.get());
      rule->impl->Check(analysis, reporter);
    }
  }
  result.findings = sink.Take();
  return result;
}

std::vector<RuleSummary> Checker::Rules() const {
  std::vector<RuleSummary> out;
  for (const auto& pack : impl_->packs) {
    std::string applies = "all";
    if (pack->report_years) {
      applies = std::to_string(pack->report_years->first) + "-" +
                (pack->report_years->last ? std::to_string(*pack->report_years->last) : "");
    }
    for (const auto& rule : pack->rules) {
      out.push_back({rule->id, rule->kind, rule->severity, pack->name, applies,
                     rule->message_zh.text(), rule->message_en.text(), rule->description,
                     rule->file, rule->line});
    }
  }
  return out;
}

}  // namespace reportlint
