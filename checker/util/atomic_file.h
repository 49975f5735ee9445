// Writing a file so that it holds the old content or the new, never a part: the
// output of a run and a baseline go to a temporary file renamed into place.
#ifndef REPORTLINT_UTIL_ATOMIC_FILE_H_
#define REPORTLINT_UTIL_ATOMIC_FILE_H_

#include <cerrno>
#include <fstream>
#include <ostream>
#include <string>

namespace reportlint {

// Usage: AtomicFile f(path); if (!f.Open()) …; f.stream() << …; if (!f.Commit()) …,
// with SystemErrorText(f.error(), lang) saying why.
// A target that exists and is not a regular file (/dev/stdout, /dev/full, a pipe)
// is written in place: renaming over a device would replace the device itself.
// Nothing is left behind: a file never committed is removed by the destructor.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path) : path_(std::move(path)) {}
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  // Creates the temporary file next to the target (same folder, so the rename
  // cannot cross file systems).
  bool Open();
  std::ostream& stream() { return out_; }
  const std::string& path() const { return path_; }
  // Flushes, syncs and renames over the target, keeping an existing target's
  // permissions. False on a full disk, no permission …: the target is then as
  // it was. Call it when no other thread runs (it reads the umask).
  bool Commit();
  // errno of the first failure.
  int error() const { return error_; }

 private:
  // A file buffer that keeps errno of its first failed write: the stream only
  // knows that it failed, and errno is gone by the time it is asked.
  class Buffer : public std::filebuf {
   public:
    int error = 0;

   protected:
    int_type overflow(int_type c) override {
      errno = 0;
      return Note(std::filebuf::overflow(c));
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
      errno = 0;
      std::streamsize written = std::filebuf::xsputn(s, n);
      if (written < n && error == 0) error = errno ? errno : EIO;
      return written;
    }
    int sync() override {
      errno = 0;
      int r = std::filebuf::sync();
      if (r != 0 && error == 0) error = errno ? errno : EIO;
      return r;
    }

   private:
    int_type Note(int_type r) {
      if (traits_type::eq_int_type(r, traits_type::eof()) && error == 0) error = errno ? errno : EIO;
      return r;
    }
  };

  bool Fail(int error_number);

  std::string path_;
  std::string temp_;  // empty when written in place
  Buffer buffer_;
  std::ostream out_{&buffer_};
  bool open_ = false;
  int error_ = 0;
};

// What a failed system call's errno means, in the tool's language ("zh" or "en").
std::string SystemErrorText(int error_number, const std::string& lang);

// Which file a path names: its device and inode when it exists, else its
// normalised absolute path (a file about to be made). Two paths name one file
// when their identities are equal; taken once per path, compared many times.
struct FileIdentity {
  unsigned long long device = 0, inode = 0;
  std::string path;  // set only for a file that does not exist
  bool operator==(const FileIdentity&) const = default;
};
FileIdentity IdentityOf(const std::string& path);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_ATOMIC_FILE_H_
