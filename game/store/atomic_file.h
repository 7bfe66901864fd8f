// AtomicFile: writes a file so that readers see the old content or the whole new content, never
// a half-written file, even across a crash or a power cut.
//
// Used by the exports (CSV, xAPI). Writes go to a temporary file beside the target; commit()
// syncs it, renames it over the target and syncs the folder. Without commit() (an exception on
// the way) the temporary file is removed and the target is untouched.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace clearance::store {

class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);  // throws StoreError(io) when it cannot create
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view text);  // buffered; throws StoreError (disk_full, io)
    void commit();                      // throws StoreError; the target is then the new file

private:
    void flush();
    std::filesystem::path target_, temp_;
    int fd_ = -1;
    std::string buffer_;
};

// Convenience: the whole content at once.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace clearance::store
