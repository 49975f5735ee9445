#include "checker/ingest/read_input.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "checker/ingest/decode.h"
#include "checker/ingest/docx_reader.h"
#include "checker/ingest/html_reader.h"
#include "checker/ingest/pdf_reader.h"
#include "checker/ingest/zip_reader.h"
#include "checker/util/read_file.h"

namespace reportlint {
namespace {

// The images of a Markdown report, "![统计表](table-b.png)", one block per line
// that shows one: where a table pasted as an image stands.
std::vector<Block> MarkdownImages(const std::u32string& text) {
  std::vector<Block> blocks;
  size_t line = 0;
  for (size_t b = 0; b <= text.size();) {
    size_t e = text.find(U'\n', b);
    if (e == std::u32string::npos) e = text.size();
    std::u32string_view l = std::u32string_view(text).substr(b, e - b);
    size_t open = l.find(U"![");
    size_t link = open == std::u32string_view::npos ? open : l.find(U"](", open);
    if (link != std::u32string_view::npos && l.find(U')', link) != std::u32string_view::npos) {
      blocks.push_back({BlockKind::kImage, line, line, 0, -1});
    }
    b = e + 1;
    ++line;
  }
  return blocks;
}

std::string Extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace

std::optional<InputKind> KindOfExtension(std::string_view ext) {
  static constexpr std::pair<std::string_view, InputKind> kExtensions[] = {
      {".txt", InputKind::kText},   {".md", InputKind::kText},     {".markdown", InputKind::kText},
      {".html", InputKind::kHtml},  {".htm", InputKind::kHtml},    {".xhtml", InputKind::kHtml},
      {".shtml", InputKind::kHtml}, {".docx", InputKind::kDocx},   {".docm", InputKind::kDocx},
      {".pdf", InputKind::kPdf},
  };
  for (const auto& [e, kind] : kExtensions) {
    if (ext == e) return kind;
  }
  return std::nullopt;
}

bool HasReportExtension(const std::string& path) {
  return KindOfExtension(Extension(path)).has_value();
}

InputKind SniffFormat(const std::string& ext, std::string_view bytes) {
  if (auto kind = KindOfExtension(ext)) return *kind;
  // No telling extension (stdin, ".asp" pages): look at the first bytes.
  if (LooksLikeZip(bytes)) return InputKind::kDocx;
  if (bytes.substr(0, 5) == "%PDF-") return InputKind::kPdf;
  std::string head;
  for (char c : bytes.substr(0, 512)) {
    head.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  size_t i = head.compare(0, 3, "\xef\xbb\xbf") == 0 ? 3 : 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  for (const char* start : {"<!doctype html", "<html", "<head", "<body", "<meta", "<!--"}) {
    if (head.compare(i, std::strlen(start), start) == 0) return InputKind::kHtml;
  }
  return InputKind::kText;
}

namespace {

std::unique_ptr<Document> ReadByFormat(const std::string& path, std::string_view bytes,
                                       const ReadOptions& options, Error* error) {
  std::string ext = Extension(path);
  if (!options.format && (ext == ".doc" || ext == ".wps")) {
    *error = {path, 0, 0,
              "reading " + ext.substr(1) + " files is not supported; save the "
              "report as .docx, .html or plain text",
              "不支持读取 " + ext.substr(1) + " 文件，请把报告另存为 .docx、.html 或纯文本"};
    return nullptr;
  }
  InputKind kind = SniffFormat(ext, bytes);
  bool markdown = ext == ".md" || ext == ".markdown";
  if (options.format) {
    markdown = *options.format == SourceFormat::kMarkdown;
    kind = *options.format == SourceFormat::kDocx   ? InputKind::kDocx
           : *options.format == SourceFormat::kHtml ? InputKind::kHtml
           : *options.format == SourceFormat::kPdf  ? InputKind::kPdf
                                                    : InputKind::kText;
  }
  switch (kind) {
    case InputKind::kDocx:
      return ReadDocx(path, bytes, error);
    case InputKind::kHtml:
      return ReadHtml(path, bytes, options.encoding, error);
    case InputKind::kPdf:
      return ReadPdf(path, bytes, error, options.pdf);
    case InputKind::kText:
      break;
  }
  Decoded decoded = DecodeText(bytes, options.encoding);
  if (!decoded.error.empty()) {
    *error = {path, 0, 0, decoded.error, decoded.error_zh};
    return nullptr;
  }
  if (markdown) {
    DocumentParts parts;
    parts.blocks = MarkdownImages(decoded.text);
    parts.text = std::move(decoded.text);
    return std::make_unique<Document>(path, SourceFormat::kMarkdown, decoded.encoding,
                                      std::move(parts));
  }
  return std::make_unique<Document>(path, SourceFormat::kText, decoded.encoding,
                                    std::move(decoded.text));
}

// A line longer than the limit is no report's (a whole report that lost its
// breaks is some 50,000 characters): a generated or binary file, refused.
// The reading text is measured (a minified page's markup may be one long line).
bool LinesWithinLimit(const Document& doc, size_t max_chars, Error* error) {
  const std::u32string& text = doc.text();
  for (size_t begin = 0; begin < text.size();) {
    size_t end = std::min(text.find(U'\n', begin), text.size());
    size_t length = end - begin;
    size_t at = begin;
    begin = end + 1;
    if (length <= max_chars) continue;
    std::string n = std::to_string(length), limit = std::to_string(max_chars);
    *error = {doc.path(), doc.Locate(at).line, 0,
              "the line has " + n + " characters, more than the limit of " + limit +
                  " per line: this does not look like a report",
              "这一行有 " + n + " 个字符，超过每行 " + limit + " 个字符的上限：这不像是一份报告"};
    return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<Document> DocumentFromBytes(const std::string& path, std::string_view bytes,
                                            const ReadOptions& options, Error* error) {
  std::unique_ptr<Document> doc = ReadByFormat(path, bytes, options, error);
  if (doc && !LinesWithinLimit(*doc, options.max_line_chars, error)) return nullptr;
  return doc;
}

std::unique_ptr<Document> ReadInput(const std::string& path, const ReadOptions& options,
                                    Error* error) {
  std::string bytes;
  if (path == "-") {
    if (!ReadCapped(std::cin, options.max_bytes, &bytes)) {
      *error = ReadError("<stdin>", {ReadFailure::kTooLarge}, options.max_bytes);
      return nullptr;
    }
    return DocumentFromBytes("<stdin>", bytes, options, error);
  }
  ReadFailure failure;
  if (!ReadFileCapped(path, options.max_bytes, &bytes, &failure)) {
    *error = failure.kind == ReadFailure::kDirectory
                 ? Error{path, 0, 0, "is a directory, not a report", "这是文件夹，不是报告"}
                 : ReadError(path, failure, options.max_bytes);
    return nullptr;
  }
  return DocumentFromBytes(path, bytes, options, error);
}

}  // namespace reportlint
