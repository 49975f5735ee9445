// The files of a POST /check as the multipart parser hands them over, kept in
// memory within ServeLimits: the one place an upload's bytes are stored.
#ifndef REPORTLINT_SERVE_UPLOAD_READER_H_
#define REPORTLINT_SERVE_UPLOAD_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/serve/limits.h"

namespace reportlint {

// One uploaded report. `name` is only ever shown (never a path): the last
// component of what the browser sent, valid UTF-8 without control
// characters, made unique within the request ("a.docx", "a (2).docx").
struct Upload {
  std::string name;
  std::string bytes;
};

class UploadReader {
 public:
  enum class Verdict {
    kOk,
    kNoFile,        // no part named `report` with a file in it
    kTooManyFiles,  // more than ServeLimits::max_files
    kTooLarge,      // more than ServeLimits::max_upload_bytes arrived
  };

  explicit UploadReader(const ServeLimits& limits) : limits_(limits) {}

  // The start of a part: its form field and the file name the browser gave.
  // Parts of other fields are read and dropped (a browser sends none).
  // Returns false to stop reading: the body is over the size limit.
  bool OnPart(std::string_view field, std::string_view filename);
  // Bytes of the current part. False to stop reading (over the size limit).
  bool OnData(std::string_view bytes);

  Verdict verdict() const;
  // Every byte received so far, of every part.
  size_t bytes() const { return bytes_; }
  // The files, in upload order. REQUIRES: verdict() == kOk.
  std::vector<Upload> Take();

 private:
  const ServeLimits& limits_;
  std::vector<Upload> uploads_;
  std::vector<std::string> raw_names_;
  bool keeping_ = false;  // the current part is a file we keep
  int files_ = 0;         // parts named `report` with a file name
  size_t bytes_ = 0;      // every byte of every part
};

// What a browser's file name shows: the part after the last '/' or '\\'
// (old browsers send the whole path), invalid UTF-8 replaced, control
// characters dropped, shortened in the middle past 120 characters (keeping
// the extension); "report" when nothing is left.
std::string DisplayName(std::string_view filename);

}  // namespace reportlint

#endif  // REPORTLINT_SERVE_UPLOAD_READER_H_
