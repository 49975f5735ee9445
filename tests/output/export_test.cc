// The records of `reportlint export`: cells keyed by their labels and located,
// prose numbers and the relations that link them, the schema both formats follow.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "checker/ingest/read_input.h"
#include "checker/output/csv_field.h"
#include "checker/output/export_format.h"
#include "checker/output/export_records.h"
#include "tests/run_binary.h"
#include "tests/test_util.h"

namespace reportlint::testing {
namespace {

// A small Table B in Markdown and a sentence with a total and its parts.
const char* const kReport = R"(# 北山县2021年政府信息公开工作年度报告

本报告所列数据的统计期限为2021年1月1日至12月31日。

## 一、总体情况

全年主动公开政府信息120条，其中网站公开100条，微博公开20条。

## 三、收到和处理政府信息公开申请情况

|  | 申请人情况 |  |  |
| --- | --- | --- | --- |
|  | 自然人 | 法人或其他组织 | 总计 |
| 一、本年新收政府信息公开申请数量 | 21 | 8 | 29 |
| 二、上年结转政府信息公开申请数量 | 2 | / | 2 |
)";

// The first record of `type` whose fields hold every (key, value) of `match`.
const nlohmann::ordered_json* Find(const ExportRecords& r, ExportType type,
                                   const nlohmann::ordered_json& match) {
  for (const auto& record : r.records[type]) {
    bool all = true;
    for (const auto& [k, v] : match.items()) all = all && record.contains(k) && record[k] == v;
    if (all) return &record;
  }
  return nullptr;
}

void CheckSchema(const ExportRecords& r) {
  for (int t = 0; t < kExportTypes; ++t) {
    const ExportSchema& schema = ExportSchemas()[t];
    for (const auto& record : r.records[t]) {
      std::vector<std::string> keys;
      for (const auto& [k, v] : record.items()) keys.push_back(k);
      CHECK(keys == std::vector<std::string>(schema.fields.begin(), schema.fields.end()));
    }
  }
}

}  // namespace

TEST_CASE("export: a Markdown Table B's cells carry row and column keys, value and location") {
  AnalyzedText t = AnalyzeText(std::string_view(kReport), "beishan.md");
  ExportRecords r = ExportAnalysis(t.analysis);
  const auto* total = Find(r, kExportCell, {{"row_key", "一、本年新收政府信息公开申请数量"},
                                            {"col_key", "申请人情况 / 总计"}});
  REQUIRE(total != nullptr);
  CHECK((*total)["value"] == 29);
  CHECK((*total)["kind"] == "number");
  CHECK((*total)["part"] == "value");
  CHECK((*total)["value_col"] == 3);
  CHECK((*total)["col_labels"] == nlohmann::ordered_json::array({"申请人情况", "总计"}));
  CHECK((*total)["section"] == "三、收到和处理政府信息公开申请情况");
  CHECK((*total)["table_source"] == "grid");
  CHECK((*total)["line"] == 14);
  CHECK((*total)["line_column"] == 31);  // after "| 一、…数量 | 21 | 8 | ": 30 characters
  CHECK((*total)["source_row"].is_null());  // not a DOCX
  // "/" is an empty cell: no value, but a record (it counts as 0).
  const auto* empty = Find(r, kExportCell, {{"row_key", "二、上年结转政府信息公开申请数量"},
                                            {"col_key", "申请人情况 / 法人或其他组织"}});
  REQUIRE(empty != nullptr);
  CHECK((*empty)["kind"] == "empty");
  CHECK((*empty)["value"].is_null());
  CHECK((*empty)["text"] == "/");
  // The labels are cells too, marked as such; the merged header is one record.
  CHECK(Find(r, kExportCell, {{"text", "一、本年新收政府信息公开申请数量"}, {"part", "label"}}));
  CHECK(Find(r, kExportCell, {{"text", "自然人"}, {"part", "header"}}));
  int merged = 0;
  for (const auto& c : r.records[kExportCell]) merged += c["text"] == "申请人情况";
  CHECK(merged == 1);
}

TEST_CASE("export: prose numbers leave table cells out; relations link numbers by id") {
  AnalyzedText t = AnalyzeText(std::string_view(kReport), "beishan.md");
  ExportRecords r = ExportAnalysis(t.analysis);
  std::string texts;
  for (const auto& n : r.records[kExportNumber]) texts += n["text"].get<std::string>() + " ";
  CHECK(texts == "120条 100条 20条 ");
  const auto& report = r.records[kExportReport].at(0);
  CHECK(report["numbers"] == 3);
  CHECK(report["body"] == "北山县");
  CHECK(report["regulation"] == "2019");
  // Every link names a number of the same report by its id, with its role.
  std::string links;
  for (const auto& l : r.records[kExportRelation]) {
    const auto* n = Find(r, kExportNumber, {{"id", l["number"]}});
    REQUIRE(n != nullptr);
    links += l["role"].get<std::string>() + "=" + (*n)["text"].get<std::string>() + " ";
  }
  CHECK(links == "total=120条 part=100条 part=20条 ");
  const auto* n100 = Find(r, kExportNumber, {{"text", "100条"}});
  REQUIRE(n100 != nullptr);
  CHECK((*n100)["line"] == 7);
  CHECK((*n100)["low"] == 100);
  CHECK((*n100)["unit_class"] == "count");
  CHECK((*n100)["sentence"] == (*Find(r, kExportNumber, {{"text", "120条"}}))["sentence"]);
}

