// The pipeline for one report: ingest -> analyse (normalise, structure, facts)
// -> rules -> finding sink. Packs, settings and the baseline are loaded once,
// in Create(); after that the Checker is immutable and shared by all threads.
#include "reportlint/checker.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <set>

#include "checker/corpus/body_name.h"
#include "checker/corpus/regulation.h"
#include "checker/engine/run_rules.h"
#include "checker/facts/analysis.h"
#include "checker/findings/baseline.h"
#include "checker/findings/corpus_sink.h"
#include "checker/findings/directive_findings.h"
#include "checker/findings/finding_sink.h"
#include "checker/ingest/read_input.h"
#include "checker/rules/pack_loader.h"
#include "checker/util/did_you_mean.h"
#include "checker/util/utf.h"

namespace reportlint {

struct Checker::Impl {
  Options options;
  std::vector<std::unique_ptr<Pack>> packs;
  std::set<std::string> rule_ids;  // every loaded rule and tool check
  std::set<std::string> corpus_rule_ids;  // the cross-report rules among them
  std::unique_ptr<Baseline> baseline;
  std::unique_ptr<Hierarchy> hierarchy;  // null without Options::hierarchy
};

namespace {

void LoadPacks(const Options& options, std::vector<std::unique_ptr<Pack>>* packs,
               std::vector<Error>* errors) {
  const KindRegistry& kinds = BuiltinKinds();
  if (options.builtin_packs && options.builtin_names.empty()) {
    *packs = LoadBuiltinPacks(kinds, errors);
  } else if (options.builtin_packs) {
    std::vector<std::string> known = BuiltinPackNames();
    for (const std::string& name : options.builtin_names) {
      if (auto pack = LoadBuiltinPack(name, kinds, errors)) {
        packs->push_back(std::move(pack));
        continue;
      }
      std::string msg = "no built-in pack is called '" + name + "'";
      std::string near = SuggestId(name, known);
      if (!near.empty()) msg += " (did you mean '" + near + "'?)";
      errors->push_back({"", 0, 0, msg});
    }
  }
  std::set<std::string> loaded;  // a folder named twice (config and --rules) loads once
  for (const std::string& dir : options.pack_dirs) {
    std::error_code ec;
    if (!loaded.insert(std::filesystem::weakly_canonical(dir, ec).string()).second) continue;
    if (auto pack = LoadPackFromDisk(dir, kinds, errors)) packs->push_back(std::move(pack));
  }
  DropExtendedPacks(packs);
  CheckUniqueRuleIds(*packs, errors);
}

}  // namespace

Checker::Checker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Checker::~Checker() = default;

std::unique_ptr<Checker> Checker::Create(const Options& options, std::vector<Error>* errors) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  size_t before = errors->size();
  LoadPacks(options, &impl->packs, errors);
  for (const auto& pack : impl->packs) {
    for (const auto& rule : pack->rules) {
      impl->rule_ids.insert(rule->id);
      if (rule->impl->AsCorpusRule()) impl->corpus_rule_ids.insert(rule->id);
    }
  }
  for (const ToolCheck& c : ToolChecks()) impl->rule_ids.insert(c.id);
  if (!options.baseline.empty()) {
    Error error;
    impl->baseline = Baseline::Load(options.baseline, &error);
    if (!impl->baseline) errors->push_back(error);
  }
  if (!options.hierarchy.empty()) impl->hierarchy = Hierarchy::Load(options.hierarchy, errors);
  if (errors->size() != before) return nullptr;
  return std::unique_ptr<Checker>(new Checker(std::move(impl)));
}

namespace {

Result Unreadable(const std::string& path, const Error& error) {
  Result r;
  r.path = path == "-" ? "<stdin>" : path;
  r.error = error;
  return r;
}

}  // namespace

Result Checker::Check(const std::string& path, const RuleSettings* file_rules) const {
  Error error;
  ReadOptions read;
  read.encoding = impl_->options.encoding;
  std::shared_ptr<const Document> doc = ReadInput(path, read, &error);
  if (!doc) return Unreadable(path, error);
  return CheckDocument(doc, file_rules);
}

Result Checker::CheckBytes(const std::string& name, std::string_view bytes,
                           std::optional<SourceFormat> format,
                           const RuleSettings* file_rules) const {
  Error error;
  ReadOptions read;
  read.encoding = impl_->options.encoding;
  read.format = format;
  std::shared_ptr<const Document> doc = DocumentFromBytes(name, bytes, read, &error);
  if (!doc) return Unreadable(name, error);
  return CheckDocument(doc, file_rules);
}

namespace {

ReportMetadata ReadMetadata(const Analysis& analysis, const Document& document) {
  ReportMetadata m;
  m.title = analysis.info.title_line
                ? analysis.OriginalText(analysis.info.title_begin, analysis.info.title_end)
                : "";
  m.organisation = U32ToUtf8(analysis.info.organisation);
  m.year = analysis.info.year;
  m.year_source = YearSourceName(analysis.info.year_source);
  if (!analysis.periods.empty()) {
    m.period_start = analysis.periods.front().start.ToIso();
    m.period_end = analysis.periods.front().finish.ToIso();
  }
  if (analysis.info.published) m.published = analysis.info.published->date.ToIso();
  if (analysis.info.signed_on) m.signed_on = analysis.info.signed_on->date.ToIso();
  m.format = FormatName(document.format());
  m.encoding = document.encoding();
  return m;
}

// The report as the cross-report rules see it, beside the facts they collected.
void DescribeForCorpus(const Analysis& analysis, const ReportMetadata& m, CorpusReport* c) {
  const Document& doc = *analysis.document;
  auto locate = [&](size_t begin) { return doc.Locate(analysis.folded.SourceBegin(begin)); };
  c->path = doc.path();
  c->organisation = m.organisation;
  c->body = BodyKey(analysis.info.organisation);
  c->year = m.year;
  c->regulation = Regulation(m.packs, m.year);
  if (const DatedLine* dated = analysis.info.EarliestDate()) {
    c->published = dated->date;
    c->published_line = locate(dated->begin).line;
  }
  auto [begin, end] = analysis.WholeReportSpan();
  c->title = KeptSpan(locate(begin), doc.Locate(std::max(analysis.folded.SourceBegin(begin),
                                                         analysis.folded.SourceEnd(end))));
}

}  // namespace

