// Reads one report named on the command line (a path, or "-" for stdin) into a
// Document. The first stage of the pipeline.
#ifndef REPORTLINT_INGEST_READ_INPUT_H_
#define REPORTLINT_INGEST_READ_INPUT_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "checker/ingest/pdf_reader.h"
#include "reportlint/document.h"
#include "reportlint/error.h"

namespace reportlint {

struct ReadOptions {
  std::string encoding;  // forced encoding; empty: detect
  size_t max_bytes = 64u << 20;  // larger files are refused, not truncated
  size_t max_line_chars = 1u << 20;  // characters in one line (paragraph, cell): refused past it
  // Read the bytes as this format; nullopt: by the extension, else the bytes.
  std::optional<SourceFormat> format;
  PdfLimits pdf;                 // pages and words of a PDF (pdf_reader.h)
};

// On failure returns nullptr and fills *error with the file and the reason.
std::unique_ptr<Document> ReadInput(const std::string& path, const ReadOptions& options,
                                    Error* error);

enum class InputKind { kText, kHtml, kDocx, kPdf };

// The one list of report extensions, for a file named on the command line and
// for a folder search alike: .txt .md .markdown, .html .htm .xhtml .shtml,
// .docx .docm, .pdf. `extension` is lower-case with its dot; nullopt: not one.
std::optional<InputKind> KindOfExtension(std::string_view extension);

// Whether `path` ends in one of those extensions, in any case.
bool HasReportExtension(const std::string& path);

// How to read a file: by its extension (KindOfExtension), else by its first
// bytes (a zip archive is a DOCX; "%PDF-" a PDF; "<!DOCTYPE html", "<html" ... HTML).
InputKind SniffFormat(const std::string& extension, std::string_view bytes);

// The same for bytes already in memory (stdin, tests).
std::unique_ptr<Document> DocumentFromBytes(const std::string& path, std::string_view bytes,
                                            const ReadOptions& options, Error* error);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_READ_INPUT_H_