TEST_CASE("export: a DOCX cell gives its Word table, row and column") {
  Error error;
  auto doc = ReadInput(SourcePath("examples/report-2021-tables.docx"), ReadOptions(), &error);
  REQUIRE(doc != nullptr);
  Analysis analysis = Analyze(*doc);
  ExportRecords r = ExportAnalysis(analysis);
  const auto* total = Find(r, kExportCell, {{"row_key", "一、本年新收政府信息公开申请数量"},
                                            {"col_key", "申请人情况 / 总计"}});
  REQUIRE(total != nullptr);
  CHECK((*total)["value"] == 29);
  CHECK((*total)["source_table"] == 2);
  CHECK((*total)["source_row"] == 4);
  CHECK((*total)["source_col"] == 10);
  CHECK((*total)["paragraph"].is_null());
  CHECK(r.records[kExportReport].at(0)["format"] == "docx");
  CheckSchema(r);
}

TEST_CASE("export: every record holds exactly its schema's fields, in order") {
  AnalyzedText t = AnalyzeText(std::string_view(kReport), "beishan.md");
  ExportRecords r = ExportAnalysis(t.analysis);
  for (int type = 0; type < kExportTypes; ++type) CHECK(!r.records[type].empty());
  CheckSchema(r);
  ExportRecords bad = ExportUnreadable("x.docx", Error{"x.docx", 0, 0, "not a DOCX file"});
  CheckSchema(bad);
  const auto& report = bad.records[kExportReport].at(0);
  CHECK(report["status"] == "unreadable");
  CHECK(report["error"] == "not a DOCX file");
  CHECK(report["organisation"].is_null());
}

TEST_CASE("export: a csv list cell with invalid UTF-8 is replaced, as in jsonl, not thrown") {
  nlohmann::ordered_json cells = nlohmann::ordered_json::array();
  cells.push_back("a");
  cells.push_back(nullptr);
  cells.push_back(nlohmann::ordered_json::array({std::string("x\xff"), 2}));
  std::vector<std::string> out;
  CHECK_NOTHROW(out = CsvCells(cells));
  CHECK(out == std::vector<std::string>{"a", "", "[\"x\xEF\xBF\xBD\",2]"});
}

TEST_CASE("export: csv is one file per record type, header first, RFC 4180 quoting") {
  AnalyzedText t = AnalyzeText(std::string_view(kReport), "beishan.md");
  ExportRecords r = ExportAnalysis(t.analysis);
  CHECK(ExportFiles(ExportFormat::kCsv) ==
        std::vector<std::string>{"reports.csv", "cells.csv", "numbers.csv", "relations.csv"});
  std::vector<std::string> headers = ExportHeaders(ExportFormat::kCsv);
  REQUIRE(headers.size() == 4);
  CHECK(headers[2].starts_with("\xEF\xBB\xBFpath,id,text,value,low,high,"));
  std::vector<std::string> parts = RenderExport(r, ExportFormat::kCsv);
  REQUIRE(parts.size() == 4);
  for (int type = 0; type < kExportTypes; ++type) {
    size_t lines = 0;
    for (size_t p = 0; (p = parts[type].find("\r\n", p)) != std::string::npos; p += 2) ++lines;
    CHECK(lines == r.records[type].size());
  }
  // A list is JSON text in one field: quoted, its quotes doubled.
  CHECK(parts[kExportCell].find(R"(,"[""申请人情况"",""总计""]",)") != std::string::npos);
  CHECK(parts[kExportReport].starts_with("beishan.md,ok,,"));  // null is an empty field
  // jsonl: one stream, a line per record, the type first.
  std::vector<std::string> jsonl = RenderExport(r, ExportFormat::kJsonl);
  REQUIRE(jsonl.size() == 1);
  CHECK(jsonl[0].starts_with(R"({"type":"report","path":"beishan.md",)"));
}

TEST_CASE("export: docs/export.md documents every field of every record type") {
  std::ifstream in(SourcePath("docs/export.md"));
  std::stringstream doc;
  doc << in.rdbuf();
  std::string text = doc.str();
  for (const ExportSchema& schema : ExportSchemas()) {
    // Each type has a section "### `type` records" with a table of its fields.
    std::string heading = std::string("### `") + schema.type + "`";
    size_t begin = text.find(heading);
    REQUIRE_MESSAGE(begin != std::string::npos, heading);
    size_t end = text.find("\n### ", begin + 1);
    std::string section = text.substr(begin, end == std::string::npos ? end : end - begin);
    for (const char* field : schema.fields) {
      CHECK_MESSAGE(section.find(std::string("| `") + field + "` |") != std::string::npos,
                    schema.type << "." << field);
    }
  }
}

}  // namespace reportlint::testing