Result Checker::CheckDocument(std::shared_ptr<const Document> document,
                              const RuleSettings* file_rules) const {
  Result result;
  result.path = document->path();
  result.document = document;
  Analysis analysis = Analyze(*document);
  result.report = ReadMetadata(analysis, *document);

  SinkOptions sink_options;
  sink_options.settings = &impl_->options.rules;
  sink_options.file_settings = file_rules;
  sink_options.baseline = impl_->baseline.get();
  sink_options.known_rules = &impl_->rule_ids;
  sink_options.corpus_rules = &impl_->corpus_rule_ids;
  FindingSink sink(analysis, impl_->options.lang, sink_options);
  auto corpus = std::make_shared<CorpusReport>();
  for (const auto& pack : impl_->packs) {
    if (RunPackRules(*pack, analysis, sink, corpus.get())) {
      result.report.packs.push_back(pack->name);
    }
  }
  DescribeForCorpus(analysis, result.report, corpus.get());
  result.findings = sink.Take();
  if (result.findings.size() > impl_->options.max_findings) {
    std::string n = std::to_string(result.findings.size());
    std::string limit = std::to_string(impl_->options.max_findings);
    result.error = Error{result.path, 0, 0,
                         n + " findings, more than the limit of " + limit +
                             " per report: this does not look like an annual report; none are listed",
                         "发现 " + n + " 个问题，超过每份报告 " + limit +
                             " 个的上限：这不像是一份年度报告，未列出任何问题"};
    result.findings.clear();
    return result;
  }
  corpus->directives = sink.TakeDeferred();
  result.corpus = std::move(corpus);
  result.suppressed = sink.suppressed();
  result.baselined = sink.baselined();
  if (impl_->options.keep_analysis) {
    result.analysis = std::make_shared<const Analysis>(std::move(analysis));
  }
  return result;
}

std::vector<RuleSummary> Checker::Rules(RuleDetail detail) const {
  std::vector<RuleSummary> out;
  for (const auto& pack : impl_->packs) {
    for (const auto& rule : pack->rules) {
      YAML::Emitter yaml;
      if (detail == RuleDetail::kWithParameters) yaml << rule->yaml;
      out.push_back({rule->id, rule->kind, std::string(rule->impl->CheckName()), rule->severity,
                     pack->name, rule->pack,
                     rule->applies.Describe(), rule->message_zh.text(), rule->message_en.text(),
                     rule->description_zh, rule->description_en, rule->file, rule->line,
                     yaml.c_str(), pack->source});
    }
  }
  for (const ToolCheck& c : ToolChecks()) {
    out.push_back({c.id, "directive", "", c.severity, "reportlint", "reportlint", "all", c.message_zh,
                   c.message_en, c.description_zh, c.description_en, "", 0, "",
                   "builtin:reportlint"});
  }
  return out;
}

std::vector<std::string> Checker::RuleIds() const {
  std::vector<std::string> out;
  for (const auto& pack : impl_->packs) {
    for (const auto& rule : pack->rules) out.push_back(rule->id);
  }
  for (const ToolCheck& c : ToolChecks()) out.push_back(c.id);
  return out;
}

bool Checker::HasRule(const std::string& id) const { return impl_->rule_ids.count(id) > 0; }

bool Checker::HasCorpusRules() const {
  CorpusSink sink(impl_->options.lang, &impl_->options.rules, nullptr);
  for (const auto& pack : impl_->packs) {
    for (const auto& rule : pack->rules) {
      if (rule->impl->AsCorpusRule() && sink.Enabled(rule->id)) return true;
    }
  }
  return false;
}

CorpusResult Checker::CheckCorpus(
    const std::vector<std::shared_ptr<const CorpusReport>>& reports) const {
  return CheckCorpus(reports, impl_->hierarchy.get());
}

CorpusResult Checker::CheckCorpus(const std::vector<std::shared_ptr<const CorpusReport>>& reports,
                                  const Hierarchy* hierarchy) const {
  Corpus corpus(reports, hierarchy);
  CorpusSink sink(impl_->options.lang, &impl_->options.rules, impl_->baseline.get());
  for (const auto& pack : impl_->packs) {
    for (const auto& rule : pack->rules) {
      const CorpusRuleKind* across = rule->impl->AsCorpusRule();
      if (!across || !sink.Enabled(rule->id)) continue;
      CorpusSink::ForRule reporter(&sink, rule.get());
      across->CheckCorpus(RuleCorpus(corpus, rule->id), reporter);
    }
  }
  CorpusResult result;
  result.findings = sink.Take(corpus);
  result.suppressed = sink.suppressed();
  result.baselined = sink.baselined();
  return result;
}

}  // namespace reportlint
