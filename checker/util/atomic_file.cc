// A temporary file in the target's folder, renamed over the target once it is
// complete and synced (see atomic_file.h).
#include "checker/util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace reportlint {
std::string SystemErrorText(int error_number, const std::string& lang) {
  const bool en = lang == "en";
  switch (error_number) {
    case ENOSPC: return en ? "no space left on the disk" : "磁盘空间不足";
    case EDQUOT: return en ? "disk quota exceeded" : "超出磁盘配额";
    case EACCES:
    case EPERM: return en ? "permission denied" : "没有写入权限";
    case ENOENT: return en ? "the folder does not exist" : "文件夹不存在";
    case EROFS: return en ? "the file system is read-only" : "文件系统是只读的";
    case EISDIR: return en ? "it is a folder" : "这是一个文件夹";
    case EIO: return en ? "input/output error" : "读写出错";
    default: return std::strerror(error_number);
  }
}

bool AtomicFile::Fail(int error_number) {
  error_ = error_number;  // the first failure's: clean-up calls may change errno
  return false;
}

AtomicFile::~AtomicFile() {
  if (!temp_.empty()) unlink(temp_.c_str());
}

bool AtomicFile::Open() {
  // Through a symbolic link the file it names is replaced, not the link.
  std::error_code ec;
  if (std::filesystem::is_symlink(path_, ec)) {
    std::filesystem::path target = std::filesystem::canonical(path_, ec);
    if (!ec) path_ = target.string();
  }
  struct stat st;
  bool in_place = stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  if (!in_place) {
    std::filesystem::path target(path_);
    std::string name = target.filename().string();
    std::filesystem::path dir = target.parent_path();
    std::string pattern = (dir / ("." + name + ".reportlint-XXXXXX")).string();
    int fd = mkstemp(pattern.data());
    if (fd < 0) return Fail(errno);
    close(fd);
    temp_ = pattern;
  }
  if (!buffer_.open(in_place ? path_ : temp_, std::ios::out | std::ios::binary | std::ios::trunc)) {
    return Fail(errno ? errno : EIO);
  }
  open_ = true;
  return true;
}

bool AtomicFile::Commit() {
  if (!open_) return Fail(EBADF);
  out_.flush();
  bool closed = buffer_.close() != nullptr;
  if (buffer_.error) return Fail(buffer_.error);
  if (!out_ || !closed) return Fail(EIO);
  if (temp_.empty()) return true;  // written in place
  // A file that reaches its name must also reach the disk: sync, then rename.
  int fd = open(temp_.c_str(), O_RDONLY);
  if (fd < 0 || fsync(fd) != 0) {
    int e = errno;
    if (fd >= 0) close(fd);
    return Fail(e);
  }
  close(fd);
  // mkstemp makes the file 0600: an existing target keeps its mode, a new one
  // gets what the umask allows, as a plain open() would give it.
  struct stat st;
  mode_t mode;
  if (stat(path_.c_str(), &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  chmod(temp_.c_str(), mode);
  if (rename(temp_.c_str(), path_.c_str()) != 0) return Fail(errno);
  temp_.clear();
  return true;
}

FileIdentity IdentityOf(const std::string& path) {
  FileIdentity id;
  struct stat st;
  if (stat(path.c_str(), &st) == 0) {
    id.device = st.st_dev;
    id.inode = st.st_ino;
    return id;
  }
  std::error_code ec;
  id.path = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec).string();
  if (ec) id.path = path;
  return id;
}

}  // namespace reportlint
