#include "checker/ingest/zip_reader.h"

#include <zip.h>

namespace reportlint {

struct ZipReader::Impl {
  zip_t* archive = nullptr;
  ZipLimits limits;
  size_t total_read = 0;
};

ZipReader::ZipReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

ZipReader::~ZipReader() {
  if (impl_->archive != nullptr) zip_discard(impl_->archive);
}

bool LooksLikeZip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\3\4", 4) ||
         bytes.substr(0, 4) == std::string_view("PK\5\6", 4);
}

std::unique_ptr<ZipReader> ZipReader::Open(std::string_view bytes, const ZipLimits& limits,
                                           std::string* error) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (src == nullptr) {
    *error = std::string("cannot read the archive: ") + zip_error_strerror(&zerr);
    zip_error_fini(&zerr);
    return nullptr;
  }
  zip_t* archive = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
  if (archive == nullptr) {
    zip_source_free(src);
    *error = std::string("not a valid zip archive (") + zip_error_strerror(&zerr) + ")";
    zip_error_fini(&zerr);
    return nullptr;
  }
  zip_error_fini(&zerr);
  auto impl = std::make_unique<Impl>();
  impl->archive = archive;
  impl->limits = limits;
  std::unique_ptr<ZipReader> reader(new ZipReader(std::move(impl)));
  zip_int64_t n = zip_get_num_entries(archive, 0);
  if (n < 0 || static_cast<size_t>(n) > limits.max_entries) {
    *error = "the archive has " + std::to_string(n) + " entries, more than the limit of " +
             std::to_string(limits.max_entries);
    return nullptr;
  }
  return reader;
}

bool ZipReader::Has(const std::string& name) const {
  return zip_name_locate(impl_->archive, name.c_str(), 0) >= 0;
}

bool ZipReader::Read(const std::string& name, std::string* out, std::string* error) {
  out->clear();
  zip_int64_t index = zip_name_locate(impl_->archive, name.c_str(), 0);
  if (index < 0) {
    *error = "the archive has no part " + name;
    return false;
  }
  const ZipLimits& lim = impl_->limits;
  size_t budget = std::min(lim.max_part_bytes, lim.max_total_bytes - impl_->total_read);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(impl_->archive, index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
      st.size > budget) {
    *error = "the part " + name + " unpacks to " + std::to_string(st.size >> 20) +
             " MiB, more than the " + std::to_string(budget >> 20) +
             " MiB limit (a zip bomb?)";
    return false;
  }
  zip_file_t* file = zip_fopen_index(impl_->archive, index, 0);
  if (file == nullptr) {
    *error = "cannot open the part " + name + ": " + zip_strerror(impl_->archive);
    return false;
  }
  char chunk[64 * 1024];
  bool ok = true;
  while (true) {
    zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
    if (got < 0) {
      *error = "the part " + name + " is damaged: " + zip_file_strerror(file);
      ok = false;
      break;
    }
    if (got == 0) break;
    if (out->size() + static_cast<size_t>(got) > budget) {
      *error = "the part " + name + " unpacks to more than the " + std::to_string(budget >> 20) +
               " MiB limit (a zip bomb?)";
      ok = false;
      break;
    }
    out->append(chunk, static_cast<size_t>(got));
  }
  zip_fclose(file);
  impl_->total_read += out->size();
  if (!ok) out->clear();
  return ok;
}

}  // namespace reportlint
