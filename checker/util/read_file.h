// Reading a whole file or stream with a cap: every reader of reports and of
// configuration goes through here, so /dev/zero or a huge file ends at the cap.
#ifndef REPORTLINT_UTIL_READ_FILE_H_
#define REPORTLINT_UTIL_READ_FILE_H_

#include <cstddef>
#include <istream>
#include <string>

#include "reportlint/error.h"

namespace reportlint {

// Reads `in` to its end into *out, but never more than max_bytes + 1 bytes:
// false when there was more than max_bytes (*out then holds the first
// max_bytes + 1), or on a read error.
bool ReadCapped(std::istream& in, size_t max_bytes, std::string* out);

// Why a file could not be read.
struct ReadFailure {
  enum Kind { kNone, kMissing, kDirectory, kCannotOpen, kTooLarge, kCannotRead } kind = kNone;
  int err = 0;  // errno, for kCannotOpen and kCannotRead
};

// Reads file `path` whole; false with *failure set otherwise. Nothing beyond
// the cap is read.
bool ReadFileCapped(const std::string& path, size_t max_bytes, std::string* out,
                    ReadFailure* failure);

// The failure as an error of `path`, in English and Chinese: "no such file",
// "is a directory", "cannot open: …", "the file is larger than the 4 MiB limit".
Error ReadError(const std::string& path, const ReadFailure& failure, size_t max_bytes);

// "4 MiB", "512 KiB", "100 bytes": a limit as the error messages name it.
std::string SizeText(size_t bytes);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_READ_FILE_H_
