// Tests of the DOCX reader: runs joined, numbering written into the text, tables with
// gridSpan and vMerge, paragraph and table/row/col locations, and every input error.
#include "checker/ingest/docx_reader.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"
#include "tests/examples/report_writer.h"

namespace reportlint {
namespace {

using examples::BlockSpec;
using examples::ReportSpec;

std::unique_ptr<Document> Read(const std::string& bytes, Error* error = nullptr,
                               const DocxLimits& limits = {}) {
  Error ignored;
  return ReadDocx("r.docx", bytes, error ? error : &ignored, limits);
}

std::string Text(const Document& d) { return U32ToUtf8(d.text()); }

std::string DocumentXml(const std::string& body) {
  return "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body>" + body +
         "</w:body></w:document>";
}

}  // namespace

TEST_CASE("docx: paragraphs, numbered headings and merged cells") {
  ReportSpec spec;
  spec.blocks = {
      {BlockSpec::kTitle, "某县2021年报告", {}},
      {BlockSpec::kHeading, "一、总体情况", {}},
      {BlockSpec::kParagraph, "正文。", {}},
      {BlockSpec::kHeading, "二、主动公开", {}},
      {BlockSpec::kTable, "", {{{"项目", 2, 1}, {"申请人", 1, 2}}, {{"自然人"}, {"法人"}}, {{"新收"}, {"3"}, {""}}}},
  };
  auto d = Read(examples::WriteDocx(spec));
  REQUIRE(d != nullptr);
  CHECK(d->format() == SourceFormat::kDocx);
  CHECK(Text(*d) == "某县2021年报告\n一、总体情况\n正文。\n二、主动公开\n项目\n申请人\n自然人\n法人\n新收\n3\n");
  CHECK(d->Locate(0).paragraph == 1);
  Location heading = d->Locate(d->text().find(U"总体"));
  CHECK(heading.paragraph == 2);
  CHECK(heading.line == 2);
  CHECK(heading.column == 3);
  REQUIRE(d->blocks().size() >= 2);
  CHECK(d->blocks()[1].kind == BlockKind::kHeading);
  CHECK(d->blocks()[1].level == 1);
  REQUIRE(d->tables().size() == 1);
  const SourceTable& t = d->tables()[0];
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0][0].row_span == 2);  // vMerge restart + continue
  CHECK(t.rows[0][1].col_span == 2);  // gridSpan
  CHECK(t.rows[1].size() == 2);       // the continued cell has no entry
  CHECK(t.rows[1][0].col == 1);
  Location three = d->Locate(d->text().find(U"3"));
  CHECK(three.table == 1);
  CHECK(three.row == 3);
  CHECK(three.col == 2);
  CHECK(three.paragraph == 0);
}

TEST_CASE("docx: hidden, deleted and field-code text is not read; breaks and tabs are") {
  std::string body =
      "<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
      "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
      "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:tab/><w:t>制表</w:t><w:br/><w:t>换行</w:t></w:r>"
      "<w:hyperlink><w:r><w:t xml:space=\"preserve\"> 链接</w:t></w:r></w:hyperlink></w:p>";
  auto d = Read(examples::WriteZip({{"word/document.xml", DocumentXml(body)}}));
  REQUIRE(d != nullptr);
  CHECK(Text(*d) == "可见插入 制表\n换行 链接");
  CHECK(d->Locate(d->text().find(U"换行")).paragraph == 1);
}

TEST_CASE("docx: damaged or hostile files are input errors") {
  Error e;
  CHECK(Read("just text", &e) == nullptr);
  CHECK(e.ToString() == "r.docx: error: not a DOCX file: it is not a zip archive");
  CHECK(Read(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13), &e) == nullptr);
  CHECK(e.message.find("old binary Word document (.doc)") != std::string::npos);
  CHECK(Read(std::string("PK\3\4 truncated", 14), &e) == nullptr);
  CHECK(e.message.find("not a readable DOCX file") == 0);
  CHECK(Read(examples::WriteZip({{"other.xml", "<a/>"}}), &e) == nullptr);
  CHECK(e.message == "not a DOCX file: the archive has no word/document.xml");
  CHECK(Read(examples::WriteZip({{"word/document.xml", "<w:document><w:body>"}}), &e) == nullptr);
  CHECK(e.message.find("the part word/document.xml is not well-formed XML") == 0);
  CHECK(Read(examples::WriteZip({{"word/document.xml", DocumentXml("<w:p/>")}}), &e) == nullptr);
  CHECK(e.message == "the document contains no text (is the report pasted as images?)");
  // A zip bomb: 40 MiB of XML that packs into a few kilobytes.
  std::string bomb = DocumentXml("<w:p><w:r><w:t>" + std::string(40u << 20, 'x') + "</w:t></w:r></w:p>");
  CHECK(Read(examples::WriteZip({{"word/document.xml", bomb}}), &e) == nullptr);
  CHECK(e.message.find("more than the 32 MiB limit (a zip bomb?)") != std::string::npos);
  DocxLimits few;
  few.zip.max_entries = 2;
  CHECK(Read(examples::WriteZip({{"a", "1"}, {"b", "2"}, {"word/document.xml", "3"}}), &e, few) ==
        nullptr);
  CHECK(e.message == "not a readable DOCX file: the archive has 3 entries, more than the limit of 2");
}

}  // namespace reportlint
